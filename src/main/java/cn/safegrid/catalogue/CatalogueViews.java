package cn.safegrid.catalogue;

import cn.safegrid.grid.GridKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the catalogue API answers, and what forms and the ledger read. */
public final class CatalogueViews {

  private CatalogueViews() {}

  @Schema(name = "HazardCategory", description = "隐患类别")
  public record CategoryView(
      @Schema(description = "类别编码：路由表（hazard-routing.dmn）的输入 hazardCategory", example = "fire") String code,
      @Schema(description = "类别名称", example = "消防安全") String name,
      @Schema(description = "帮助上报人选对类别的说明") String hint,
      @Schema(description = "列在哪一组下", example = "消防") String group,
      @Schema(description = "是否仍在使用；停用的类别不再出现在表单中，已登记的隐患保留原名称") boolean active,
      @Schema(description = "排序号，小的在前") int sortOrder,
      @Schema(description = "路由表中没有该类别的规则，由兜底规则交领导小组办公室分办") boolean routeToCatchAll,
      @Schema(description = "最后修改的时间") Instant changedAt,
      @Schema(description = "最后修改人的登录名") String changedBy,
      @Schema(description = "版本：每次修改加 1。修改时在请求中带上读取时的版本，期间已被他人修改则返回 409（说明是谁修改的），不会覆盖他人的修改")
      long version) {}

  @Schema(name = "ChecklistItem", description = "排查表的一个项目")
  public record ItemView(
      @Schema(description = "项目编码（字母和数字，排查表内唯一）", example = "fireSafety") String key,
      @Schema(description = "项目名称", example = "消防安全（灭火器材、用火用气）") String label,
      @Schema(description = "检查要点") String hint,
      @Schema(description = "发现隐患而未选类别时的默认类别编码", example = "fire") String defaultCategory,
      @Schema(description = "按网格类型的默认类别（优先于 defaultCategory），如 {\"SCHOOL\": \"school\"}")
      Map<GridKind, String> defaultCategoryByGridKind) {

    /** The category a finding of this item gets in a grid of this kind when the inspector names none. */
    public String defaultCategoryFor(GridKind kind) {
      String byKind = kind == null ? null : defaultCategoryByGridKind.get(kind);
      return byKind != null ? byKind : defaultCategory;
    }
  }

  @Schema(name = "Checklist", description = "排查表（某一版本）")
  public record ChecklistView(
      @Schema(description = "排查表：village（村级）或 unit（企事业单位）", example = "village") String checklist,
      @Schema(description = "版本号；每次保存生成新版本，已开启的排查仍按开启时的版本") int version,
      Instant createdAt, String createdBy, List<ItemView> items) {}

  /** One option of a form's select (form-js reads {label, value} lists through valuesKey). */
  @Schema(name = "FormOption", description = "表单下拉框的一个选项")
  public record Option(String label, String value) {}

  @Schema(name = "CatalogueChange", description = "目录的一次修改")
  public record ChangeView(Instant occurredAt, String userId, String subject, String description) {}
}
