package cn.safegrid.inspection;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.hazard.CurrentSteps;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.AsSystem;
import cn.safegrid.system.Downloads;
import cn.safegrid.system.Paging;
import cn.safegrid.system.Spreadsheet;
import cn.safegrid.system.TownClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inspection ledger (排查台账) over HTTP: search, read, export, weekly compliance, open due rounds. */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "隐患排查台账", description = "查询网格隐患排查记录、导出 Excel、每周排查完成情况、开启到期的排查")
class InspectionController {

  static final Set<String> SORTABLE = Set.of("dueAt", "doneAt", "gridCode", "status", "weekStart");
  /** Rounds share due times (every village's round is due on Monday 00:00): pages stay stable by id. */
  static final Sort TIEBREAK = Sort.by("id");

  private final InspectionQueries queries;
  private final InspectionCompliance compliance;
  private final InspectionWorkbook workbook;
  private final InspectionScheduler scheduler;
  private final RegistryAccess access;
  private final IdentityService identity;
  private final TownClock clock;
  private final Registry registry;
  private final CurrentSteps steps;

  InspectionController(InspectionQueries queries, InspectionCompliance compliance, InspectionWorkbook workbook,
      InspectionScheduler scheduler, RegistryAccess access, IdentityService identity, TownClock clock,
      Registry registry, CurrentSteps steps) {
    this.queries = queries;
    this.compliance = compliance;
    this.workbook = workbook;
    this.scheduler = scheduler;
    this.access = access;
    this.identity = identity;
    this.clock = clock;
    this.registry = registry;
    this.steps = steps;
  }

  @GetMapping
  @Operation(summary = "查询排查台账（按网格、片、状态、排查表、周次、截止日期、是否逾期、有无隐患、完成情况筛选，分页排序）")
  Page<InspectionView> list(CurrentUser user, @ParameterObject InspectionFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @Parameter(description = "排序：dueAt、doneAt、gridCode、status、weekStart，加 ,asc 或 ,desc（默认 desc）")
      @RequestParam(defaultValue = "dueAt,desc") String sort) {
    RegistryIndex index = registry.current();
    return queries.page(user, filter, Paging.page(page, size, Paging.sort(sort, SORTABLE).and(TIEBREAK)))
        .map(i -> InspectionView.of(i, index));
  }

  @GetMapping("/filter-options")
  @Operation(summary = "排查台账筛选条件的可选值（编码和中文名称）：您能查看的排查所在的网格、片、状态、排查表")
  InspectionView.FilterOptions filterOptions(CurrentUser user) {
    RegistryIndex index = registry.current();
    Map<String, String> inLedger = queries.gridsInLedger(user);
    List<InspectionView.Option> grids = new ArrayList<>();
    index.data().grids().stream().filter(g -> inLedger.containsKey(g.code()))
        .forEach(g -> grids.add(new InspectionView.Option(g.code(), g.name())));
    inLedger.forEach((code, name) -> {
      if (index.grid(code).isEmpty()) {
        grids.add(new InspectionView.Option(code, name));
      }
    });
    List<InspectionView.Option> areas = new ArrayList<>(
        index.data().areas().stream().map(a -> new InspectionView.Option(a.code(), a.name())).toList());
    areas.add(new InspectionView.Option(cn.safegrid.hazard.HazardFilter.NONE, "不属于片（镇直单位等）"));
    return new InspectionView.FilterOptions(grids, areas,
        Arrays.stream(InspectionStatus.values()).map(s -> new InspectionView.Option(s.name(), s.label())).toList(),
        Arrays.stream(Checklist.values()).map(c -> new InspectionView.Option(c.code(), c.label()))
            .toList(),
        Arrays.stream(InspectionOutcome.values()).map(o -> new InspectionView.Option(o.name(), o.label())).toList());
  }

  @GetMapping(value = "/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "按当前筛选条件导出排查台账（Excel：排查台账、排查明细两个工作表）")
  ResponseEntity<byte[]> export(CurrentUser user, @ParameterObject InspectionFilter filter,
      @RequestParam(defaultValue = "dueAt,desc") String sort) {
    byte[] bytes = workbook.write(queries.export(user, filter, Paging.sort(sort, SORTABLE).and(TIEBREAK)));
    String day = DateTimeFormatter.BASIC_ISO_DATE.format(clock.today());
    return Downloads.excel("inspections-" + day + ".xlsx", "排查台账-" + day + ".xlsx", bytes);
  }

  @GetMapping("/compliance")
  @Operation(summary = "一周的排查完成情况：按网格、按片和全镇统计应排查、按时完成、逾期完成、漏查次数和按时完成率")
  InspectionCompliance.Report compliance(CurrentUser user,
      @Parameter(description = "ISO 周次，如 2027-W09；默认本周（镇所在时区）")
      @RequestParam(required = false) String week) {
    LocalDate monday = week == null || week.isBlank()
        ? InspectionWeek.of(clock.now(), clock.zone()).monday()
        : InspectionWeek.mondayOf(week, "week");
    return compliance.of(user, monday);
  }

  @GetMapping("/{id}")
  @Operation(summary = "排查记录详情：本轮排查、逐项排查结果（发现的隐患链接到隐患台账）和当前办理环节")
  InspectionView.Detail detail(@PathVariable Long id, CurrentUser user) {
    Inspection inspection = queries.visible(user, id);
    return new InspectionView.Detail(InspectionView.of(inspection, registry.current()),
        queries.itemsOf(inspection).stream().map(InspectionView::of).toList(),
        steps.of(inspection.getProcessInstanceId(), " · " + inspection.getGridName()));
  }

  @PostMapping("/schedule")
  @Operation(summary = "立即开启已到期的排查，并补开服务器停机期间错过的排查（按逾期处理）；与每天定时任务相同，重复调用不会重复开启；仅系统管理员和领导小组办公室")
  List<InspectionView> schedule(CurrentUser user) {
    if (!access.canEdit(user)) {
      throw ApiException.forbidden("只有系统管理员和领导小组办公室可以开启排查。");
    }
    // the app's own housekeeping, as the daily timer does it: not bound to the officer's process rights
    List<Inspection> opened;
    try {
      opened = AsSystem.call(identity, () -> scheduler.run(clock.now()));
    } catch (DataIntegrityViolationException sameRoundsAtOnce) {
      // the daily timer (or another editor) opened the same rounds in the same moment: one row per round
      throw ApiException.conflict("排查正在由定时任务或其他人开启，请稍后刷新查看。");
    }
    RegistryIndex index = registry.current();
    return opened.stream().map(i -> InspectionView.of(i, index)).toList();
  }
}
