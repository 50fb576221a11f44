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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly summaries over HTTP: the month's summaries an officer may see, one with what was
 * filed, its Excel table, the town's summary and its workbook, and opening what is due now.
 */
@RestController
@RequestMapping("/api/summaries")
@Tag(name = "月度汇总", description = "安全生产网格化管理情况月度汇总表：各网格、部门的月度汇总，全镇汇总，Excel 下载")
class SummaryController {

  private final SummaryQueries queries;
  private final SummaryWorkbook workbook;
  private final SummaryScheduler scheduler;
  private final SummaryAccess access;
  private final MonthlyFigures figures;
  private final Registry registry;
  private final CurrentSteps steps;
  private final IdentityService identity;
  private final TownClock clock;

  SummaryController(SummaryQueries queries, SummaryWorkbook workbook, SummaryScheduler scheduler, SummaryAccess access,
      MonthlyFigures figures, Registry registry, CurrentSteps steps, IdentityService identity, TownClock clock) {
    this.queries = queries;
    this.workbook = workbook;
    this.scheduler = scheduler;
    this.access = access;
    this.figures = figures;
    this.registry = registry;
    this.steps = steps;
    this.identity = identity;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "一个月的月度汇总（您能查看的网格和部门：村网格长看本村，部门看本部门和所辖单位，镇领导和领导小组办公室看全部）")
  Page<SummaryViews.SummaryRow> list(CurrentUser user,
      @Parameter(description = "月份，如 2026-03；默认上个月（镇所在时区）") @RequestParam(required = false) String month,
      @Parameter(description = "网格类型：VILLAGE、ENTERPRISE、SCHOOL、HOSPITAL、INSTITUTION，或 DEPARTMENT（部门）")
      @RequestParam(required = false) String kind,
      @Parameter(description = "片的编码（村级网格）") @RequestParam(required = false) String areaCode,
      @Parameter(description = "状态：OPEN 待填报、OVERDUE 逾期未报、FILED 已按时报送、FILED_LATE 逾期报送")
      @RequestParam(required = false) SummaryStatus status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    RegistryIndex index = registry.current();
    return queries.page(user, month(month), kind, areaCode, status, Paging.page(page, size, SummaryQueries.ORDER))
        .map(s -> SummaryViews.SummaryRow.of(s, index));
  }

  @GetMapping("/{id}")
  @Operation(summary = "一份月度汇总：统计数据、按类别的隐患、填报内容、提醒和督办记录、当前待办")
  SummaryViews.SummaryDetail detail(@PathVariable Long id, CurrentUser user) {
    MonthlySummary summary = queries.visible(user, id);
    return SummaryViews.SummaryDetail.of(summary, registry.current(),
        steps.of(summary.getProcessInstanceId(), " · " + summary.getSubjectName()));
  }

  @GetMapping(value = "/{id}/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载一份月度汇总表（Excel，按汇总表格式，A4 横向打印）")
  ResponseEntity<byte[]> export(@PathVariable Long id, CurrentUser user) {
    MonthlySummary summary = queries.visible(user, id);
    String code = summary.period().code();
    return Downloads.excel("monthly-summary-" + summary.getSubjectCode() + "-" + code + ".xlsx",
        "月度汇总表-" + summary.getSubjectName() + "-" + code + ".xlsx", workbook.grid(summary));
  }

  @GetMapping("/town")
  @Operation(summary = "全镇月度汇总：全镇数据（每处隐患、每次排查只计一次），按片、按部门、按网格类型，各网格填报情况；仅镇领导、领导小组办公室和纪委")
  SummaryViews.TownReport town(CurrentUser user,
      @Parameter(description = "月份，如 2026-03；默认上个月") @RequestParam(required = false) String month,
      @Parameter(description = "镇的编码；默认台账中的镇") @RequestParam(required = false) String townCode) {
    return queries.townReport(user, townCode, month(month));
  }

  @GetMapping(value = "/town/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载全镇月度汇总（Excel：全镇汇总、每片一个工作表、企事业单位、部门）；仅镇领导、领导小组办公室和纪委")
  ResponseEntity<byte[]> exportTown(CurrentUser user,
      @Parameter(description = "月份，如 2026-03；默认上个月") @RequestParam(required = false) String month,
      @Parameter(description = "镇的编码；默认台账中的镇") @RequestParam(required = false) String townCode) {
    ReportPeriod period = month(month);
    TownRow town = queries.town(townCode);
    List<MonthlySummary> rows = queries.townRows(user, town.code(), period);
    TownSummary summary = queries.townSummary(town.code(), period).orElse(null);
    MonthlyFigures.Counted counted = summary != null && summary.getFiguresAt() != null
        ? new MonthlyFigures.Counted(summary.getFigures(), summary.getCategories()) : figures.ofTown(town.code(), period);
    return Downloads.excel("monthly-summary-" + town.code() + "-" + period.code() + ".xlsx",
        "月度汇总表-" + town.name() + "-" + period.code() + ".xlsx",
        workbook.town(town.name(), period, rows, summary, counted));
  }

  @PostMapping("/schedule")
  @Operation(summary = "立即开启已到期的月度汇总、全镇汇总和隐患统计，并补开停机期间错过的；与每天定时任务相同，重复调用不会重复开启；仅系统管理员和领导小组办公室")
  Opened schedule(CurrentUser user) {
    access.requireOffice(user, "开启月度汇总");
    try {
      SummaryScheduler.Opened opened = AsSystem.call(identity, () -> scheduler.run(clock.now()));
      return new Opened(opened.summaries().size(), opened.towns().size(), opened.statistics().size(),
          "已开启" + opened.toChinese());
    } catch (DataIntegrityViolationException sameAtOnce) {
      throw ApiException.conflict("月度汇总正在由定时任务或其他人开启，请稍后刷新查看。");
    }
  }

  /** What a run opened: how many of each, in one sentence. */
  record Opened(int summaries, int townSummaries, int statistics, String message) {}

  @PostMapping("/open")
  @Operation(summary = "为还没有本月汇总的网格和部门开启指定月份的月度汇总（如新增的网格、停机超过三个月未补开的月份）；已有的不重复开启；仅系统管理员和领导小组办公室")
  List<SummaryViews.SummaryRow> open(CurrentUser user,
      @Parameter(description = "月份，如 2026-03；须是已经结束的月份", required = true) @RequestParam String month) {
    access.requireOffice(user, "开启月度汇总");
    ReportPeriod period = ReportPeriod.parse(month, "month", PeriodKind.MONTH);
    if (period.to(clock.zone()).isAfter(clock.now())) {
      throw ApiException.invalidField("month", "月份“" + period.code() + "”还没有结束，月度汇总在下月 1 日开启。");
    }
    RegistryIndex index = registry.current();
    try {
      return AsSystem.call(identity, () -> scheduler.openMonth(period, clock.now())).stream()
          .map(s -> SummaryViews.SummaryRow.of(s, index)).toList();
    } catch (DataIntegrityViolationException sameAtOnce) {
      throw ApiException.conflict("月度汇总正在由定时任务或其他人开启，请稍后刷新查看。");
    }
  }

  /** The month asked for, else last month in town time. */
  private ReportPeriod month(String month) {
    return month == null || month.isBlank()
        ? ReportPeriod.of(PeriodKind.MONTH, clock.today()).previous()
        : ReportPeriod.parse(month, "month", PeriodKind.MONTH);
  }
}
