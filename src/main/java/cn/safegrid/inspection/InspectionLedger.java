package cn.safegrid.inspection;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardGrade;
import cn.safegrid.hazard.HazardLedger;
import cn.safegrid.hazard.HazardReport;
import cn.safegrid.hazard.HazardReporting;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Refusal;
import cn.safegrid.system.Texts;
import cn.safegrid.system.TownClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection ledger: rounds opened, reminded, missed, supervised and done, each item's answer,
 * and the hazards the findings started (each a hazard-rectification instance linked to its round
 * and item).
 */
@Service
@Transactional
public class InspectionLedger {

  private final InspectionRepository inspections;
  private final InspectionItemRepository items;
  private final HazardReporting reporting;
  private final HazardLedger hazards;
  private final Registry registry;
  private final Officers officers;
  private final TownClock clock;
  private final Catalogue catalogue;

  InspectionLedger(InspectionRepository inspections, InspectionItemRepository items, HazardReporting reporting,
      HazardLedger hazards, Registry registry, Officers officers, TownClock clock, Catalogue catalogue) {
    this.catalogue = catalogue;
    this.inspections = inspections;
    this.items = items;
    this.reporting = reporting;
    this.hazards = hazards;
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  /**
   * The round of this grid, week and number, created unless it exists already, with the periods the
   * town's table gives it now. It asks the checklist's current version: a later edit of the
   * checklist applies to the next round.
   */
  Optional<Inspection> open(GridRow grid, InspectionPlan.Duty duty, InspectionPlan.Periods periods, InspectionWeek week,
      int round) {
    if (inspections.findByGridCodeAndWeekStartAndRoundNo(grid.code(), week.monday(), round).isPresent()) {
      return Optional.empty();
    }
    InspectionWeek.Window window = week.window(round, duty.roundsPerWeek());
    Inspection inspection = new Inspection(grid.townCode(), grid.code(), grid.name(), grid.areaCode(),
        duty.checklist(), catalogue.checklist(duty.checklist().code()).version(), week.monday(), round,
        duty.roundsPerWeek(), window.opens(), window.due());
    inspection.periods(periods.missedAfter(), periods.closeAfter());
    return Optional.of(inspections.save(inspection));
  }

  /**
   * An extra round (加密排查) of a grid, opened now by one of its members for a reason: numbered after
   * the week's other extra rounds (from {@link Inspection#FIRST_EXTRA_ROUND}), due at 24:00 of the
   * day the town's table says.
   */
  Inspection openExtra(GridRow grid, InspectionPlan.Duty duty, InspectionPlan.Periods periods, String actor,
      String reason) {
    java.time.ZonedDateTime now = clock.nowInTown();
    InspectionWeek week = InspectionWeek.of(now.toInstant(), clock.zone());
    int round = inspections.findByWeekStart(week.monday()).stream()
        .filter(i -> i.getGridCode().equals(grid.code()) && i.isExtra())
        .mapToInt(Inspection::getRoundNo).max().orElse(Inspection.FIRST_EXTRA_ROUND - 1) + 1;
    java.time.Instant due = now.toLocalDate().plusDays(periods.extraRoundDays() + 1L).atStartOfDay(clock.zone()).toInstant();
    Inspection inspection = new Inspection(grid.townCode(), grid.code(), grid.name(), grid.areaCode(),
        duty.checklist(), catalogue.checklist(duty.checklist().code()).version(), week.monday(), round,
        duty.roundsPerWeek(), now.toInstant(), due);
    inspection.periods(periods.missedAfter(), periods.closeAfter());
    inspection.extra(reason, actor, officers.nameOf(actor));
    return inspections.save(inspection);
  }

  /**
   * The round a step of a process instance records. The ledger, not the variable, is the authority:
   * the round must have been started as this very instance, so a changed {@code inspectionId}
   * cannot complete, remind or close another grid's round.
   */
  @Transactional(readOnly = true)
  public Long inspectionOf(Long inspectionId, String processInstanceId) {
    Inspection inspection = find(inspectionId);
    if (processInstanceId == null || !processInstanceId.equals(inspection.getProcessInstanceId())) {
      throw new IllegalStateException("排查 " + inspection.businessKey() + " 不属于流程实例 " + processInstanceId
          + "，拒绝处理");
    }
    return inspectionId;
  }

  void started(Long inspectionId, String processInstanceId) {
    find(inspectionId).setProcessInstanceId(processInstanceId);
  }

  void remind(Long inspectionId) {
    Inspection inspection = find(inspectionId);
    inspection.setRemindedAt(clock.now());
    if (inspection.getStatus() == InspectionStatus.OPEN) {
      inspection.setStatus(InspectionStatus.OVERDUE);
    }
  }

  void missed(Long inspectionId) {
    Inspection inspection = find(inspectionId);
    inspection.setMissedAt(clock.now());
    if (!inspection.getStatus().isDone()) {
      inspection.setStatus(InspectionStatus.MISSED);
    }
  }

  void supervised(Long inspectionId, String actor, String remarks) {
    find(inspectionId).supervised(actor, officers.nameOf(actor), remarks);
  }

  void closeUnfinished(Long inspectionId) {
    Inspection inspection = find(inspectionId);
    inspection.setClosedUnfinishedAt(clock.now());
    inspection.setStatus(InspectionStatus.CLOSED_UNFINISHED);
  }

  /** One answered item as the form gave it. */
  record Answer(String itemCode, String label, boolean keyPlace, String result, String remark, String category,
      String grade, String location) {}

  /** The checklist items the round asks: the version it opened with, in order. */
  @Transactional(readOnly = true)
  public List<ItemView> askedItems(Inspection inspection) {
    return catalogue.checklist(inspection.getChecklist().code(), inspection.getChecklistVersion()).items();
  }

  /**
   * Records a completed round: checks every answer (a refusal the form shows), stores the items,
   * reports each finding as a hazard, and marks the round done (late when after its due time).
   */
  Inspection record(Long inspectionId, String actor, List<Answer> answers) {
    Inspection inspection = find(inspectionId);
    cn.safegrid.grid.RegistryIndex index = registry.current();
    GridRow grid = index.grid(inspection.getGridCode()).orElse(null);
    Map<String, ItemView> asked = new java.util.HashMap<>();
    askedItems(inspection).forEach(item -> asked.put(item.key(), item));
    List<InspectionItem> stored = new ArrayList<>();
    List<HazardReport> findings = new ArrayList<>();
    for (Answer answer : answers) {
      ItemResult result = ItemResult.ofCode(answer.result()).orElseThrow(() -> Refusal.of(answer.itemCode(),
          "请为“" + answer.label() + "”选择排查结果：合格、发现隐患或不适用"));
      String category = null;
      String grade = null;
      if (result == ItemResult.HAZARD) {
        if (blank(answer.remark())) {
          throw Refusal.of(answer.itemCode(), "“" + answer.label() + "”发现隐患，请写明隐患情况");
        }
        category = blank(answer.category()) ? defaultCategory(answer, index, grid, asked) : answer.category().trim();
        if (category == null) {
          throw Refusal.of(answer.itemCode(), "“" + answer.label() + "”发现隐患，请选择隐患类别");
        }
        grade = blank(answer.grade()) ? HazardGrade.GENERAL.code() : answer.grade().trim();
        String location = blank(answer.location())
            ? Texts.fit(inspection.getGridName() + " · " + answer.label(), HazardReport.MAX_LOCATION) : answer.location().trim();
        HazardReport report = new HazardReport(inspection.getGridCode(), category, grade, location,
            answer.remark().trim(), actor, "排查 " + inspection.businessKey() + " · " + answer.label());
        List<ApiError.FieldError> problems = hazards.problemsOf(report);
        if (!problems.isEmpty()) {
          throw Refusal.of(answer.itemCode(), "“" + answer.label() + "”：" + problems.get(0).message());
        }
        findings.add(report);
      }
      stored.add(items.save(new InspectionItem(inspectionId, answer.itemCode(), answer.label(), answer.keyPlace(),
          result, trimToNull(answer.remark()), category, category == null ? null : catalogue.categoryName(category), grade)));
    }
    List<String> numbers = new ArrayList<>();
    int finding = 0;
    for (InspectionItem item : stored) {
      if (item.getResult() == ItemResult.HAZARD) {
        Hazard hazard = report(findings.get(finding++));
        item.setHazardNumber(hazard.getNumber());
        numbers.add(hazard.getNumber());
      }
    }
    inspection.done(clock.now(), actor, officers.nameOf(actor), summary(stored, numbers), numbers.size(),
        numbers.isEmpty() ? null : String.join(",", numbers));
    return inspection;
  }

  @Transactional(readOnly = true)
  public Inspection find(Long inspectionId) {
    return inspections.findById(inspectionId)
        .orElseThrow(() -> ApiException.notFound("排查记录不存在（id " + inspectionId + "）"));
  }

  @Transactional(readOnly = true)
  public List<InspectionItem> itemsOf(Long inspectionId) {
    return items.findByInspectionIdOrderById(inspectionId);
  }

  private Hazard report(HazardReport report) {
    try {
      return reporting.report(report);
    } catch (ApiException refused) {
      throw Refusal.of("hazard", refused.getMessage());
    }
  }

  /**
   * The category of a finding the inspector named none for, as the form offered it: for a key place
   * its own (registry), else the unit's sector; for a checklist item {@link #itemCategory}. Null when
   * there is none: the inspector must choose (no blanket default such as 消防 for every place).
   */
  private static String defaultCategory(Answer answer, cn.safegrid.grid.RegistryIndex index, GridRow grid,
      Map<String, ItemView> asked) {
    if (answer.keyPlace()) {
      return index.data().keyPlaces().stream().filter(k -> k.code().equals(answer.itemCode())).findFirst()
          .map(place -> placeCategory(place, grid)).orElse(grid == null ? null : grid.hazardCategory());
    }
    ItemView item = asked.get(answer.itemCode());
    return item == null ? null : itemCategory(item, grid);
  }

  /** A key place's default category: its own, else the category of the grid's sector (units). */
  static String placeCategory(cn.safegrid.grid.RegistryData.KeyPlaceRow place, GridRow grid) {
    if (place.hazardCategory() != null && !place.hazardCategory().isBlank()) {
      return place.hazardCategory();
    }
    return grid == null ? null : grid.hazardCategory();
  }

  /**
   * A checklist item's default category in this grid: the item's own (消防设施 → 消防安全); for an item
   * of no single category (建筑物和设施, 值班检查…) the category of the unit's sector as the registry
   * gives it (a 汽修厂 → 汽修汽贸), else the item's default for the kind of grid.
   */
  static String itemCategory(ItemView item, GridRow grid) {
    if (item.defaultCategory() != null) {
      return item.defaultCategory();
    }
    if (grid != null && grid.hazardCategory() != null && !grid.hazardCategory().isBlank()) {
      return grid.hazardCategory();
    }
    return item.defaultCategoryFor(grid == null ? null : grid.kind());
  }

  private static String summary(List<InspectionItem> stored, List<String> hazardNumbers) {
    Map<ItemResult, Long> counts = new java.util.EnumMap<>(ItemResult.class);
    stored.forEach(i -> counts.merge(i.getResult(), 1L, Long::sum));
    long keyPlaces = stored.stream().filter(InspectionItem::isKeyPlace).count();
    return "检查 " + stored.size() + " 项（含重点部位 " + keyPlaces + " 处）：合格 " + counts.getOrDefault(ItemResult.PASSED, 0L)
        + " 项，发现隐患 " + counts.getOrDefault(ItemResult.HAZARD, 0L) + " 项"
        + (hazardNumbers.isEmpty() ? "" : "（" + String.join("、", hazardNumbers) + "）")
        + "，不适用 " + counts.getOrDefault(ItemResult.NOT_APPLICABLE, 0L) + " 项";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trimToNull(String value) {
    return blank(value) ? null : value.trim();
  }
}
