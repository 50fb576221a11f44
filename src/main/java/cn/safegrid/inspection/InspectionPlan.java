package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.RegistryData.GridRow;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * How often a grid inspects and with which forms: the rule table inspection-frequency.dmn by grid
 * kind, overridden by the registry's per-grid frequency.
 */
@Component
class InspectionPlan {

  static final String DECISION = "inspection-frequency";

  /** A grid's inspection duty: rounds per week (0 = none), the daily form, and the key-hazard form. */
  record Duty(int roundsPerWeek, Checklist checklist, boolean keyHazardForm) {
    boolean inspects() {
      return roundsPerWeek > 0 && checklist != null;
    }
  }

  private final DecisionService decisions;

  InspectionPlan(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** Evaluates the table once per grid kind, for one scheduling run. */
  Map<GridKind, Duty> dutiesByKind() {
    Map<GridKind, Duty> duties = new EnumMap<>(GridKind.class);
    for (GridKind kind : GridKind.values()) {
      Map<String, Object> result = decisions.evaluateDecisionByKey(DECISION)
          .variables(Map.of("gridKind", kind.name())).evaluate().getSingleResult().getEntryMap();
      int rounds = result.get("inspectionsPerWeek") instanceof Number n ? n.intValue() : 0;
      String checklist = (String) result.get("checklist");
      duties.put(kind, new Duty(rounds, checklist == null || checklist.equals("none") ? null
          : Checklist.ofCode(checklist), Boolean.TRUE.equals(result.get("keyHazardForm"))));
    }
    return duties;
  }

  /** The grid's duty: its kind's, with the registry's frequency override when it has one. */
  static Duty dutyOf(GridRow grid, Map<GridKind, Duty> byKind) {
    Duty duty = byKind.get(grid.kind());
    if (duty == null || duty.checklist() == null) {
      return new Duty(0, null, false);
    }
    return grid.inspectionsPerWeek() != null
        ? new Duty(grid.inspectionsPerWeek(), duty.checklist(), duty.keyHazardForm()) : duty;
  }
}
