package cn.safegrid.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The bodies the catalogue API accepts; {@link Catalogue} checks them field by field. */
final class CatalogueRequests {

  private CatalogueRequests() {}

  @Schema(name = "HazardCategoryRequest", description = "新建或修改隐患类别")
  record CategoryRequest(
      @Schema(description = "类别编码（小写字母、数字、连字符），新建时必填；修改时可省略或与地址中的一致", example = "e-bike-charging")
      String code,
      @Schema(description = "类别名称，必填，不超过 100 个字", example = "电动自行车充电") String name,
      @Schema(description = "帮助上报人选对类别的说明，不超过 500 个字") String hint,
      @Schema(description = "分组，必填，不超过 50 个字", example = "消防") String group,
      @Schema(description = "排序号；新建时不填则排在最后") Integer sortOrder,
      @Schema(description = "是否使用；不填为使用。停用时，若仍有未销号的隐患属于该类别则拒绝（409）") Boolean active,
      @Schema(description = "新建一个路由表（hazard-routing.dmn）没有规则的类别时必须为 true："
          + "确认该类别的隐患由兜底规则交领导小组办公室分办") Boolean routeToCatchAll,
      @Schema(description = "修改时：读取时的版本（GET 返回的 version）。类别此后已被他人修改则返回 409 并说明是谁修改的；"
          + "不填则不检查（后保存的覆盖先保存的）", example = "3") Long version) {}

  @Schema(name = "ChecklistItemRequest", description = "排查表的一个项目")
  record ItemRequest(
      @Schema(description = "项目编码（字母开头，字母和数字，不超过 64 位），排查表内唯一", example = "eBikeCharging") String key,
      @Schema(description = "项目名称，必填，不超过 100 个字", example = "电动自行车充电") String label,
      @Schema(description = "检查要点，不超过 500 个字") String hint,
      @Schema(description = "默认类别编码：须为使用中的隐患类别", example = "fire") String defaultCategory,
      @Schema(description = "按网格类型（VILLAGE、ENTERPRISE、SCHOOL、HOSPITAL、INSTITUTION…）的默认类别")
      Map<String, String> defaultCategoryByGridKind) {}

  @Schema(name = "ChecklistRequest", description = "排查表的全部项目（按顺序）；保存后下一次开启的排查使用")
  record ChecklistRequest(
      List<ItemRequest> items,
      @Schema(description = "读取时的版本号（GET 返回的 version）。此后已有他人保存了新版本则返回 409 并说明是谁保存的；"
          + "不填则不检查", example = "4") Integer version) {}
}
