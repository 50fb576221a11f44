package cn.safegrid.inspection;

import static cn.safegrid.inspection.RoundAnswers.at;
import static cn.safegrid.inspection.RoundAnswers.round;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardRepository;
import cn.safegrid.support.Browser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inspection ledger pages (/ledger/inspections.html, /ledger/inspection.html) in a real browser,
 * logged in through Tasklist. Three weeks of March 2030 of their own (rounds are unique per grid,
 * week and round; the other inspection tests use 2027 to 2029): 小岗村's round of week 10 done with
 * a finding, week 11 missed and supervised, week 12 open; the browser looks on Wednesday of week 12.
 */
@SafeGridTest
class InspectionLedgerPageTest {

  static final Instant WEEK_10 = at(2030, 3, 4, 6);
  static final Instant WEEK_11 = at(2030, 3, 11, 6);
  static final Instant WEEK_12 = at(2030, 3, 18, 6);
  static final Instant NOW = at(2030, 3, 20, 9);

  @RegisterExtension Browser browser = new Browser();
  @Autowired InspectionScheduler scheduler;
  @Autowired InspectionRepository inspections;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HazardRepository hazards;

  /** The three rounds of 小岗村 and the open one of 大庄村, opened once for the class's tests. */
  static Inspection done;
  static Inspection missed;
  static Inspection open;
  static Inspection otherVillage;

