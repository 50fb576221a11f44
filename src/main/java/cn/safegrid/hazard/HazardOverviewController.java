package cn.safegrid.hazard;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.Paging;
import cn.safegrid.system.TownClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hazards as supervisors think of them (Cockpit's 隐患 page and tabs): number, grid, category,
 * lead unit, where the hazard stands now (the open tasks and who holds them), deadline, days
 * overdue and escalation tier, with the ledger's filters. The same ledger and the same rights check
 * as {@code /api/hazards} ({@link HazardQueries}); closed hazards too.
 */
@RestController
@RequestMapping("/api/hazards/overview")
@Tag(name = "隐患台账", description = "上报隐患、查询台账、导出 Excel、上传照片")
class HazardOverviewController {

  private final HazardQueries queries;
  private final CurrentSteps steps;
  private final Registry registry;
  private final RegistryAccess access;
  private final TownClock clock;

  HazardOverviewController(HazardQueries queries, CurrentSteps steps, Registry registry, RegistryAccess access,
      TownClock clock) {
    this.queries = queries;
    this.steps = steps;
    this.registry = registry;
    this.access = access;
    this.clock = clock;
  }

  /**
   * One hazard in the supervisors' list. {@code currentSteps}: the open tasks, "task（who holds it）",
   * empty once closed. {@code daysOverdue}: town days past the rectification deadline, counting the
   * day after it as the first; for a closed hazard, how late it was closed; 0 when in time.
   */
  record Row(String number, String gridCode, String gridName, String areaCode, String areaName, String category,
      String categoryName, String grade, String gradeLabel, String leadDepartment, String leadUnitName,
      List<String> assistingDepartmentNames, HazardStatus status, String statusLabel, boolean open,
      List<String> currentSteps, Instant rectificationDue, int daysOverdue, Escalation escalation,
      String escalationLabel, Instant reportedAt, Instant closedAt, String processInstanceId) {}

  record Option(String code, String name) {}

  /** The choices of the list's filters for this reader. */
  record Options(List<Option> areas, List<Option> villages, List<Option> departments, List<Option> escalations,
      List<Option> statuses) {}

  @GetMapping
  @Operation(summary = "督办一览：隐患编号、网格、类别、牵头单位、当前环节、整改期限、逾期天数、督办层级（筛选同隐患台账，"
      + "另有 open=true 未销号、open=false 已销号；分页排序）")
  Page<Row> list(CurrentUser user, HazardFilter filter, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "rectificationDue,asc") String sort) {
    RegistryIndex index = registry.current();
    Instant now = clock.now();
    return queries.page(user, filter, Paging.page(page, size, Paging.sort(sort, HazardController.SORTABLE)))
        .map(hazard -> row(hazard, index, now));
  }

  @GetMapping("/filter-options")
  @Operation(summary = "督办一览筛选条件的可选值：片、村（您负责范围内的）、部门、督办层级、状态")
  Options options(CurrentUser user) {
    RegistryIndex index = registry.current();
    Set<String> reachable = new HashSet<>(access.visibleGrids(user));
    reachable.addAll(queries.gridsInLedger(user).keySet());
    return new Options(
        index.data().areas().stream().map(a -> new Option(a.code(), a.name())).toList(),
        index.data().grids().stream().filter(g -> g.kind() == GridKind.VILLAGE && reachable.contains(g.code()))
            .map(g -> new Option(g.code(), g.name())).toList(),
        index.data().departments().stream().map(d -> new Option(d.code(), d.name())).toList(),
        Arrays.stream(Escalation.values()).map(e -> new Option(e.name(), e.label())).toList(),
        Arrays.stream(HazardStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
  }

  private Row row(Hazard h, RegistryIndex index, Instant now) {
    boolean open = h.getStatus() != HazardStatus.CLOSED;
    List<String> current = open ? steps.of(h.getProcessInstanceId(), " " + h.getNumber()).stream()
        .map(HazardOverviewController::describe).toList() : List.of();
    return new Row(h.getNumber(), h.getGridCode(), h.getGridName(), h.getAreaCode(),
        index.area(h.getAreaCode()).map(RegistryData.AreaRow::name).orElse(null), h.getCategory(),
        h.getCategoryName(), h.getGrade().code(), h.getGrade().label(), h.getLeadDepartment(), h.getLeadUnitName(),
        HazardLedger.split(h.getAssistingDepartments()).stream()
            .map(code -> index.department(code).map(RegistryData.DepartmentRow::name).orElse(code)).toList(),
        h.getStatus(), h.getStatus().label(), open, current, h.getRectificationDue(), daysOverdue(h, now),
        h.getEscalation(), h.getEscalation().label(), h.getReportedAt(), h.getClosedAt(), h.getProcessInstanceId());
  }

  /** "整改隐患（消防队）", "督办隐患（二级网格长）（吴样丽）". */
  private static String describe(CurrentSteps.Step step) {
    String who = step.assigneeName() != null ? step.assigneeName()
        : step.groupName() != null ? step.groupName()
        : step.candidateNames().isEmpty() ? null : step.candidateNames().stream().collect(Collectors.joining("、"));
    return who == null ? step.taskName() : step.taskName() + "（" + who + "）";
  }

  static int daysOverdue(Hazard h, Instant now) {
    Instant due = h.getRectificationDue();
    Instant until = h.getStatus() == HazardStatus.CLOSED ? h.getClosedAt() : now;
    if (due == null || until == null || !until.isAfter(due)) {
      return 0;
    }
    return (int) (Duration.between(due, until).toHours() / 24) + 1;
  }
}
