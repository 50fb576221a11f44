package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import java.util.List;

/**
 * Who keeps hazard statistics (SAWS order 16 art. 14, for production units): a unit grid (with its
 * sub-grids), or the town as a whole.
 */
public record StatisticsSubject(Kind kind, String code, String name, String townCode, GridKind gridKind,
    String supervisingDepartment, List<String> gridCodes) {

  public enum Kind {
    UNIT("单位"),
    TOWN("全镇");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public StatisticsSubject {
    gridCodes = List.copyOf(gridCodes);
  }

  /** {@code school-bieshan-central/2026-Q1}, {@code town-bieshan/2026}. */
  public String businessKey(ReportPeriod period) {
    return (kind == Kind.TOWN ? "town-" : "") + code + "/" + period.code();
  }
}
