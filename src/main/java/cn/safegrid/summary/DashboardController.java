package cn.safegrid.summary;

import cn.safegrid.grid.Officers;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.summary.DashboardView.HazardTable;
import cn.safegrid.summary.DashboardView.Overview;
import cn.safegrid.summary.DashboardView.RoundTable;
import cn.safegrid.summary.DashboardView.Trend;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Downloads;
import cn.safegrid.system.Spreadsheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' dashboard (督查看板) over HTTP: its figures as JSON and each table as Excel. Every
 * officer may ask; each sees the figures of the hazards and rounds his ledgers show him.
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "督查看板", description = "镇领导、片长、部门负责人、领导小组办公室的看板：隐患上报、销号、逾期、升级督办和按期整改率，"
    + "排查完成情况，按片、网格、牵头部门、隐患类别、排查表分项，按周、按月趋势；每个数字附台账页面地址；可导出 Excel。"
    + "每人只统计自己在隐患台账、排查台账中能看到的记录。")
class DashboardController {

  static final String PERIOD = "时段：按月 2026-03、按季度 2026-Q1、按年 2026；不填为本月（北京时间）。自定义时段改用 from 和 to";
  static final String FROM = "自定义时段的开始日期（含），如 2026-03-01；须与 to 同时使用，最长一年";
  static final String TO = "自定义时段的结束日期（含），如 2026-04-15";
  static final String AREA = "只统计这个片（片的编码，如 east；“-”为不属于任何片的镇直单位等）；不填为全部";

  private final Dashboard dashboard;
  private final DashboardWorkbook workbook;
  private final Officers officers;

  DashboardController(Dashboard dashboard, DashboardWorkbook workbook, Officers officers) {
    this.dashboard = dashboard;
    this.workbook = workbook;
    this.officers = officers;
  }

  @GetMapping("/overview")
  @Operation(summary = "看板总览：时段内上报的隐患及其销号、逾期、升级督办、按期整改率；当前积压（全部未销号、逾期、重大隐患）；时段内到期排查的完成情况")
  Overview overview(CurrentUser user,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area) {
    return dashboard.overview(user, dashboard.period(period, from, to), area(area));
  }

  @GetMapping("/hazards")
  @Operation(summary = "隐患统计表：按片（AREA）、网格（GRID）、牵头部门（DEPARTMENT）或隐患类别（CATEGORY）分行，含合计；逾期多的排在前面（按片时按片的顺序）")
  HazardTable hazards(CurrentUser user,
      @Parameter(description = "分项：AREA、GRID、DEPARTMENT、CATEGORY") @RequestParam(defaultValue = "AREA") String by,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area,
      @Parameter(description = "最多返回多少行（1—10000，默认 200）；合计和 totalRows 总是包括全部行")
      @RequestParam(defaultValue = "200") String limit) {
    return dashboard.hazards(user, dashboard.period(period, from, to), hazardsBy(by), area(area), limit(limit));
  }

  @GetMapping(value = "/hazards.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载隐患统计表（Excel，全部行和合计，另附“说明”工作表：时段、统计时刻、口径）")
  ResponseEntity<byte[]> hazardsExcel(CurrentUser user,
      @Parameter(description = "分项：AREA、GRID、DEPARTMENT、CATEGORY") @RequestParam(defaultValue = "AREA") String by,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area) {
    DashboardHazardsBy dimension = hazardsBy(by);
    HazardTable table = dashboard.hazards(user, dashboard.period(period, from, to), dimension, area(area),
        Dashboard.MAX_ROWS);
    return Downloads.excel("dashboard-hazards-" + dimension.name().toLowerCase() + "-" + table.period().code()
            .replace('/', '_') + ".xlsx",
        "隐患统计" + table.byLabel() + "-" + table.period().label() + ".xlsx", workbook.hazards(table, who(user)));
  }

  @GetMapping("/inspections")
  @Operation(summary = "排查完成情况表：时段内到期的排查按网格（GRID）、片（AREA）或排查表（CHECKLIST）分行，含合计；漏查多的排在前面")
  RoundTable inspections(CurrentUser user,
      @Parameter(description = "分项：GRID、AREA、CHECKLIST") @RequestParam(defaultValue = "GRID") String by,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area,
      @Parameter(description = "最多返回多少行（1—10000，默认 200）") @RequestParam(defaultValue = "200") String limit) {
    return dashboard.rounds(user, dashboard.period(period, from, to), roundsBy(by), area(area), limit(limit));
  }