  @BeforeEach
  void rounds() {
    if (done == null) {
      done = round(openAt(WEEK_10), "village-xiaogang");
      driver.clockAt(at(2030, 3, 5, 10));
      var answers = RoundAnswers.allPassed(runtime, done.getProcessInstanceId());
      answers.set("fireWater", "result", "hazard");
      answers.set("fireWater", "remark", "村东消防栓冻裂，无法出水");
      answers.set("transport", "result", "na");
      answers.put(InspectionVariables.KEY_PLACES,
          RoundAnswers.keyPlacesAnswered(runtime, done.getProcessInstanceId(), "passed"));
      driver.complete("dong.liyong", instance(done), InspectionProcess.INSPECT_VILLAGE, answers);
      done = inspections.findById(done.getId()).orElseThrow();
      // the finding's hazard is routed (its save point), as the job executor would do
      for (String number : InspectionView.hazardNumbers(done)) {
        String hazardProcess = hazards.findByNumber(number).orElseThrow().getProcessInstanceId();
        management.createJobQuery().processInstanceId(hazardProcess).executable().list()
            .forEach(job -> management.executeJob(job.getId()));
      }

      missed = round(openAt(WEEK_11), "village-xiaogang");
      driver.clockAt(at(2030, 3, 18, 0).plusSeconds(1));
      driver.runJobs(instance(missed));
      List<Inspection> week12 = openAt(WEEK_12);
      open = round(week12, "village-xiaogang");
      otherVillage = round(week12, "village-dazhuang");
      driver.clockAt(at(2030, 3, 19, 0).plusSeconds(2));
      driver.runJobs(instance(missed));
      missed = inspections.findById(missed.getId()).orElseThrow();
      assertThat(missed.getStatus()).isEqualTo(InspectionStatus.MISSED);
    }
    driver.clockAt(NOW);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void aVillagerSeesHisVillagesRoundsByWeekInChinese() {
    login("dong.liyong");
    browser.open("/ledger/inspections.html?gridCode=village-xiaogang&dueFrom=2030-03-01&dueTo=2030-03-31");
    String doneRow = row(done).getText();
    assertThat(doneRow).contains("小岗村", "东片", "村级日常隐患排查表", "2030-W10（3月4日—3月10日）", "2030年3月10日 24 时前",
        "按时完成", "2030-03-05 10:00", "董例勇", "1 项")
        .doesNotContain("village-xiaogang", "DONE");
    assertThat(row(missed).getText()).contains("漏查（已督办）", "2030-W11");
    assertThat(row(missed).getDomAttribute("class")).contains("overdue");
    assertThat(row(open).getText()).contains("待排查", "2030-W12", "2030年3月24日 24 时前");
    assertThat(browser.all(By.cssSelector("#rows tr[data-id='" + otherVillage.getId() + "']"))).isEmpty();
    assertThat(browser.all(By.cssSelector("select[name=gridCode] option"))).extracting(WebElement::getText)
        .containsExactly("全部网格", "小岗村");
    browser.shot("ledger-inspections");

    // a week as the filter: the address and the Excel link carry it
    WebElement week = browser.visible(By.name("week"));
    browser.script("arguments[0].value = '2030-W10';", week);
    new Select(browser.visible(By.name("withFindings"))).selectByVisibleText("发现隐患的");
    browser.click(browser.visible(By.id("search")));
    browser.until("the filtered list", d -> d.getCurrentUrl().contains("week=2030-W10"));
    row(done);
    assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(1);
    assertThat(browser.visible(By.id("excel")).getDomAttribute("href")).startsWith("/api/inspections/export.xlsx?")
        .contains("gridCode=village-xiaogang", "week=2030-W10", "withFindings=true");
    String answer = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
        + " done(r.status + ' ' + r.headers.get('content-type')); })",
        browser.visible(By.id("excel")).getDomAttribute("href"));
    assertThat(answer).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void theRoundShowsItsAnswersItemByItemAndLinksItsFindingToTheHazard() {
    login("dong.liyong");
    browser.open("/ledger/inspections.html?week=2030-W10");
    browser.click(row(done).findElement(By.linkText("小岗村")));
    browser.until("the round", d -> d.getCurrentUrl().contains("/ledger/inspection.html?id=" + done.getId()));
    browser.visible(By.id("content"));
    assertThat(browser.visible(By.id("title")).getText()).contains("小岗村 · 2030-W10 排查", "按时完成");
    assertThat(browser.visible(By.id("facts")).getText()).contains("东片", "村级日常隐患排查表", "董例勇",
        "2030-03-05 10:00", "2030年3月10日 24 时前");
    assertThat(browser.visible(By.id("steps")).getText()).contains("本次排查已完成");

    String items = browser.visible(By.id("items")).getText();
    assertThat(items).contains("消防水源", "发现隐患", "村东消防栓冻裂，无法出水", "合格", "不适用", "交通运输");
    String places = browser.visible(By.id("places")).getText();
    assertThat(places).contains("村粮库", "合格");
    String number = InspectionView.hazardNumbers(done).get(0);
    assertThat(browser.visible(By.id("findings")).getText()).contains(number, "消防水源");
    browser.shot("ledger-inspection-detail");

    // the finding became a hazard: its page names the round it came from, and links back
    browser.click(browser.visible(By.cssSelector("#findings a")));
    browser.until("the hazard", d -> d.getCurrentUrl().contains("/ledger/hazard.html?number=" + number));
    browser.visible(By.id("content"));
    WebElement source = browser.visible(By.linkText("小岗村 2030 年第 10 周第 1 次排查 · 消防水源"));
    assertThat(source.getDomAttribute("href")).isEqualTo("/ledger/inspections.html?gridCode=village-xiaogang&week=2030-W10");
    assertThat(browser.visible(By.id("steps")).getText()).contains("受理隐患", "小岗村网格（候选）");
  }

  @Test
  void aMissedRoundShowsWhoSupervisesItAndAnotherVillageSeesNeitherItNorItsRounds() {
    login("dong.liyong");
    browser.open("/ledger/inspection.html?id=" + missed.getId());
    browser.visible(By.id("content"));
    String steps = browser.visible(By.id("steps")).getText();
    assertThat(steps).contains("督办排查", "袁示军", "吴样丽", "村级隐患排查", "小岗村网格（候选）", "2030年3月17日 24 时前", "已超期");
    assertThat(browser.visible(By.id("items-box")).getText()).contains("本次排查尚未完成");

    browser.driver().manage().deleteAllCookies();
    login("chen.yangang");
    browser.open("/ledger/inspection.html?id=" + otherVillage.getId());
    assertThat(browser.visible(By.id("steps")).getText()).contains("村级隐患排查", "大庄村网格（候选）", "2030年3月24日 24 时前");
    browser.open("/ledger/inspection.html?id=" + missed.getId());
    assertThat(browser.visible(By.id("failure")).getText()).contains("不在您负责的范围内");
    browser.open("/ledger/inspections.html?dueFrom=2030-03-01&dueTo=2030-03-31");
    row(otherVillage);
    assertThat(browser.all(By.cssSelector("#rows tr[data-id='" + done.getId() + "']"))).isEmpty();
    assertThat(browser.text()).doesNotContain("小岗村");
  }

  @Test
  void onAPhoneTheLedgerAndTheRoundFitTheScreen() {
    login("dong.liyong");
    browser.phone();
    browser.open("/ledger/inspections.html?gridCode=village-xiaogang&dueFrom=2030-03-01&dueTo=2030-03-31");
    row(done);
    assertThat(noSidewaysScroll()).as("the list at 390 px").isTrue();
    browser.shot("ledger-phone-inspections");
    browser.open("/ledger/inspection.html?id=" + done.getId());
    browser.visible(By.id("items"));
    assertThat(noSidewaysScroll()).as("the round at 390 px").isTrue();
  }

  // --- helpers

  private List<Inspection> openAt(Instant instant) {
    driver.clockAt(instant);
    return scheduler.openDueRounds(instant);
  }

  private ProcessInstance instance(Inspection inspection) {
    return runtime.createProcessInstanceQuery().processInstanceId(inspection.getProcessInstanceId()).singleResult();
  }

  /** Logs in on Tasklist's own login page, as an officer does. */
  private void login(String user) {
    new Tasklist(browser).login(user);
  }

  private WebElement row(Inspection inspection) {
    return browser.visible(By.cssSelector("#rows tr[data-id='" + inspection.getId() + "']"));
  }

  private boolean noSidewaysScroll() {
    return browser.<Boolean>script("return document.documentElement.scrollWidth <= window.innerWidth;");
  }
}
