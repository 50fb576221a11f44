package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.GridOption;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra rounds (加密排查): the regulation's weekly frequency is a minimum (三（二）2, 三（三）2), so a
 * member of a grid may open one more round of his own grid at any time. Who may, and for which
 * grid, is decided here from the registry and the logged-in officer alone — a member of a village
 * or unit grid that inspects (any role he holds in that very grid), for that grid — never from a
 * variable the client sends. A refusal is a 400 with the reason, and nothing is opened. The start
 * form's list of grids ({@link #optionsFor}) follows the same rule.
 */
@Service
class ExtraRounds {

  static final int MAX_REASON = 500;
  static final String NOT_A_MEMBER = "只有网格台账中登记的网格成员才能开展加密排查";

  private final Registry registry;
  private final InspectionPlan plan;
  private final InspectionLedger ledger;
  private final InspectionScheduler scheduler;

  ExtraRounds(Registry registry, InspectionPlan plan, InspectionLedger ledger, InspectionScheduler scheduler) {
    this.registry = registry;
    this.plan = plan;
    this.ledger = ledger;
    this.scheduler = scheduler;
  }

  /** Opens and starts an extra round of {@code gridCode} (empty: the officer's own grid) for {@code officer}. */
  @Transactional
  Inspection open(String officer, String gridCode, String reason) {
    RegistryIndex index = registry.current();
    PersonRow person = member(index, officer).orElseThrow(() -> Refusal.of(InspectionVariables.GRID_CODE.name(), NOT_A_MEMBER));
    Map<GridKind, InspectionPlan.Duty> duties = plan.dutiesByKind();
    GridRow grid = gridOf(index, ownGrids(index, person, duties), gridCode == null ? "" : gridCode.trim(), person);
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      throw Refusal.of(InspectionVariables.EXTRA_REASON.name(), "请写明开展加密排查的原因");
    }
    if (why.length() > MAX_REASON) {
      throw Refusal.of(InspectionVariables.EXTRA_REASON.name(), "加密排查的原因不能超过 " + MAX_REASON + " 字");
    }
    InspectionPlan.Duty duty = InspectionPlan.dutyOf(grid, duties);
    Inspection round = ledger.openExtra(grid, duty, plan.periodsOf(grid.kind()), officer, why);
    return scheduler.start(index, grid, duty, round);
  }

  /**
   * The grids {@code officer} may open an extra round of, as the start form's select offers them
   * (Chinese names, in list order) — the same rule {@link #open} applies. Refused with the reason
   * {@link #open} would give when he may open none.
   */
  List<GridOption> optionsFor(String officer) {
    RegistryIndex index = registry.current();
    PersonRow person = member(index, officer).orElseThrow(() -> ApiException.forbidden(NOT_A_MEMBER));
    List<GridRow> own = ownGrids(index, person, plan.dutiesByKind());
    if (own.isEmpty()) {
      throw ApiException.forbidden(noGridOf(person));
    }
    return GridOption.inListOrder(own, index).stream().map(g -> GridOption.of(g, index)).toList();
  }

  private static Optional<PersonRow> member(RegistryIndex index, String officer) {
    return Optional.ofNullable(officer).flatMap(index::personByLogin).filter(PersonRow::isActive);
  }

  /** The rule: the village and unit grids he holds a role in that inspect on a schedule. */
  private static List<GridRow> ownGrids(RegistryIndex index, PersonRow person, Map<GridKind, InspectionPlan.Duty> duties) {
    return index.assignmentsOf(person.code()).stream().map(AssignmentRow::gridCode).distinct()
        .map(code -> index.grid(code).orElse(null))
        .filter(g -> g != null && InspectionPlan.dutyOf(g, duties).inspects()).toList();
  }

  private static String noGridOf(PersonRow person) {
    return person.name() + "不是任何村级网格或企事业单位网格的成员，不能开展加密排查"
        + "（加密排查由本网格的成员为本网格开展）";
  }

  private static GridRow gridOf(RegistryIndex index, List<GridRow> own, String gridCode, PersonRow person) {
    String field = InspectionVariables.GRID_CODE.name();
    if (gridCode.isEmpty()) {
      if (own.size() == 1) {
        return own.get(0);
      }
      if (own.isEmpty()) {
        throw Refusal.of(field, noGridOf(person));
      }
      throw Refusal.of(field, "您是多个网格的成员（" + String.join("、", own.stream()
          .map(g -> g.name() + " " + g.code()).toList()) + "），请选择要加密排查的网格");
    }
    GridRow grid = index.grid(gridCode).orElseThrow(() -> Refusal.of(field, "网格“" + gridCode + "”不存在"));
    if (own.stream().noneMatch(g -> g.code().equals(grid.code()))) {
      boolean member = index.assignmentsOf(person.code()).stream().anyMatch(a -> a.gridCode().equals(grid.code()));
      throw Refusal.of(field, member
          ? "“" + grid.name() + "”不单独安排排查（" + grid.kind().label() + "），不能开展加密排查"
          : "您不是“" + grid.name() + "”网格的成员，只能为本人所在的网格开展加密排查");
    }
    return grid;
  }
}
