package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.TownClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the forms show of a summary or statistics table: markdown (form-js text, GitHub tables) the
 * service steps write into {@code summaryFacts}, {@code townSummaryFacts} and {@code statisticsFacts}.
 * The figures are the ledger's; the forms only show them.
 */
@Component
class SummaryFacts {

  static final String NOT_RECORDED = "系统尚未登记事故和培训，暂计 0 起、0 次；建成事故报告和培训记录后自动统计";

  private final Registry registry;
  private final TownClock clock;
  private final MonthlySummaryRepository summaries;

  SummaryFacts(Registry registry, TownClock clock, MonthlySummaryRepository summaries) {
    this.registry = registry;
    this.clock = clock;
    this.summaries = summaries;
  }

  String of(MonthlySummary summary) {
    RegistryIndex index = registry.current();
    ReportPeriod period = summary.period();
    StringBuilder md = new StringBuilder();
    md.append("**填报单位**：").append(summary.getSubjectName()).append("（").append(summary.kindLabel())
        .append(belongsTo(index, summary)).append("）　**期间**：").append(period.label()).append("（")
        .append(period.span()).append("）　**填报截止**：").append(clock.deadline(summary.getDueAt())).append("\n\n");
    appendFigures(md, summary.getFigures(), summary.getCategories());
    md.append("\n\n数据截至 ").append(summary.getFiguresAt() == null ? "—" : clock.dayAndTime(summary.getFiguresAt()))
        .append("，由系统依据隐患台账和排查台账自动统计（按北京时间划分月份）。");
    md.append(summary.getSubjectKind() == SubjectKind.GRID
        ? "[查看本网格本月上报的隐患](/ledger/hazards.html?gridCode=" + enc(summary.getSubjectCode())
        : "[查看本部门牵头的本月隐患](/ledger/hazards.html?department=" + enc(summary.getSubjectCode()));
    md.append("&reportedFrom=").append(period.start()).append("&reportedTo=").append(period.end().minusDays(1))
        .append(")");
    return md.toString();
  }

  static void appendFigures(StringBuilder md, MonthFigures f, List<CategoryCount> categories) {
    md.append("#### 一、隐患排查\n\n")
        .append("| 应排查（次） | 按时完成 | 逾期完成 | 未完成（漏查） | 其中加密排查 | 检查项目（项） |\n")
        .append("|---|---|---|---|---|---|\n")
        .append(row(f.getRoundsDue(), f.getRoundsOnTime(), f.getRoundsLate(), f.getRoundsMissed(), f.getExtraRounds(),
            f.getItemsChecked()))
        .append("\n#### 二、隐患治理\n\n")
        .append("| 发现隐患 | 一般 | 重大 | 已受理 | 按期整改 | 逾期整改 | 已销号 | 月末未销号 | 月末逾期未改 | 挂牌督办的重大隐患 |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n")
        .append(row(f.getHazardsFound(), f.getGeneralFound(), f.getMajorFound(), f.getAccepted(), f.getRectifiedOnTime(),
            f.getRectifiedLate(), f.getClosed(), f.getOpenAtEnd(), f.getOverdueAtEnd(), f.getMajorListed()))
        .append("\n| 升级二级网格长督办 | 升级一级网格长督办 | 移交纪委问责 |\n|---|---|---|\n")
        .append(row(f.getEscalatedLevelTwo(), f.getEscalatedLevelOne(), f.getEscalatedDiscipline()));
    if (!categories.isEmpty()) {
      md.append("\n**本月发现的隐患按类别**\n\n| 隐患类别 | 一般隐患 | 重大隐患 |\n|---|---|---|\n");
      categories.forEach(c -> md.append("| ").append(cell(c.getCategoryName())).append(" | ").append(c.getGeneralCount())
          .append(" | ").append(c.getMajorCount()).append(" |\n"));
    }
    md.append("\n#### 三、事故和培训\n\n事故 ").append(f.getAccidents()).append(" 起，培训 ").append(f.getTrainings())
        .append(" 次（").append(NOT_RECORDED).append("）。");
  }

  String ofTown(TownSummary town) {
    ReportPeriod period = town.period();
    List<MonthlySummary> rows = summaries.findByTownCodeAndPeriodStart(town.getTownCode(), town.getPeriodStart());
    long filed = rows.stream().filter(s -> s.getStatus().isFiled()).count();
    long late = rows.stream().filter(MonthlySummary::isFiledLate).count();
    StringBuilder md = new StringBuilder();
    md.append("**单位**：").append(town.getTownName()).append("　**期间**：").append(period.label()).append("（")
        .append(period.span()).append("）　**报送截止**：").append(clock.deadline(town.getDueAt())).append("\n\n")
        .append("**各网格、部门填报情况**：应报 ").append(rows.size()).append(" 份，已报 ").append(filed)
        .append(" 份（其中逾期报送 ").append(late).append(" 份），未报 ").append(rows.size() - filed).append(" 份。");
    List<String> missing = rows.stream().filter(s -> !s.getStatus().isFiled()).map(MonthlySummary::getSubjectName).toList();
    if (!missing.isEmpty()) {
      md.append("未报：").append(String.join("、", missing.subList(0, Math.min(missing.size(), 30))))
          .append(missing.size() > 30 ? " 等" : "").append("。");
    }
    md.append("[下载全镇月度汇总表（Excel，每片一个工作表）](/api/summaries/town/export.xlsx?month=").append(period.code())
        .append(")\n\n");
    md.append("### 全镇合计\n\n");
    appendFigures(md, town.getFigures(), town.getCategories());
    TownBreakdown breakdown = TownBreakdown.of(rows, registry.current());
    md.append("\n\n### 按片（村级网格）\n\n");
    breakdownTable(md, breakdown.byArea());
    md.append("\n### 按部门（部门牵头的隐患、所辖单位的排查）\n\n");
    breakdownTable(md, breakdown.byDepartment());
    md.append("\n### 按网格类型\n\n");
    breakdownTable(md, breakdown.byKind());
    md.append("\n全镇合计按台账直接统计，每处隐患、每次排查只计一次；村的隐患由部门牵头整改时，在“按片”和“按部门”中各计一次。");
    return md.toString();
  }

