package cn.safegrid.summary;

import cn.safegrid.summary.DashboardView.HazardRow;
import cn.safegrid.summary.DashboardView.HazardTable;
import cn.safegrid.summary.DashboardView.Period;
import cn.safegrid.summary.DashboardView.RoundRow;
import cn.safegrid.summary.DashboardView.RoundTable;
import cn.safegrid.summary.DashboardView.Trend;
import cn.safegrid.summary.DashboardView.TrendPoint;
import cn.safegrid.system.Spreadsheet;
import cn.safegrid.system.Spreadsheet.Column;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A dashboard table as an Excel workbook: the table with every row and a 合计 row (counts as
 * numbers, rates as percentages), and a sheet 说明 saying which period, which area, as of when and
 * what each column counts. Text goes through {@link Spreadsheet}, formula-safe.
 */
@Component
class DashboardWorkbook {

  private final TownClock clock;

  DashboardWorkbook(TownClock clock) {
    this.clock = clock;
  }

  byte[] hazards(HazardTable table, String who) {
    List<HazardRow> rows = new ArrayList<>(table.rows());
    rows.add(table.total());
    List<Column<HazardRow>> columns = new ArrayList<>();
    columns.add(new Column<>(table.byLabel().replace("按", ""), 22, HazardRow::name));
    columns.add(new Column<>("编码", 18, HazardRow::code));
    columns.add(new Column<>("说明", 14, HazardRow::note));
    columns.addAll(hazardColumns(HazardRow::counts, HazardRow::onTimeRate));
    return new Spreadsheet()
        .sheet(sheetName(table.byLabel()), columns, rows)
        .sheet("说明", NOTES, notes(table.period(), table.asOf(), table.areaName(), who, table.byLabel(), HAZARD_NOTES))
        .toBytes();
  }

  byte[] rounds(RoundTable table, String who) {
    List<RoundRow> rows = new ArrayList<>(table.rows());
    rows.add(table.total());
    List<Column<RoundRow>> columns = new ArrayList<>();
    columns.add(new Column<>(table.byLabel().replace("按", "").replaceAll("（.*）", ""), 22, RoundRow::name));
    columns.add(new Column<>("编码", 18, RoundRow::code));
    columns.add(new Column<>("说明", 14, RoundRow::note));
    columns.addAll(roundColumns(RoundRow::counts, RoundRow::rate));
    return new Spreadsheet()
        .sheet(sheetName("排查" + table.byLabel()), columns, rows)
        .sheet("说明", NOTES, notes(table.period(), table.asOf(), table.areaName(), who, "排查完成情况" + table.byLabel(),
            ROUND_NOTES))
        .toBytes();
  }

  byte[] trend(Trend trend, String who) {
    List<Column<TrendPoint>> columns = new ArrayList<>();
    columns.add(new Column<>(trend.unit() == DashboardTrendUnit.WEEK ? "周" : "月", 24, TrendPoint::label));
    columns.add(new Column<>("起", 11, p -> p.from().toString()));
    columns.add(new Column<>("止", 11, p -> p.to().toString()));
    columns.addAll(hazardColumns(TrendPoint::hazards, TrendPoint::onTimeRate));
    for (Column<TrendPoint> column : roundColumns(TrendPoint::inspections, TrendPoint::inspectionRate)) {
      columns.add(new Column<>("排查：" + column.header(), column.width() + 3, column.value(), column.numberFormat()));
    }
    List<String> definitions = new ArrayList<>(HAZARD_NOTES);
    definitions.addAll(ROUND_NOTES);
    return new Spreadsheet()
        .sheet(trend.unit() == DashboardTrendUnit.WEEK ? "按周趋势" : "按月趋势", columns, trend.points())
        .sheet("说明", NOTES, notes(trend.period(), trend.asOf(), trend.areaName(), who, trend.unit().label() + "趋势",
            definitions))
        .toBytes();
  }

