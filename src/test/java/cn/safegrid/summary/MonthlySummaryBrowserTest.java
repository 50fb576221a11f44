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
