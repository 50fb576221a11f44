package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import java.util.List;

/**
 * A grid or department that files a monthly summary, as the registry describes it when the month is
 * opened. {@code gridCodes}: the grids whose rounds (and, for a grid, hazards) count for it — a
 * unit with its sub-grids (岗位网格), a department the units of its sector with theirs.
 */
public record SummarySubject(SubjectKind kind, String code, String name, String townCode, GridKind gridKind,
    String areaCode, String supervisingDepartment, List<String> gridCodes) {

  public SummarySubject {
    gridCodes = List.copyOf(gridCodes);
  }

  /** The business key of its summary process for a period: {@code village-xiaogang/2026-03}. */
  public String businessKey(ReportPeriod period) {
    return (kind == SubjectKind.DEPARTMENT ? "dept-" : "") + code + "/" + period.code();
  }

  /** The kind of subject as the town summary groups it: 村, 企业, 学校, 医院, 事业单位, 部门. */
  public String kindLabel() {
    return gridKind == null ? SubjectKind.DEPARTMENT.label() : gridKind.label();
  }
}