  @GetMapping(value = "/inspections.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载排查完成情况表（Excel，全部行和合计，另附“说明”工作表）")
  ResponseEntity<byte[]> inspectionsExcel(CurrentUser user,
      @Parameter(description = "分项：GRID、AREA、CHECKLIST") @RequestParam(defaultValue = "GRID") String by,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area) {
    DashboardRoundsBy dimension = roundsBy(by);
    RoundTable table = dashboard.rounds(user, dashboard.period(period, from, to), dimension, area(area),
        Dashboard.MAX_ROWS);
    return Downloads.excel("dashboard-inspections-" + dimension.name().toLowerCase() + "-" + table.period().code()
            .replace('/', '_') + ".xlsx",
        "排查完成情况" + table.byLabel().replaceAll("（.*）", "") + "-" + table.period().label() + ".xlsx",
        workbook.rounds(table, who(user)));
  }

  @GetMapping("/trend")
  @Operation(summary = "趋势：时段内按周（WEEK）或按月（MONTH）的隐患上报、销号、逾期、按期整改率和排查完成情况")
  Trend trend(CurrentUser user,
      @Parameter(description = "WEEK（按周，周一至周日）或 MONTH（按月）") @RequestParam(defaultValue = "WEEK") String unit,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area) {
    return dashboard.trend(user, dashboard.period(period, from, to), unit(unit), area(area));
  }

  @GetMapping(value = "/trend.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "下载趋势表（Excel）")
  ResponseEntity<byte[]> trendExcel(CurrentUser user,
      @Parameter(description = "WEEK 或 MONTH") @RequestParam(defaultValue = "WEEK") String unit,
      @Parameter(description = PERIOD) @RequestParam(required = false) String period,
      @Parameter(description = FROM) @RequestParam(required = false) String from,
      @Parameter(description = TO) @RequestParam(required = false) String to,
      @Parameter(description = AREA) @RequestParam(required = false) String area) {
    Trend trend = dashboard.trend(user, dashboard.period(period, from, to), unit(unit), area(area));
    return Downloads.excel("dashboard-trend-" + trend.unit().name().toLowerCase() + "-" + trend.period().code()
            .replace('/', '_') + ".xlsx",
        "看板趋势" + trend.unit().label() + "-" + trend.period().label() + ".xlsx", workbook.trend(trend, who(user)));
  }

  private String who(CurrentUser user) {
    return officers.nameOf(user.userId());
  }

  private static DashboardHazardsBy hazardsBy(String by) {
    return choice(DashboardHazardsBy.class, by, "by", Arrays.stream(DashboardHazardsBy.values())
        .map(d -> d.name() + "（" + d.label() + "）").collect(Collectors.joining("、")));
  }

  private static DashboardRoundsBy roundsBy(String by) {
    return choice(DashboardRoundsBy.class, by, "by", Arrays.stream(DashboardRoundsBy.values())
        .map(d -> d.name() + "（" + d.label() + "）").collect(Collectors.joining("、")));
  }

  private static DashboardTrendUnit unit(String unit) {
    return choice(DashboardTrendUnit.class, unit, "unit", "WEEK（按周）、MONTH（按月）");
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String choices) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return constant;
      }
    }
    throw ApiException.invalidField(field, "参数“" + field + "”的值“" + shorten(value) + "”无效，可选值：" + choices + "。");
  }

  private static int limit(String limit) {
    try {
      int n = Integer.parseInt(limit.trim());
      if (n >= 1 && n <= Dashboard.MAX_ROWS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalidField("limit", "参数“limit”应为 1 到 " + Dashboard.MAX_ROWS + " 之间的整数，收到的是“"
        + shorten(limit) + "”。");
  }

  /** An area code as given; a value no code can be is refused without saying what exists. */
  private static String area(String area) {
    if (area == null || area.isBlank()) {
      return null;
    }
    String code = area.trim();
    if (!code.equals(Dashboard.NONE) && !code.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw ApiException.invalidField("area", "参数“area”应为片的编码（小写字母、数字和连字符，如 east），或“-”（不属于任何片）。");
    }
    return code;
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