  private static <T> List<Column<T>> hazardColumns(Function<T, DashboardHazardCounts> counts,
      Function<T, Double> rate) {
    return List.of(
        Column.number("上报隐患", 10, "0", r -> String.valueOf(counts.apply(r).reported())),
        Column.number("已销号", 10, "0", r -> String.valueOf(counts.apply(r).closed())),
        Column.number("未销号", 10, "0", r -> String.valueOf(counts.apply(r).open())),
        Column.number("其中逾期", 10, "0", r -> String.valueOf(counts.apply(r).overdue())),
        Column.number("升级督办", 10, "0", r -> String.valueOf(counts.apply(r).escalated())),
        Column.number("按期整改", 10, "0", r -> String.valueOf(counts.apply(r).closedOnTime())),
        Column.number("未按期整改", 12, "0", r -> String.valueOf(counts.apply(r).notOnTime())),
        Column.number("按期整改率", 12, "0.0%", r -> rate(rate.apply(r))));
  }

  private static <T> List<Column<T>> roundColumns(Function<T, DashboardRoundCounts> counts, Function<T, Double> rate) {
    return List.of(
        Column.number("应排查", 10, "0", r -> String.valueOf(counts.apply(r).rounds())),
        Column.number("按时完成", 10, "0", r -> String.valueOf(counts.apply(r).onTime())),
        Column.number("逾期完成", 10, "0", r -> String.valueOf(counts.apply(r).late())),
        Column.number("漏查", 8, "0", r -> String.valueOf(counts.apply(r).missed())),
        Column.number("未到期", 8, "0", r -> String.valueOf(counts.apply(r).pending())),
        Column.number("按时完成率", 12, "0.0%", r -> rate(rate.apply(r))));
  }

  private static String rate(Double rate) {
    return rate == null ? "—" : String.valueOf(rate);
  }

  /** Excel sheet names: at most 31 characters, none of []:*?/\. */
  private static String sheetName(String name) {
    String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "");
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  private record Note(String item, String text) {}

  private static final List<Column<Note>> NOTES = List.of(
      new Column<>("项目", 14, Note::item), new Column<>("内容", 100, Note::text));

  static final List<String> HAZARD_NOTES = List.of(
      "上报隐患：所选时段内上报的隐患（按上报时间，北京时间）。其余各列是这些隐患截至统计时刻的情况。",
      "已销号 / 未销号：隐患状态是否为“已销号”。",
      "其中逾期：未销号且已超过整改期限。",
      "升级督办：已升级到二级网格长、一级网格长督办，或已移交纪委问责。",
      "按期整改：在整改期限之前（含期限当时）销号；未按期整改：超过期限才销号，或至今逾期未销号。",
      "按期整改率 = 按期整改 ÷（按期整改 + 未按期整改）；仍在整改期限内的隐患不计入。");

  static final List<String> ROUND_NOTES = List.of(
      "应排查：截止日期在所选时段内的排查（截止在某日 24 时算作当日）。",
      "按时完成 / 逾期完成：按排查记录的状态；漏查：已督办、逾期未排查已关闭，或已过截止时间仍未完成。",
      "未到期：尚未到截止时间、也未完成的排查。",
      "按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 漏查）。");

  private List<Note> notes(Period period, Instant asOf, String area, String who, String table,
      List<String> definitions) {
    List<Note> notes = new ArrayList<>();
    notes.add(new Note("统计表", table));
    notes.add(new Note("时段", period.label() + "（" + period.from() + " 至 " + period.to() + "，北京时间）"));
    notes.add(new Note("统计时刻", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(asOf.atZone(clock.zone())) + "（北京时间；逾期、漏查按此时刻判断）"));
    notes.add(new Note("范围", (area == null ? "" : area + "；") + "导出人（" + who + "）有权查看的隐患和排查记录，"
        + "与台账页面所列一致"));
    for (String definition : definitions) {
      notes.add(new Note("口径", definition));
    }
    return notes;
  }
}
