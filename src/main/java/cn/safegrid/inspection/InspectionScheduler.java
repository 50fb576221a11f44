package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.*;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.ScheduledRuns;
import cn.safegrid.system.TownClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the inspection rounds that have fallen due: for every grid that inspects, the rounds of
 * the current week whose window has begun and has not yet ended, and late the rounds whose window
 * passed while the server was down. Running it again opens nothing twice (one row per grid, week
 * and round, enforced by the database); a grid added mid-week gets the round whose window is open.
 */
@Service
public class InspectionScheduler {

  /** Runs are daily: a longer gap means runs were missed and windows may have passed unseen. */
  static final Duration MISSED_A_DAILY_RUN = Duration.ofDays(1);

  private final Registry registry;
  private final InspectionPlan plan;
  private final InspectionLedger ledger;
  private final RuntimeService runtime;
  private final TownClock clock;
  private final ScheduledRuns runs;
  private final ChecklistRows checklistRows;
  private final ObjectMapper json = new ObjectMapper();

  InspectionScheduler(Registry registry, InspectionPlan plan, InspectionLedger ledger, RuntimeService runtime,
      TownClock clock, ScheduledRuns runs, ChecklistRows checklistRows) {
    this.checklistRows = checklistRows;
    this.registry = registry;
    this.plan = plan;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
    this.runs = runs;
  }

  /**
   * What the daily timer, the start-up and the office's "open now" do, one run at a time (see
   * {@link ScheduledRuns}): when more than a day has passed since the previous run — the server
   * was down across a daily run — first the rounds whose window passed unseen
   * ({@link #openPassedRounds}), then those due now ({@link #openDueRounds}).
   */
  @Transactional
  public List<Inspection> run(Instant now) {
    Instant previous = runs.begin(ScheduledRuns.INSPECTIONS, now);
    List<Inspection> opened = new ArrayList<>();
    if (previous != null && Duration.between(previous, now).compareTo(MISSED_A_DAILY_RUN) > 0) {
      opened.addAll(openPassedRounds(previous, now));
    }
    opened.addAll(openDueRounds(now));
    return opened;
  }

  /** Opens the rounds whose window is open at {@code now}; returns the rounds it opened. */
  @Transactional
  public List<Inspection> openDueRounds(Instant now) {
    return open(List.of(InspectionWeek.of(now, clock.zone())), window -> window.contains(now));
  }

  /**
   * Opens, late, the rounds whose whole window lay between two runs ({@code since}, {@code now}):
   * every window of this week and the previous one that began after {@code since} and has ended by
   * {@code now}. Such a round is overdue at once: reminded, supervised as missed a day later, and may
   * still be done (late). Windows before the previous week are left alone.
   */
  @Transactional
  public List<Inspection> openPassedRounds(Instant since, Instant now) {
    InspectionWeek current = InspectionWeek.of(now, clock.zone());
    return open(List.of(current.previous(), current),
        window -> window.opens().isAfter(since) && !window.due().isAfter(now));
  }

  private List<Inspection> open(List<InspectionWeek> weeks, Predicate<InspectionWeek.Window> due) {
    RegistryIndex index = registry.current();
    Map<GridKind, InspectionPlan.Duty> duties = plan.dutiesByKind();
    Map<GridKind, InspectionPlan.Periods> periods = new java.util.EnumMap<>(GridKind.class);
    List<Inspection> opened = new ArrayList<>();
    List<GridRow> grids = index.data().grids().stream().sorted(Comparator.comparing(GridRow::code)).toList();
    for (InspectionWeek week : weeks) {
      for (GridRow grid : grids) {
        InspectionPlan.Duty duty = InspectionPlan.dutyOf(grid, duties);
        for (int round = 1; round <= duty.roundsPerWeek() && duty.inspects(); round++) {
          if (!due.test(week.window(round, duty.roundsPerWeek()))) {
            continue;
          }
          ledger.open(grid, duty, periods.computeIfAbsent(grid.kind(), plan::periodsOf), week, round)
              .ifPresent(inspection -> opened.add(start(index, grid, duty, inspection)));
        }
      }
    }
    return opened;
  }

  /** Starts the round's process instance and links it in the ledger. */
  Inspection start(RegistryIndex index, GridRow grid, InspectionPlan.Duty duty, Inspection inspection) {
    String instance = runtime.startProcessInstanceByKey(InspectionProcess.KEY, inspection.businessKey(),
        variables(index, grid, duty, inspection)).getId();
    ledger.started(inspection.getId(), instance);
    return inspection;
  }

  private VariableMap variables(RegistryIndex index, GridRow grid, InspectionPlan.Duty duty, Inspection inspection) {
    List<Map<String, Object>> keyPlaces = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    if (duty.keyHazardForm()) {
      for (KeyPlaceRow place : index.keyPlacesOf(grid.code())) {
        codes.add(place.code());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", Boolean.TRUE.equals(place.hazardSource()) ? place.name() + "（危险源）" : place.name());
        String category = InspectionLedger.placeCategory(place, grid);
        if (category != null) {
          row.put("category", category);
        }
        keyPlaces.add(row);
      }
    }
    String keyPlacesJson;
    try {
      keyPlacesJson = json.writeValueAsString(keyPlaces);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String summary = "**网格**：" + grid.name() + "　**排查表**：" + duty.checklist().label()
        + (duty.keyHazardForm() ? "、重点隐患排查表" : "")
        + "\n\n" + (inspection.isExtra()
            ? "**加密排查**（本周第 " + inspection.extraNo() + " 次，" + inspection.getOpenedByName() + "开启："
                + inspection.getExtraReason() + "）"
            : "**本周第 " + inspection.getRoundNo() + " 次排查**（每周 " + duty.roundsPerWeek() + " 次）") + "　**截止**："
        + clock.deadline(inspection.getDueAt())
        + "　[本次排查台账](/ledger/inspection.html?id=" + inspection.getId() + ")";
    VariableMap variables = Variables.createVariables()
        .putValue(INSPECTION_ID.name(), inspection.getId())
        .putValue(ROUND_SUMMARY.name(), summary)
        .putValue(KEY_PLACE_CODES.name(), String.join(",", codes))
        .putValueTyped(KEY_PLACES, SpinValues.jsonValue(keyPlacesJson).create());
    VariableMap checklist = checklistRows.variables(inspection, grid);
    checklist.keySet().forEach(name -> variables.putValueTyped(name, checklist.getValueTyped(name)));
    return variables;
  }
}
