package cn.safegrid.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the dashboard's API answers (JSON). Every figure comes with the ledger page that lists it. */
public final class DashboardView {

  private DashboardView() {}

  @Schema(description = "看板的时段：月、季度、年或自定义（北京时间的日期，含首尾两天）")
  public record Period(
      @Schema(description = "MONTH、QUARTER、YEAR 或 CUSTOM") DashboardPeriod.Kind kind,
      @Schema(description = "时段编码，如 2026-03、2026-Q1、2026、2026-03-01/2026-04-15") String code,
      @Schema(description = "时段名称，如 2026年3月") String label,
      LocalDate from, LocalDate to,
      @Schema(description = "上一时段的编码（自定义时段为空）") String previous,
      @Schema(description = "下一时段的编码（自定义时段为空）") String next) {}

  @Schema(description = "隐患数字：所选时段内上报的隐患，及其截至当前的情况；links 为每个数字对应的台账列表地址")
  public record HazardFigures(DashboardHazardCounts counts,
      @Schema(description = "按期整改率（0—1）：按期销号数 ÷（已销号数 + 逾期未销号数）；无可计算的隐患时为空") Double onTimeRate,
      @Schema(description = "reported、closed、open、overdue、escalated、closedOnTime、notOnTime → 隐患台账页面地址") Map<String, String> links) {}

  @Schema(description = "排查数字：所选时段内到期的排查，及其完成情况；links 为每个数字对应的排查台账列表地址")
  public record RoundFigures(DashboardRoundCounts counts,
      @Schema(description = "按时完成率（0—1）：按时完成 ÷（按时 + 逾期完成 + 漏查）；无到期排查时为空") Double rate,
      @Schema(description = "rounds、onTime、late、missed、pending → 排查台账页面地址") Map<String, String> links) {}

  @Schema(description = "不限上报时间的当前积压：所有未销号、逾期未销号、重大隐患未销号")
  public record Backlog(long open, long overdue, long majorOpen,
      @Schema(description = "open、overdue、majorOpen → 隐患台账页面地址") Map<String, String> links) {}

  @Schema(description = "一个可选值：编码和中文名称")
  public record Option(String code, String name) {}

  @Schema(description = "看板总览")
  public record Overview(Period period,
      @Schema(description = "数字计算的时刻（逾期、漏查按此时刻判断）") Instant asOf,
      @Schema(description = "限定的片（编码），不限定时为空") String area,
      @Schema(description = "限定的片的名称") String areaName,
      HazardFigures hazards, Backlog backlog, RoundFigures inspections,
      @Schema(description = "可选的片（网格台账中的全部片；有多个镇时名称后注明镇），及“-”不属于任何片") List<Option> areas) {}

  @Schema(description = "隐患统计表的一行（一个片、网格、牵头部门或隐患类别）")
  public record HazardRow(
      @Schema(description = "编码；“-”表示没有（如不属于任何片的镇直单位、尚未分办）") String code,
      String name,
      @Schema(description = "补充说明，如网格所在的片") String note,
      DashboardHazardCounts counts, Double onTimeRate, Map<String, String> links) {}

  @Schema(description = "隐患统计表")
  public record HazardTable(Period period, Instant asOf, String area, String areaName, DashboardHazardsBy by, String byLabel,
      List<HazardRow> rows,
      @Schema(description = "合计（全部行，包括因 limit 未列出的行）") HazardRow total,
      @Schema(description = "全部行数（rows 最多 limit 行）") int totalRows) {}

  @Schema(description = "排查完成情况表的一行（一个网格、片或排查表）")
  public record RoundRow(String code, String name, String note, DashboardRoundCounts counts, Double rate,
      Map<String, String> links) {}

  @Schema(description = "排查完成情况表")
  public record RoundTable(Period period, Instant asOf, String area, String areaName, DashboardRoundsBy by, String byLabel,
      List<RoundRow> rows, RoundRow total, int totalRows) {}

  @Schema(description = "趋势的一个点：一周或一个月（截到所选时段内）")
  public record TrendPoint(String code, String label, LocalDate from, LocalDate to,
      DashboardHazardCounts hazards, Double onTimeRate, DashboardRoundCounts inspections, Double inspectionRate,
      @Schema(description = "reported、overdue、notOnTime、rounds、missed → 台账页面地址") Map<String, String> links) {}

  @Schema(description = "按周或按月的趋势")
  public record Trend(Period period, Instant asOf, String area, String areaName,
      @Schema(description = "WEEK 或 MONTH") DashboardTrendUnit unit,
      List<TrendPoint> points) {}
}
