package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.summary.OfficialSheet.Column;
import cn.safegrid.system.TownClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The 《安全生产网格化管理情况月度汇总表》 as Excel workbooks in the table's printed layout: one per
 * grid or department (its row, the totals, its hazards by category, what it filed, the signatures),
 * and one for the town (the town sheet by area and kind of grid, a sheet per area with its villages,
 * one with the units, one with the departments).
 */
@Component
class SummaryWorkbook {

  static final String TITLE = "安全生产网格化管理情况月度汇总表";
  static final String NOTE = "注：数据由系统依据隐患台账、排查台账按北京时间自动统计；排查按截止时间、隐患按上报时间计入当月；"
      + "“月末未销号”“月末逾期未改”“挂牌督办”为月末时点数；事故、培训系统尚未登记，暂计 0。";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** The columns of the table: the first three name the row, the last says whether and when it was filed. */
  static final List<Column> COLUMNS = List.of(
      new Column("序号", null, 5),
      new Column("网格（单位）", null, 16),
      new Column("类型", null, 8),
      new Column("应排查（次）", "隐患排查", 7),
      new Column("按时完成", "隐患排查", 6),
      new Column("逾期完成", "隐患排查", 6),
      new Column("漏查", "隐患排查", 6),
      new Column("检查项目（项）", "隐患排查", 7),
      new Column("发现隐患", "隐患治理（处）", 6),
      new Column("一般隐患", "隐患治理（处）", 6),
      new Column("重大隐患", "隐患治理（处）", 6),
      new Column("已受理", "隐患治理（处）", 6),
      new Column("按期整改", "隐患治理（处）", 6),
      new Column("逾期整改", "隐患治理（处）", 6),
      new Column("已销号", "隐患治理（处）", 6),
      new Column("月末未销号", "隐患治理（处）", 6),
      new Column("月末逾期未改", "隐患治理（处）", 7),
      new Column("挂牌督办重大隐患", "隐患治理（处）", 7),
      new Column("二级网格长", "升级督办（次）", 6),
      new Column("一级网格长", "升级督办（次）", 6),
      new Column("移交纪委", "升级督办（次）", 6),
      new Column("事故（起）", null, 6),
      new Column("培训（次）", null, 6),
      new Column("填报情况", null, 13));

  private final Registry registry;
  private final TownClock clock;

