package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.summary.OfficialSheet.Column;
import cn.safegrid.system.TownClock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The 《事故隐患排查治理情况统计分析表》 (SAWS order 16 art. 14) as Excel workbooks: one per unit, one for
 * the town (the town's own table, then a sheet with every unit and the totals), with the principal
 * person in charge's signature line.
 */
@Component
class StatisticsWorkbook {

  static final String TITLE = "事故隐患排查治理情况统计分析表";
  static final String NOTE = "注：依据《安全生产事故隐患排查治理暂行规定》第十四条，季度表于下一季度 15 日前、年度表于下一年 1 月 31 日前报送，"
      + "由主要负责人签字。数据由系统依据隐患台账按北京时间自动统计：“已整改”指本期发现、期末前已销号；"
      + "“期末未销号”“其中逾期”为期末时点数；事故系统尚未登记，暂计 0。";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  static final List<Column> COLUMNS = List.of(
      new Column("序号", null, 5),
      new Column("单位", null, 18),
      new Column("排查数", "一般事故隐患（项）", 7),
      new Column("已整改数", "一般事故隐患（项）", 7),
      new Column("整改率", "一般事故隐患（项）", 8),
      new Column("排查数", "重大事故隐患（项）", 7),
      new Column("已整改销号数", "重大事故隐患（项）", 8),
      new Column("整改率", "重大事故隐患（项）", 8),
      new Column("未整改数", "重大事故隐患（项）", 7),
      new Column("列入治理计划", "未整改重大隐患的治理计划（项）", 8),
      new Column("落实治理目标任务", "未整改重大隐患的治理计划（项）", 8),
      new Column("落实经费物资", "未整改重大隐患的治理计划（项）", 8),
      new Column("落实机构人员", "未整改重大隐患的治理计划（项）", 8),
      new Column("落实治理时间", "未整改重大隐患的治理计划（项）", 8),
      new Column("落实安全措施", "未整改重大隐患的治理计划（项）", 8),
      new Column("期末未销号", null, 7),
      new Column("其中逾期", null, 7),
      new Column("本期逾期整改", null, 7),
      new Column("事故（起）", null, 6),
      new Column("签署情况", null, 14));

  private final Registry registry;
  private final TownClock clock;

  StatisticsWorkbook(Registry registry, TownClock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** One unit's (or the town's own) table. */
  byte[] one(HazardStatistics table) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    table(workbook, OfficialSheet.styles(workbook), "统计分析表", table);
    return SummaryWorkbook.bytes(workbook);
  }

  /** The town's table and every unit's, with totals. */
  byte[] town(String townName, ReportPeriod period, List<HazardStatistics> tables) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Map<String, CellStyle> styles = OfficialSheet.styles(workbook);
    tables.stream().filter(t -> t.getSubjectKind() == StatisticsSubject.Kind.TOWN).findFirst()
        .ifPresent(town -> table(workbook, styles, "全镇", town));
    List<HazardStatistics> units = tables.stream().filter(t -> t.getSubjectKind() == StatisticsSubject.Kind.UNIT).toList();
    RegistryIndex index = registry.current();
    OfficialSheet sheet = new OfficialSheet(workbook, styles, "各单位", COLUMNS).title(TITLE + "（各企事业单位）")
        .info("汇总单位：" + townName + "（领导小组办公室）", "期间：" + period.label() + "（" + period.span() + "）")
        .info("应签署 " + units.size() + " 份，已签署 " + units.stream().filter(t -> t.getStatus().isSigned()).count()
            + " 份（逾期 " + units.stream().filter(HazardStatistics::isSignedLate).count() + " 份）",
            units.isEmpty() ? "" : "报送截止：" + clock.deadline(units.get(0).getDueAt()))
        .headers(COLUMNS);
    StatisticsFigures sum = new StatisticsFigures();
    int n = 1;
    int signed = 0;
    for (HazardStatistics t : units) {
      sheet.row(List.of(String.valueOf(n++), t.getSubjectName()), numbers(t.getFigures()), List.of(signing(t)), false);
      sum = sum.plus(t.getFigures());
      signed += t.getStatus().isSigned() ? 1 : 0;
    }
    sheet.row(List.of("合计", units.size() + " 个单位"), numbers(sum), List.of("已签署 " + signed + "/" + units.size()), true)
        .note(NOTE).signatures(List.of("主要负责人（签字）：＿＿＿＿＿＿", "填报人：＿＿＿＿＿＿", "日期：＿＿＿＿＿＿"));
    return SummaryWorkbook.bytes(workbook);
  }

  private void table(XSSFWorkbook workbook, Map<String, CellStyle> styles, String name, HazardStatistics t) {
    ReportPeriod period = t.period();
    RegistryIndex index = registry.current();
    String unit = t.getSubjectName() + (t.getSupervisingDepartment() == null ? ""
        : "（主管部门：" + SummaryViews.nameOfDepartment(index, t.getSupervisingDepartment()) + "）");
    OfficialSheet sheet = new OfficialSheet(workbook, styles, name, COLUMNS).title(TITLE)
        .info("填报单位：" + unit, "期间：" + period.label() + "（" + period.span() + "）")
        .info("签署情况：" + signing(t), "报送截止：" + clock.deadline(t.getDueAt()) + "　数据截至："
            + (t.getFiguresAt() == null ? "—" : clock.dayAndTime(t.getFiguresAt())))
        .headers(COLUMNS);
    sheet.row(List.of("1", t.getSubjectName()), numbers(t.getFigures()), List.of(signing(t)), false);
    sheet.row(List.of("合计", ""), numbers(t.getFigures()), List.of(""), true);
    sheet.blank().section("本期发现的隐患按类别统计（项）")
        .spannedHeader("隐患类别", 2, List.of("一般隐患", "其中已整改", "重大隐患", "其中已整改"));
    int[] total = new int[4];
    for (StatisticsCategory c : t.getCategories()) {
      sheet.spannedRow(c.getCategoryName(), 2, List.of(c.getGeneralCount(), c.getGeneralRectified(), c.getMajorCount(),
          c.getMajorRectified()), "name");
      total[0] += c.getGeneralCount();
      total[1] += c.getGeneralRectified();
      total[2] += c.getMajorCount();
      total[3] += c.getMajorRectified();
    }
    sheet.spannedRow("合计", 2, List.of(total[0], total[1], total[2], total[3]), "total");
    sheet.blank().section("主要负责人签署意见").text(t.getSignatureRemarks()).note(NOTE)
        .signatures(List.of("主要负责人（签字）：" + (t.getSignedByName() == null ? "＿＿＿＿＿＿" : t.getSignedByName()),
            "填报人：＿＿＿＿＿＿",
            "日期：" + (t.getSignedAt() == null ? "＿＿＿＿＿＿" : DATE.format(t.getSignedAt().atZone(clock.zone())))));
  }

  static List<Number> numbers(StatisticsFigures f) {
    List<Number> numbers = new ArrayList<>();
    numbers.add(f.getGeneralFound());
    numbers.add(f.getGeneralRectified());
    numbers.add(f.generalRate());
    numbers.add(f.getMajorFound());
    numbers.add(f.getMajorRectified());
    numbers.add(f.majorRate());
    numbers.add(f.getMajorOpen());
    numbers.add(f.getMajorPlanned());
    numbers.add(f.getPlanGoal());
    numbers.add(f.getPlanFunds());
    numbers.add(f.getPlanPeople());
    numbers.add(f.getPlanTime());
    numbers.add(f.getPlanMeasures());
    numbers.add(f.getOpenAtEnd());
    numbers.add(f.getOverdueAtEnd());
    numbers.add(f.getRectifiedLate());
    numbers.add(f.getAccidents());
    return numbers;
  }

  private String signing(HazardStatistics t) {
    return t.getSignedAt() == null ? t.getStatus().label()
        : t.getStatus().label() + " " + clock.dayAndTime(t.getSignedAt()) + " " + t.getSignedByName();
  }
}
