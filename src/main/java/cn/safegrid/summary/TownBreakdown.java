package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The town summary's breakdowns, from the grids' and departments' summaries of the month: by area
 * (its villages), by department (its own row: the hazards it leads, the rounds of its sector's
 * units), and by kind of grid (村, 企业, 学校, 医院, 事业单位, 部门).
 */
record TownBreakdown(List<Line> byArea, List<Line> byDepartment, List<Line> byKind) {

  /** One line: its code and name, how many rows it sums and how many of them were filed, the sum. */
  record Line(String code, String name, int rows, int filed, MonthFigures figures, List<MonthlySummary> summaries) {}

  static TownBreakdown of(List<MonthlySummary> rows, RegistryIndex index) {
    Map<String, List<MonthlySummary>> areas = new LinkedHashMap<>();
    // areas in the registry's order (by code)
    index.data().areas().forEach(a -> areas.put(a.code(), new ArrayList<>()));
    Map<String, List<MonthlySummary>> departments = new LinkedHashMap<>();
    Map<String, List<MonthlySummary>> kinds = new LinkedHashMap<>();
    for (GridKind kind : GridKind.values()) {
      kinds.put(kind.name(), new ArrayList<>());
    }
    kinds.put(SubjectKind.DEPARTMENT.name(), new ArrayList<>());
    List<MonthlySummary> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(MonthlySummary::getSubjectKind)
        .thenComparing(s -> s.getGridKind() == null ? 0 : s.getGridKind().ordinal())
        .thenComparing(s -> s.getAreaCode() == null ? "" : s.getAreaCode())
        .thenComparing(MonthlySummary::getSubjectCode));
    for (MonthlySummary s : sorted) {
      if (s.getGridKind() == GridKind.VILLAGE) {
        areas.computeIfAbsent(s.getAreaCode() == null ? "" : s.getAreaCode(), k -> new ArrayList<>()).add(s);
      }
      if (s.getSubjectKind() == SubjectKind.DEPARTMENT) {
        departments.computeIfAbsent(s.getSubjectCode(), k -> new ArrayList<>()).add(s);
      }
      kinds.get(s.getGridKind() == null ? SubjectKind.DEPARTMENT.name() : s.getGridKind().name()).add(s);
    }
    List<Line> byArea = new ArrayList<>();
    areas.forEach((code, list) -> {
      if (!list.isEmpty()) {
        byArea.add(line(code, index.area(code).map(AreaRow::name).orElse(code.isEmpty() ? "未分片" : code), list));
      }
    });
    List<Line> byDepartment = new ArrayList<>();
    departments.forEach((code, list) -> byDepartment.add(line(code, list.get(0).getSubjectName(), list)));
    List<Line> byKind = new ArrayList<>();
    kinds.forEach((code, list) -> {
      if (!list.isEmpty()) {
        byKind.add(line(code, list.get(0).kindLabel(), list));
      }
    });
    return new TownBreakdown(byArea, byDepartment, byKind);
  }

  private static Line line(String code, String name, List<MonthlySummary> list) {
    MonthFigures sum = new MonthFigures();
    int filed = 0;
    for (MonthlySummary s : list) {
      sum = sum.plus(s.getFigures());
      filed += s.getStatus().isFiled() ? 1 : 0;
    }
    return new Line(code, name, list.size(), filed, sum, List.copyOf(list));
  }
}