  SummaryWorkbook(Registry registry, TownClock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** One grid's or department's summary. */
  byte[] grid(MonthlySummary summary) {
    RegistryIndex index = registry.current();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Map<String, CellStyle> styles = OfficialSheet.styles(workbook);
    ReportPeriod period = summary.period();
    OfficialSheet sheet = new OfficialSheet(workbook, styles, "月度汇总表", COLUMNS).title(TITLE)
        .info("填报单位：" + summary.getSubjectName() + "（" + summary.kindLabel() + belongsTo(index, summary) + "）",
            "期间：" + period.label() + "（" + period.span() + "）")
        .info("报送情况：" + filing(summary), "填报截止：" + clock.deadline(summary.getDueAt()) + "　数据截至："
            + (summary.getFiguresAt() == null ? "—" : clock.dayAndTime(summary.getFiguresAt())))
        .headers(COLUMNS);
    sheet.row(List.of("1", summary.getSubjectName(), summary.kindLabel()), numbers(summary.getFigures()),
        List.of(filingShort(summary)), false);
    sheet.row(List.of("合计", "", ""), numbers(summary.getFigures()), List.of(""), true);
    categories(sheet, summary.getCategories());
    sheet.blank().section("对统计数据的说明").text(summary.getFiguresRemarks())
        .section("本月网格工作情况").text(summary.getMonthWork())
        .section("需要上级网格协调解决的问题").text(summary.getHelpNeeded())
        .section("下月工作计划").text(summary.getNextPlan())
        .note(NOTE)
        .signatures(summary.getFiledByName(),
            summary.getDelegatedTo() != null ? SummaryPeople.filers(index, summary).names() : null,
            summary.getFiledAt() == null ? null : date(summary.getFiledAt()));
    return bytes(workbook);
  }

  /** The town's month: the town sheet, a sheet per area, the units, the departments. */
  byte[] town(String townName, ReportPeriod period, List<MonthlySummary> rows, TownSummary townSummary,
      MonthlyFigures.Counted town) {
    RegistryIndex index = registry.current();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Map<String, CellStyle> styles = OfficialSheet.styles(workbook);
    TownBreakdown breakdown = TownBreakdown.of(rows, index);
    long filed = rows.stream().filter(s -> s.getStatus().isFiled()).count();
    long late = rows.stream().filter(MonthlySummary::isFiledLate).count();
    List<Column> townColumns = new ArrayList<>(COLUMNS);
    townColumns.set(1, new Column("片／网格类型", null, 16));
    townColumns.set(2, new Column("网格数", null, 8));
    OfficialSheet sheet = new OfficialSheet(workbook, styles, "全镇汇总", townColumns).title(TITLE + "（全镇）")
        .info("填报单位：" + townName + "（领导小组办公室）", "期间：" + period.label() + "（" + period.span() + "）")
        .info("各网格、部门：应报 " + rows.size() + " 份，已报 " + filed + " 份（逾期 " + late + " 份），未报 "
            + (rows.size() - filed) + " 份", "全镇汇总：" + (townSummary == null ? "尚未开启" : townSummary.getStatus().label()))
        .headers(townColumns);
    List<TownBreakdown.Line> lines = new ArrayList<>(breakdown.byArea());
    breakdown.byKind().stream().filter(l -> !l.code().equals(cn.safegrid.grid.GridKind.VILLAGE.name())
        && !l.code().equals(SubjectKind.DEPARTMENT.name())).forEach(lines::add);
    MonthFigures sum = new MonthFigures();
    int n = 1;
    int gridCount = 0;
    int gridFiled = 0;
    for (TownBreakdown.Line line : lines) {
      boolean area = index.area(line.code()).isPresent() || line.name().equals("未分片");
      sheet.row(List.of(String.valueOf(n++), area ? line.name() + "（村）" : line.name(), String.valueOf(line.rows())),
          numbers(line.figures()), List.of("已报 " + line.filed() + "/" + line.rows()), false);
      sum = sum.plus(line.figures());
      gridCount += line.rows();
      gridFiled += line.filed();
    }
    sheet.row(List.of("合计", "各网格合计", String.valueOf(gridCount)), numbers(sum),
        List.of("已报 " + gridFiled + "/" + gridCount), true);
    sheet.row(List.of("", "全镇（按台账）", ""), numbers(town.figures()), List.of(""), true);
    categories(sheet, town.categories());
    sheet.blank().section("领导小组办公室审核意见")
        .text(townSummary == null ? null : townSummary.getReviewRemarks());
    if (townSummary != null && !townSummary.getAcknowledgements().isEmpty()) {
      StringBuilder acks = new StringBuilder();
      townSummary.getAcknowledgements().forEach(a -> acks.append(acks.length() == 0 ? "" : "\n").append(a.getName())
          .append("（").append(clock.dayAndTime(a.getAcknowledgedAt())).append(" 已知悉）")
          .append(a.getRemarks() == null ? "" : "：" + a.getRemarks()));
      sheet.section("一级网格长批示").text(acks.toString());
    }
    sheet.note(NOTE + "“全镇（按台账）”一行每处隐患、每次排查只计一次；部门牵头整改的村、单位隐患，在“部门”表中另计。").signatures(
        townSummary == null ? null : townSummary.getFiledByName(),
        townSummary == null ? null : String.join("、", townSummary.getAcknowledgements().stream()
            .map(TownAcknowledgement::getName).toList()),
        townSummary == null || townSummary.getFiledAt() == null ? null : date(townSummary.getFiledAt()));

    Map<String, List<MonthlySummary>> byArea = new LinkedHashMap<>();
    breakdown.byArea().forEach(line -> byArea.put(line.name(), line.summaries()));
    byArea.forEach((name, list) -> listSheet(workbook, styles, name, townName + " " + name + "村级网格", period, list));
    List<MonthlySummary> units = rows.stream().filter(s -> s.getSubjectKind() == SubjectKind.GRID
        && s.getGridKind() != cn.safegrid.grid.GridKind.VILLAGE).toList();
    listSheet(workbook, styles, "企事业单位", townName + " 企事业单位网格", period, units);
    List<MonthlySummary> departments = rows.stream().filter(s -> s.getSubjectKind() == SubjectKind.DEPARTMENT).toList();
    listSheet(workbook, styles, "部门", townName + " 镇属部门（部门牵头整改的隐患、所辖单位的排查）", period, departments);
    return bytes(workbook);
  }

  /** A sheet with one row per summary and a totals row. */
  private void listSheet(XSSFWorkbook workbook, Map<String, CellStyle> styles, String name, String unit, ReportPeriod period,
      List<MonthlySummary> list) {
    long filedCount = list.stream().filter(s -> s.getStatus().isFiled()).count();
    long lateCount = list.stream().filter(MonthlySummary::isFiledLate).count();
    OfficialSheet sheet = new OfficialSheet(workbook, styles, sheetName(name), COLUMNS).title(TITLE)
        .info("填报单位：" + unit, "期间：" + period.label() + "（" + period.span() + "）")
        .info("应报 " + list.size() + " 份，已报 " + filedCount + " 份（逾期 " + lateCount + " 份），未报 "
            + (list.size() - filedCount) + " 份", list.isEmpty() ? "" : "填报截止：" + clock.deadline(list.get(0).getDueAt()))
        .headers(COLUMNS);
    MonthFigures sum = new MonthFigures();
    int n = 1;
    int filed = 0;
    for (MonthlySummary s : list) {
      sheet.row(List.of(String.valueOf(n++), s.getSubjectName(), s.kindLabel()), numbers(s.getFigures()),
          List.of(filingShort(s)), false);
      sum = sum.plus(s.getFigures());
      filed += s.getStatus().isFiled() ? 1 : 0;
    }
    sheet.row(List.of("合计", list.size() + " 个", ""), numbers(sum), List.of("已报 " + filed + "/" + list.size()), true)
        .note(NOTE).signatures(null, null, null);
  }

  private static String sheetName(String name) {
    String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
    return cleaned.isEmpty() ? "片" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }

  private void categories(OfficialSheet sheet, List<CategoryCount> categories) {
    sheet.blank().section("本月发现的隐患按类别统计（处）")
        .spannedHeader("隐患类别", 3, List.of("一般隐患", "重大隐患", "合计"));
    int general = 0;
    int major = 0;
    for (CategoryCount c : categories) {
      sheet.spannedRow(c.getCategoryName(), 3, List.of(c.getGeneralCount(), c.getMajorCount(), c.total()), "name");
      general += c.getGeneralCount();
      major += c.getMajorCount();
    }
    sheet.spannedRow("合计", 3, List.of(general, major, general + major), "total");
  }

  static List<Integer> numbers(MonthFigures f) {
    return List.of(f.getRoundsDue(), f.getRoundsOnTime(), f.getRoundsLate(), f.getRoundsMissed(), f.getItemsChecked(),
        f.getHazardsFound(), f.getGeneralFound(), f.getMajorFound(), f.getAccepted(), f.getRectifiedOnTime(),
        f.getRectifiedLate(), f.getClosed(), f.getOpenAtEnd(), f.getOverdueAtEnd(), f.getMajorListed(),
        f.getEscalatedLevelTwo(), f.getEscalatedLevelOne(), f.getEscalatedDiscipline(), f.getAccidents(),
        f.getTrainings());
  }

  private String filing(MonthlySummary s) {
    return s.getStatus().label() + (s.getFiledAt() == null ? ""
        : "（" + clock.dayAndTime(s.getFiledAt()) + "，" + s.getFiledByName()
            + (s.getDelegatedToName() != null ? "受网格长委托代为填报" : "") + "）");
  }

  private String filingShort(MonthlySummary s) {
    return s.getFiledAt() == null ? s.getStatus().label() : s.getStatus().label() + " " + clock.dayAndTime(s.getFiledAt());
  }

  private String belongsTo(RegistryIndex index, MonthlySummary summary) {
    if (summary.getAreaCode() != null) {
      return "，" + index.area(summary.getAreaCode()).map(AreaRow::name).orElse(summary.getAreaCode());
    }
    if (summary.getSupervisingDepartment() != null) {
      return "，主管部门" + index.department(summary.getSupervisingDepartment()).map(d -> d.name())
          .orElse(summary.getSupervisingDepartment());
    }
    return "";
  }

  private String date(Instant at) {
    return DATE.format(at.atZone(clock.zone()));
  }

  static byte[] bytes(XSSFWorkbook workbook) {
    try (XSSFWorkbook closing = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      closing.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
