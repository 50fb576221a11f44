package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.GridRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A grid as a form's select offers it: the Chinese name an officer recognises and the grid code the
 * form submits. The label tells apart grids of the same name: a village by its area
 * (小岗村（东片）), a unit by its kind (别山镇中心小学（学校）), a sub-grid as 基础网格, the town grid as
 * the town's own offices and public areas.
 */
@Schema(name = "GridOption", description = "表单下拉框中的一个网格：中文名称（label）和网格编码（value）")
public record GridOption(@Schema(example = "小岗村（东片）") String label, @Schema(example = "village-xiaogang") String value) {

  /** The option of a grid, labelled from the registry. */
  public static GridOption of(GridRow grid, RegistryIndex index) {
    return new GridOption(labelOf(grid, index), grid.code());
  }

  /** The option of a grid with a remark in its brackets, e.g. 「小岗村（东片，您所在的网格）」. */
  public static GridOption of(GridRow grid, RegistryIndex index, String remark) {
    return new GridOption(grid.name() + "（" + kindOf(grid, index) + "，" + remark + "）", grid.code());
  }

  /**
   * Grids in the order a select lists them: villages by area and name, then the units by kind
   * (schools, hospitals, institutions, enterprises) and name, each followed by its sub-grids, the
   * town grid last; names in Chinese (pinyin) order. The registry keeps no order of its own.
   */
  public static List<GridRow> inListOrder(List<GridRow> grids, RegistryIndex index) {
    Collator chinese = Collator.getInstance(Locale.CHINA);
    Comparator<GridRow> byUnit = Comparator.comparing((GridRow g) -> unitOf(g, index).kind() == GridKind.TOWN)
        .thenComparing(g -> unitOf(g, index).kind())
        .thenComparing(g -> g.kind() == GridKind.VILLAGE ? areaOf(g, index) : "", chinese)
        .thenComparing(g -> unitOf(g, index).name(), chinese)
        .thenComparing(g -> unitOf(g, index).code())
        .thenComparing(g -> g.kind() == GridKind.SUB_GRID)
        .thenComparing(GridRow::name, chinese);
    return grids.stream().sorted(byUnit).toList();
  }

  /** The village or unit a grid belongs to: itself, or a sub-grid's parent. */
  private static GridRow unitOf(GridRow grid, RegistryIndex index) {
    return grid.kind() == GridKind.SUB_GRID ? index.grid(grid.parentCode()).orElse(grid) : grid;
  }

  private static String areaOf(GridRow grid, RegistryIndex index) {
    return index.area(grid.areaCode()).map(RegistryData.AreaRow::name).orElse("");
  }

  static String labelOf(GridRow grid, RegistryIndex index) {
    return grid.name() + "（" + kindOf(grid, index) + "）";
  }

  /** What sets the grid apart from others of its name: a village's area, a unit's kind. */
  private static String kindOf(GridRow grid, RegistryIndex index) {
    return switch (grid.kind()) {
      case TOWN -> "镇机关及公共区域";
      case VILLAGE -> index.area(grid.areaCode()).isPresent() ? areaOf(grid, index) : grid.kind().label();
      case SUB_GRID -> index.grid(grid.parentCode()).map(GridRow::name)
          .filter(parent -> !grid.name().contains(parent)).map(parent -> parent + " · 基础网格").orElse("基础网格");
      default -> grid.kind().label();
    };
  }
}
