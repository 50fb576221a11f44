package cn.safegrid.summary;

import static cn.safegrid.summary.MonthlySummaryProcessTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Browser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.time.Instant;
import java.time.YearMonth;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly summary in a real Chromium, as a grid leader files it in Tasklist: the figures the
 * system counted, shown as tables on the form, then his month's work and plan; and a leader who
 * names a deputy, who files in his stead. Each test uses a month of its own.
 */
@SafeGridTest
class MonthlySummaryBrowserTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @Autowired SummaryScheduler scheduler;
  @Autowired MonthlySummaryRepository summaries;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aVillageLeaderReviewsTheFiguresAndFilesTheSummary() throws Exception {
    MonthlySummary summary = opened("village-xiaogang", YearMonth.of(2038, 1), true);
    Tasklist tasklist = new Tasklist(browser).login("gao.shihua");
    tasklist.filter("本组待办");
    assertThat(tasklist.taskNames()).contains("填报月度汇总表 · 小岗村 · 2038年1月 · 2月5日 24 时前");
    tasklist.openTask("填报月度汇总表 · 小岗村 · 2038年1月").claim();
    // the figures are tables in the form, not fields: nothing of them is submitted
    String tables = browser.until("the figures' tables", d -> {
      var found = d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form table"));
      return found.size() >= 3 ? found.get(1).getText() : null;
    });
    assertThat(tables).contains("发现隐患").contains("一般").contains("月末未销号");
    assertThat(browser.text()).contains("填报单位：小岗村（村，东片）").contains("事故 0 起，培训 0 次");
    browser.script("document.querySelector('[cam-tasklist-task] .fjs-form h3').scrollIntoView({block: 'start'});");
    browser.shot("monthly-summary-figures");

    Tasklist.Form form = tasklist.taskForm();
    form.choose("填报方式", "本人填报")
        .type("本月网格工作情况", "召开网格工作例会 1 次；全村巡查 4 次；春节前消防安全宣传 2 场")
        .type("需要上级网格协调解决的问题", "村西消防水池需镇里协调水利站修复")
        .type("下月工作计划", "开展春季防火检查，清理柴草堆放");
    browser.shot("monthly-summary-form");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("本事项已办结");

    MonthlySummary filed = summaries.findById(summary.getId()).orElseThrow();
    assertThat(filed.getStatus()).isEqualTo(SummaryStatus.FILED);
    assertThat(filed.getFiledBy()).isEqualTo("gao.shihua");
    assertThat(filed.getHelpNeeded()).isEqualTo("村西消防水池需镇里协调水利站修复");
    assertThat(filed.getNextPlan()).isEqualTo("开展春季防火检查，清理柴草堆放");
    var workbook = new cn.safegrid.support.Http(port).getBytes("/api/summaries/" + filed.getId() + "/export.xlsx",
        cn.safegrid.support.Http.basic("gao.shihua", "demo"));
    assertThat(workbook.getStatusCode().value()).isEqualTo(200);
    ReportSamples.keep("monthly-summary-village.xlsx", workbook.getBody());
  }

  @Test
  void aLeaderNamesADeputyWhoFilesInHisStead() {
    MonthlySummary summary = opened("village-xiaogang", YearMonth.of(2038, 2), false);
    Tasklist tasklist = new Tasklist(browser).login("gao.shihua");
    tasklist.filter("本组待办").openTask("填报月度汇总表 · 小岗村 · 2038年2月").claim();
    Tasklist.Form form = tasklist.taskForm();
    form.choose("填报方式", "交副网格长代为填报");
    assertThat(form.openOptions("代为填报的副网格长")).containsExactly("林样军（副网格长）", "曾例勇（副网格长）");
    form.select("代为填报的副网格长", "林样军（副网格长）");
    browser.shot("monthly-summary-delegate");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("林样军").contains("代为填报月度汇总表");

    tasklist = new Tasklist(browser).login("lin.yangjun");
    tasklist.filter("本组待办").openTask("代为填报月度汇总表 · 小岗村 · 2038年2月").claim();
    tasklist.taskForm().type("本月网格工作情况", "受网格长委托填报：巡查 4 次").type("下月工作计划", "汛前检查");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("本事项已办结");
    MonthlySummary filed = summaries.findById(summary.getId()).orElseThrow();
    assertThat(filed.getStatus()).isEqualTo(SummaryStatus.FILED);
    assertThat(filed.getDelegatedToName()).isEqualTo("林样军");
    assertThat(filed.getFiledByName()).isEqualTo("林样军");
  }

  @Autowired MonthlySummaryRepository monthly;
  @Autowired TownSummaryRepository towns;
  @Autowired HazardStatisticsRepository statistics;

  @Test
  void theSupervisionTheSignatureTheTownReviewAndTheAcknowledgementAreFiledInTasklist() {
    // 大庄村 files late: 西片片长 蒋演海 supervises
    MonthlySummary late = opened("village-dazhuang", YearMonth.of(2038, 3), false);
    try {
      var instance = runtime.createProcessInstanceQuery().processInstanceId(late.getProcessInstanceId()).singleResult();
      driver.clockAt(at(2038, 4, 6, 1));
      driver.runJobs(instance);
      driver.clockAt(at(2038, 4, 8, 2));
      driver.runJobs(instance);
    } finally {
      driver.resetClock();
    }
    Tasklist tasklist = new Tasklist(browser).login("jiang.yanhai");
    tasklist.filter("下级网格督办").openTask("督办月度汇总填报 · 大庄村 · 2038年3月").claim();
    tasklist.taskForm().type("督办意见", "电话督促村支书，4月10日前报送");
    tasklist.complete();
    tasklist.noticeContaining("已提交");
    assertThat(monthly.findById(late.getId()).orElseThrow().getSupervisionRemarks()).isEqualTo("电话督促村支书，4月10日前报送");

    // 别山镇中心小学's principal signs the first quarter's statistics
    HazardStatistics table;
    try {
      Instant first = at(2038, 4, 1, 6);
      driver.clockAt(first);
      table = scheduler.open(scheduler.statisticsSubject(StatisticsSubject.Kind.UNIT, "school-bieshan-central").orElseThrow(),
          ReportPeriod.quarter(2038, 1), first).orElseThrow();
      driver.runJobs(runtime.createProcessInstanceQuery().processInstanceId(table.getProcessInstanceId()).singleResult());
    } finally {
      driver.resetClock();
    }
    tasklist = new Tasklist(browser).login("gao.shili");
    tasklist.filter("本组待办").openTask("签署隐患统计分析表 · 别山镇中心小学 · 2038年第一季度").claim();
    assertThat(browser.text()).contains("事故隐患排查治理情况统计分析表").contains("一般隐患");
    tasklist.taskForm().check("本人为主要负责人，已审阅上表，确认签署").type("签署意见", "同意报送");
    browser.shot("hazard-statistics-sign");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("本事项已办结");
    assertThat(statistics.findById(table.getId()).orElseThrow().getStatus()).isEqualTo(StatisticsStatus.SIGNED);

    // the office reviews March's town summary and files it; 张示例 acknowledges it
    TownSummary town;
    try {
      Instant sixth = at(2038, 4, 6, 6);
      driver.clockAt(sixth);
      town = scheduler.openTown(ReportPeriod.month(YearMonth.of(2038, 3)), sixth).get(0);
      driver.runJobs(runtime.createProcessInstanceQuery().processInstanceId(town.getProcessInstanceId()).singleResult());
    } finally {
      driver.resetClock();
    }
    tasklist = new Tasklist(browser).login("wang.celi");
    tasklist.filter("本组待办").openTask("审核报送全镇月度汇总 · 别山镇 · 2038年3月").claim();
    assertThat(browser.text()).contains("按片（村级网格）").contains("按网格类型");
    browser.script("document.querySelector('[cam-tasklist-task] .fjs-form h2').scrollIntoView({block: 'start'});");
    browser.shot("town-summary-review");
    tasklist.taskForm().type("审核意见", "3月全镇网格运行平稳；大庄村逾期未报，已由片长督办");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("张示例").contains("许样华");
    tasklist = new Tasklist(browser).login("zhang.shili");
    tasklist.filter("我的待办").openTask("知悉全镇月度汇总 · 别山镇 · 2038年3月");
    tasklist.taskForm().type("批示意见", "抓好逾期隐患整改");
    tasklist.complete();
    tasklist.noticeContaining("已提交");
    TownSummary filed = towns.findById(town.getId()).orElseThrow();
    assertThat(filed.getStatus()).isEqualTo(TownSummaryStatus.FILED);
    assertThat(filed.getAcknowledgements()).extracting(TownAcknowledgement::getRemarks).containsExactly("抓好逾期隐患整改");
  }

  /** The grid's summary of the month, opened on the 1st and counted, with a hazard of the month in the ledger. */
  private MonthlySummary opened(String grid, YearMonth month, boolean withHazard) {
    try {
      if (withHazard) {
        driver.clockAt(month.atDay(10).atTime(9, 0).atZone(MonthlySummaryProcessTest.TOWN).toInstant());
        driver.report("dong.liyong", grid, "fire", "general", "村西消防水池", "消防水池干涸，取水口堵塞");
      }
      Instant first = at(month.plusMonths(1).getYear(), month.plusMonths(1).getMonthValue(), 1, 6);
      driver.clockAt(first);
      MonthlySummary summary = scheduler.open(scheduler.subject(SubjectKind.GRID, grid).orElseThrow(),
          ReportPeriod.month(month), first).orElseThrow();
      driver.runJobs(runtime.createProcessInstanceQuery().processInstanceId(summary.getProcessInstanceId()).singleResult());
      return summary;
    } finally {
      driver.resetClock();
    }
  }
}
