package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.GridLevel;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who files the month's summary, from the registry: every village grid, every unit grid (enterprise,
 * school, hospital, institution — its sub-grids file with it), and every department of the town as
 * a row of its own. The town grid files no row: the safety office files the town summary.
 */
final class SummarySubjects {

  private SummarySubjects() {}

  static List<SummarySubject> all(RegistryIndex index) {
    List<SummarySubject> subjects = new ArrayList<>();
    index.data().grids().stream().filter(SummarySubjects::files)
        .sorted(Comparator.comparing((GridRow g) -> g.kind().ordinal())
            .thenComparing(g -> g.areaCode() == null ? "" : g.areaCode()).thenComparing(GridRow::code))
        .forEach(g -> subjects.add(grid(index, g)));
    index.data().departments().stream().sorted(Comparator.comparing(DepartmentRow::code))
        .forEach(d -> subjects.add(department(index, d)));
    return subjects;
  }

  static Optional<SummarySubject> of(RegistryIndex index, SubjectKind kind, String code) {
    return kind == SubjectKind.GRID
        ? index.grid(code).filter(SummarySubjects::files).map(g -> grid(index, g))
        : index.department(code).map(d -> department(index, d));
  }

  /** Villages and unit grids file; the town grid and sub-grids do not. */
  static boolean files(GridRow grid) {
    return grid.kind() == GridKind.VILLAGE
        || grid.kind().level() == GridLevel.UNIT && grid.kind() != GridKind.SUB_GRID;
  }

  private static SummarySubject grid(RegistryIndex index, GridRow grid) {
    List<String> codes = new ArrayList<>();
    codes.add(grid.code());
    index.childrenOf(grid.code()).stream().filter(c -> c.kind() == GridKind.SUB_GRID).forEach(c -> codes.add(c.code()));
    return new SummarySubject(SubjectKind.GRID, grid.code(), grid.name(), grid.townCode(), grid.kind(),
        grid.kind() == GridKind.VILLAGE ? grid.areaCode() : null,
        grid.kind() == GridKind.VILLAGE ? null : grid.supervisingDepartmentCode(), codes);
  }

  private static SummarySubject department(RegistryIndex index, DepartmentRow department) {
    List<String> codes = new ArrayList<>();
    index.data().grids().stream().filter(g -> department.code().equals(g.supervisingDepartmentCode()) && files(g))
        .forEach(unit -> {
          codes.add(unit.code());
          index.childrenOf(unit.code()).stream().filter(c -> c.kind() == GridKind.SUB_GRID).forEach(c -> codes.add(c.code()));
        });
    return new SummarySubject(SubjectKind.DEPARTMENT, department.code(), department.name(), department.townCode(), null,
        null, null, codes);
  }
}
