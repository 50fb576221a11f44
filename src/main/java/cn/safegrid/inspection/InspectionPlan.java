package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.InspectionMinimums;
import cn.safegrid.grid.RegistryData.GridRow;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import cn.safegrid.rules.RuleBook;
import org.springframework.stereotype.Component;

/**
 * How often a grid inspects and with which forms: the rule table inspection-frequency.dmn by grid
 * kind — the regulation's minimum — raised (never lowered) by the registry's per-grid frequency; and
 * the periods of a round, the town's own choices in inspection-deadlines.dmn.
 */
@Component
class InspectionPlan implements InspectionMinimums {

  static final String DECISION = "inspection-frequency";
  static final String DEADLINES = "inspection-deadlines";

  /**
   * A grid's inspection duty: rounds per week (0 = none), the daily form, the key-hazard form, and
   * the clause of the regulation that sets its kind's minimum.
   */
  record Duty(int roundsPerWeek, Checklist checklist, boolean keyHazardForm, String clause) {
    boolean inspects() {
      return roundsPerWeek > 0 && checklist != null;
    }
  }

  /**
   * The periods of a round of some kind of grid (inspection-deadlines.dmn): missed how long after
   * the reminder at the due time, closed how long after being missed (ISO-8601 durations), and on
   * which day an extra round is due (at 24:00, days after it opens).
   */
  record Periods(String missedAfter, String closeAfter, int extraRoundDays) {}

  private final RuleBook rules;

  InspectionPlan(RuleBook rules) {
    this.rules = rules;
  }

  /**
   * The version of the town's rule table in force ({@link RuleBook}) answers the same whoever asks —
   * the registry's rule asks it during an officer's edit — so it is evaluated as the system.
   */
  private Map<String, Object> evaluate(String decision, GridKind kind) {
    return rules.evaluate(decision, Map.of("gridKind", kind.name()));
  }

  /** Evaluates the table once per grid kind, for one scheduling run. */
  Map<GridKind, Duty> dutiesByKind() {
    Map<GridKind, Duty> duties = new EnumMap<>(GridKind.class);
    for (GridKind kind : GridKind.values()) {
      duties.put(kind, dutyOf(kind));
    }
    return duties;
  }

  Duty dutyOf(GridKind kind) {
    Map<String, Object> result = evaluate(DECISION, kind);
    int rounds = result.get("inspectionsPerWeek") instanceof Number n ? n.intValue() : 0;
    String checklist = (String) result.get("checklist");
    return new Duty(rounds, checklist == null || checklist.equals("none") ? null : Checklist.ofCode(checklist),
        Boolean.TRUE.equals(result.get("keyHazardForm")), (String) result.get("regulationClause"));
  }

  /**
   * The grid's duty: its kind's, with the registry's own frequency where that is more. The
   * registry refuses fewer ({@link #of}); should the table later ask more than a grid's own figure,
   * the table wins.
   */
  static Duty dutyOf(GridRow grid, Map<GridKind, Duty> byKind) {
    Duty duty = byKind.get(grid.kind());
    if (duty == null || !duty.inspects()) {
      return new Duty(0, null, false, duty == null ? null : duty.clause());
    }
    return grid.inspectionsPerWeek() != null && grid.inspectionsPerWeek() > duty.roundsPerWeek()
        ? new Duty(grid.inspectionsPerWeek(), duty.checklist(), duty.keyHazardForm(), duty.clause()) : duty;
  }

  /** The minimum of the frequency table for a kind, for the registry's rule. */
  @Override
  public Optional<Minimum> of(GridKind kind) {
    Duty duty = dutyOf(kind);
    return duty.inspects() ? Optional.of(new Minimum(duty.roundsPerWeek(), duty.clause())) : Optional.empty();
  }

  /** The periods of a round of this kind of grid, checked: a broken table stops the round opening (an incident). */
  Periods periodsOf(GridKind kind) {
    Map<String, Object> result = evaluate(DEADLINES, kind);
    String missed = positive(result.get("missedAfter"), "missedAfter");
    String close = positive(result.get("closeAfter"), "closeAfter");
    int extraDays = result.get("extraRoundDays") instanceof Number n ? n.intValue() : -1;
    if (extraDays < 0) {
      throw new IllegalStateException("inspection-deadlines 规则的输出有误：extraRoundDays 须为不小于 0 的整数（"
          + result.get("extraRoundDays") + "）");
    }
    return new Periods(missed, close, extraDays);
  }

  private static String positive(Object value, String output) {
    String text = value == null ? "" : value.toString().trim();
    try {
      if (!Duration.parse(text).isNegative() && !Duration.parse(text).isZero()) {
        return text;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalStateException("inspection-deadlines 规则的输出有误：" + output + " 须为大于零的 ISO-8601 时长，"
        + "如 P1D、PT12H（现为“" + text + "”）");
  }
}
