package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.GridRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Where an officer may report a hazard — one rule for every door: the report form's grid list
 * ({@code GET /api/registry/me/report-grids}), 登记隐患's check of the start form and the engine REST
 * start, {@code POST /api/hazards} and an inspection round's findings. Any grid of the registry may
 * be named (a hazard is reported where it is found, not only where the reporter belongs); a report
 * that names none is his own grid's: his first village or unit grid, or the village he covers as
 * liaison cadre. The lists are the registry's at the moment asked, never a copy.
 */
@Service
public class ReportingGrids {

  /** The remark after his own grid's label in the list. */
  static final String OWN_GRID = "您所在的网格";

  private final Registry registry;

  ReportingGrids(Registry registry) {
    this.registry = registry;
  }

  /** The rule: a report may name any grid of the registry. */
  private static Stream<GridRow> reportable(RegistryIndex index) {
    return index.data().grids().stream();
  }

  /**
   * The grids he may report in, as a select offers them: his own grid first (marked), then in
   * {@link GridOption#inListOrder list order} — villages, units with their sub-grids, the town grid last.
   */
  public List<GridOption> optionsFor(String reporterId) {
    RegistryIndex index = registry.current();
    String own = homeGridOf(index, reporterId).map(GridRow::code).orElse(null);
    return GridOption.inListOrder(reportable(index).toList(), index).stream()
        .sorted(Comparator.comparing((GridRow g) -> !g.code().equals(own)))
        .map(g -> g.code().equals(own) ? GridOption.of(g, index, OWN_GRID) : GridOption.of(g, index))
        .toList();
  }

  /** The grid a report naming {@code gridCode} is filed in (blank: his own grid); empty when there is none. */
  public Optional<GridRow> gridOf(String reporterId, String gridCode) {
    RegistryIndex index = registry.current();
    if (gridCode == null || gridCode.isBlank()) {
      return homeGridOf(index, reporterId);
    }
    String code = gridCode.trim();
    return reportable(index).filter(g -> g.code().equals(code)).findFirst();
  }

  /** Why a report naming {@code gridCode} cannot be filed, in the reporter's words; empty when it can. */
  public Optional<String> problemWith(String reporterId, String gridCode) {
    if (gridOf(reporterId, gridCode).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(gridCode == null || gridCode.isBlank() ? "请选择隐患所在的网格"
        : "网格“" + gridCode + "”不存在，请从网格列表中选择");
  }

  /**
   * The grid a reporter reports for when he names none: his own village or unit grid (the first of
   * them), or the village he covers as liaison cadre.
   */
  public Optional<GridRow> homeGridOf(String reporterId) {
    return homeGridOf(registry.current(), reporterId);
  }

  private static Optional<GridRow> homeGridOf(RegistryIndex index, String reporterId) {
    return index.personByLogin(reporterId).flatMap(person -> index.assignmentsOf(person.code()).stream()
        .map(a -> a.villageCode() != null ? a.villageCode() : a.gridCode())
        .map(code -> index.grid(code).orElse(null))
        .filter(g -> g != null && g.kind() != GridKind.TOWN)
        .findFirst());
  }
}