  private static void breakdownTable(StringBuilder md, List<TownBreakdown.Line> lines) {
    md.append("| | 应报/已报 | 应排查 | 按时完成 | 漏查 | 发现隐患 | 重大 | 已销号 | 月末未销号 | 逾期未改 | 升级督办 |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (TownBreakdown.Line line : lines) {
      MonthFigures f = line.figures();
      md.append("| ").append(cell(line.name())).append(" | ").append(line.rows()).append("/").append(line.filed())
          .append(" |").append(row(f.getRoundsDue(), f.getRoundsOnTime(), f.getRoundsMissed(), f.getHazardsFound(),
              f.getMajorFound(), f.getClosed(), f.getOpenAtEnd(), f.getOverdueAtEnd(),
              f.getEscalatedLevelTwo() + f.getEscalatedLevelOne() + f.getEscalatedDiscipline()).substring(1));
    }
  }

  String ofStatistics(HazardStatistics table) {
    ReportPeriod period = table.period();
    StatisticsFigures f = table.getFigures();
    StringBuilder md = new StringBuilder();
    md.append("**单位**：").append(table.getSubjectName()).append("　**期间**：").append(period.label()).append("（")
        .append(period.span()).append("）　**签署报送截止**：").append(clock.deadline(table.getDueAt())).append("\n\n")
        .append("| | 排查发现（项） | 已整改销号 | 整改率 |\n|---|---|---|---|\n")
        .append("| 一般隐患 | ").append(f.getGeneralFound()).append(" | ").append(f.getGeneralRectified()).append(" | ")
        .append(percent(f.generalRate())).append(" |\n")
        .append("| 重大隐患 | ").append(f.getMajorFound()).append(" | ").append(f.getMajorRectified()).append(" | ")
        .append(percent(f.majorRate())).append(" |\n\n")
        .append("**未整改的重大隐患** ").append(f.getMajorOpen()).append(" 项，其中列入治理计划 ").append(f.getMajorPlanned())
        .append(" 项：落实治理目标任务 ").append(f.getPlanGoal()).append(" 项、经费物资 ").append(f.getPlanFunds())
        .append(" 项、机构人员 ").append(f.getPlanPeople()).append(" 项、治理时间 ").append(f.getPlanTime())
        .append(" 项、安全措施 ").append(f.getPlanMeasures()).append(" 项。\n\n")
        .append("期末未销号隐患 ").append(f.getOpenAtEnd()).append(" 项（其中逾期未改 ").append(f.getOverdueAtEnd())
        .append(" 项）；本期逾期整改 ").append(f.getRectifiedLate()).append(" 项；生产安全事故 ").append(f.getAccidents())
        .append(" 起（系统尚未登记事故，暂计 0）。\n\n");
    if (!table.getCategories().isEmpty()) {
      md.append("| 隐患类别 | 一般隐患 | 其中已整改 | 重大隐患 | 其中已整改 |\n|---|---|---|---|---|\n");
      table.getCategories().forEach(c -> md.append("| ").append(cell(c.getCategoryName())).append(" | ")
          .append(c.getGeneralCount()).append(" | ").append(c.getGeneralRectified()).append(" | ")
          .append(c.getMajorCount()).append(" | ").append(c.getMajorRectified()).append(" |\n"));
    }
    md.append("\n数据截至 ").append(table.getFiguresAt() == null ? "—" : clock.dayAndTime(table.getFiguresAt()))
        .append("，由系统依据隐患台账自动统计。依《安全生产事故隐患排查治理暂行规定》第十四条，统计分析表由主要负责人签字后报送。");
    return md.toString();
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

  static String percent(Double rate) {
    return rate == null ? "—" : (rate == Math.floor(rate) ? String.valueOf(rate.intValue()) : String.valueOf(rate)) + "%";
  }

  private static String row(int... values) {
    StringBuilder line = new StringBuilder("|");
    for (int value : values) {
      line.append(" ").append(value).append(" |");
    }
    return line.append("\n").toString();
  }

  /** A registry or ledger name in a table cell: no pipes, no markup. */
  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "｜").replaceAll("[*_`\\[\\]<>#]", " ");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
