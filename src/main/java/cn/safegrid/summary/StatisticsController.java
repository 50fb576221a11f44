package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.TownRow;
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
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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

/** The quarterly and annual hazard statistics over HTTP, with their Excel tables. */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "隐患统计", description = "事故隐患排查治理情况统计分析表（季度、年度）：各企事业单位和全镇，Excel 下载")
class StatisticsController {

  /** The town first (TOWN before UNIT), then the units by kind and code. */
  static final Sort ORDER = Sort.by(Sort.Order.asc("subjectKind"), Sort.Order.asc("gridKind"), Sort.Order.asc("subjectCode"));

  private final SummaryQueries queries;
  private final StatisticsWorkbook workbook;
  private final SummaryScheduler scheduler;
  private final SummaryAccess access;
  private final Registry registry;
  private final CurrentSteps steps;
  private final IdentityService identity;
  private final TownClock clock;

  StatisticsController(SummaryQueries queries, StatisticsWorkbook workbook, SummaryScheduler scheduler,
      SummaryAccess access, Registry registry, CurrentSteps steps, IdentityService identity, TownClock clock) {
    this.queries = queries;
    this.workbook = workbook;
    this.scheduler = scheduler;
    this.access = access;
    this.registry = registry;
    this.steps = steps;
    this.identity = identity;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "一个季度或年度的隐患统计（您能查看的企事业单位；全镇的统计仅镇领导、领导小组办公室和纪委）")
  Page<SummaryViews.StatisticsRow> list(CurrentUser user,
      @Parameter(description = "期间：季度如 2026-Q1，年度如 2026；默认上一季度") @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    RegistryIndex index = registry.current();
    return queries.statisticsPage(user, period(period), Paging.page(page, size, ORDER))
        .map(t -> SummaryViews.StatisticsRow.of(t, index));
  }

  @GetMapping("/{id}")
  @Operation(summary = "一份隐患统计分析表：统计数据、按类别、签署情况、当前待办")
  SummaryViews.StatisticsDetail detail(@PathVariable Long id, CurrentUser user) {
    HazardStatistics table = queries.visibleStatistics(user, id);
    return new SummaryViews.StatisticsDetail(SummaryViews.StatisticsRow.of(table, registry.current()),
        table.getCategories(), table.getRemindedAt(), table.getSignatureRemarks(),
        steps.of(table.getProcessInstanceId(), " · " + table.getSubjectName()));
  }

  @GetMapping(value = "/{id}/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载一份隐患统计分析表（Excel，A4 横向打印，含主要负责人签字栏）")
  ResponseEntity<byte[]> export(@PathVariable Long id, CurrentUser user) {
    HazardStatistics table = queries.visibleStatistics(user, id);
    String code = table.period().code();
    return Downloads.excel("hazard-statistics-" + table.getSubjectCode() + "-" + code + ".xlsx",
        "隐患统计分析表-" + table.getSubjectName() + "-" + code + ".xlsx", workbook.one(table));
  }

  @GetMapping(value = "/town/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载全镇的隐患统计分析表（Excel：全镇、各单位及合计）；仅镇领导、领导小组办公室和纪委")
  ResponseEntity<byte[]> exportTown(CurrentUser user,
      @Parameter(description = "期间：季度如 2026-Q1，年度如 2026；默认上一季度") @RequestParam(required = false) String period,
      @Parameter(description = "镇的编码；默认台账中的镇") @RequestParam(required = false) String townCode) {
    ReportPeriod p = period(period);
    TownRow town = queries.town(townCode);
    List<HazardStatistics> tables = queries.townStatistics(user, town.code(), p);
    return Downloads.excel("hazard-statistics-" + town.code() + "-" + p.code() + ".xlsx",
        "隐患统计分析表-" + town.name() + "-" + p.code() + ".xlsx", workbook.town(town.name(), p, tables));
  }

  @PostMapping("/open")
  @Operation(summary = "为各企事业单位和全镇开启指定季度或年度的隐患统计（还没有的才开启）；仅系统管理员和领导小组办公室")
  List<SummaryViews.StatisticsRow> open(CurrentUser user,
      @Parameter(description = "期间：季度如 2026-Q1，年度如 2026；须已结束", required = true) @RequestParam String period) {
    access.requireOffice(user, "开启隐患统计");
    ReportPeriod p = ReportPeriod.parse(period, "period", PeriodKind.QUARTER, PeriodKind.YEAR);
    if (p.to(clock.zone()).isAfter(clock.now())) {
      throw ApiException.invalidField("period", "期间“" + p.code() + "”还没有结束，隐患统计在期满次日开启。");
    }
    RegistryIndex index = registry.current();
    try {
      return AsSystem.call(identity, () -> scheduler.openStatistics(p, clock.now())).stream()
          .map(t -> SummaryViews.StatisticsRow.of(t, index)).toList();
    } catch (DataIntegrityViolationException sameAtOnce) {
      throw ApiException.conflict("隐患统计正在由定时任务或其他人开启，请稍后刷新查看。");
    }
  }

  private ReportPeriod period(String period) {
    return period == null || period.isBlank()
        ? ReportPeriod.of(PeriodKind.QUARTER, clock.today()).previous()
        : ReportPeriod.parse(period, "period", PeriodKind.QUARTER, PeriodKind.YEAR);
  }
}
