package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Browser;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hazard ledger pages (/ledger/hazards.html, /ledger/hazard.html) in a real browser, logged in
 * through Tasklist's login page as the officers of the README: what a villager notices — his
 * village's hazards with Chinese names and Beijing times, never another village's — the detail's
 * trail, current step and photos, the Excel link, a phone's width, and the messages without a login
 * or for a hazard he may not see.
 */
@SafeGridTest
class HazardLedgerPageTest {

  static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  @RegisterExtension Browser browser = new Browser();
  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void aVillagerSeesHisVillagesHazardsInChineseAndNotAnotherVillages() throws Exception {
    String tag = tag();
    // a hazard of 小岗村 reported ten days ago and not rectified in time, one of today, one of 大庄村
    driver.clockAt(Instant.now().minus(Duration.ofDays(10)));
    ProcessInstance late = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村养老院锅炉房", "锅炉压力表超过检定有效期，仍在使用（记录 " + tag + "）");
    accept(late);
    driver.resetClock();
    ProcessInstance fresh = driver.report("dong.liyong", "village-xiaogang", "fire-lane", "general",
        "小岗村村委会后院", "消防通道被柴草堵塞（记录 " + tag + "）");
    ProcessInstance major = driver.report("dong.liyong", "village-xiaogang", "hazardous-chemicals", "major",
        "小岗村液化气瓶存放点", "液化气瓶露天堆放，无防晒和防倾倒措施（记录 " + tag + "）");
    ProcessInstance closed = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村农贸市场", "电梯年检标志过期（记录 " + tag + "）");
    accept(closed);
    driver.complete("huang.shimin", closed, HazardProcess.RECTIFY, vars("rectificationResult", "已完成年检并张贴标志"));
    driver.complete("gao.shihua", closed, HazardProcess.VERIFY, vars("verification", "pass", "verificationOpinion",
        "现场复查合格"));
    ProcessInstance other = driver.report("chen.yangang", "village-dazhuang", "electrical", "general",
        "大庄村委会旁", "电线私拉乱接（记录 " + tag + "）");
    Hazard lateHazard = hazard(late);
    Hazard freshHazard = hazard(fresh);
    Hazard otherHazard = hazard(other);
    assertThat(lateHazard.isOverdue(Instant.now())).isTrue();

    login("dong.liyong");
    browser.open("/ledger/hazards.html?q=" + tag);
    assertThat(row(hazard(major).getNumber()).getText()).contains("危化品", "重大隐患", "挂牌督办");
    assertThat(row(hazard(closed).getNumber()).getText()).contains("已销号").doesNotContain("已逾期");
    WebElement lateRow = row(lateHazard.getNumber());
    String lateText = lateRow.getText();
    assertThat(lateText).contains("小岗村", "东片", "特种设备", "小岗村养老院锅炉房", "市场监管所", "整改中", "已逾期", "董例勇")
        .contains(BEIJING.format(lateHazard.getReportedAt()))
        .doesNotContain("village-xiaogang", "special-equipment", "market-regulation", "RECTIFYING");
    assertThat(lateRow.getDomAttribute("class")).contains("overdue");
    assertThat(row(freshHazard.getNumber()).getText()).contains("消防通道", "小岗村网格", "协办：消防队", "已分办")
        .doesNotContain("已逾期");
    assertThat(browser.text()).doesNotContain(otherHazard.getNumber()).contains("当前用户：董例勇", "隐患台账", "排查台账",
        "返回任务列表");
    assertThat(browser.all(By.linkText("返回任务列表")).get(0).getDomAttribute("href")).isEqualTo("/camunda/app/tasklist/");
    browser.shot("ledger-hazards");

    // filters: 小岗村, 特种设备, 已逾期 — the list, the address and the Excel link carry them
    new Select(browser.visible(By.name("gridCode"))).selectByVisibleText("小岗村");
    new Select(browser.visible(By.name("category"))).selectByVisibleText("特种设备");
    new Select(browser.visible(By.name("overdue"))).selectByVisibleText("已逾期");
    browser.click(browser.visible(By.id("search")));
    browser.until("the filtered list", d -> d.getCurrentUrl().contains("overdue=true"));
    row(lateHazard.getNumber());
    assertThat(browser.all(By.cssSelector("#rows tr[data-number='" + freshHazard.getNumber() + "']"))).isEmpty();
    assertThat(browser.all(By.cssSelector("#rows tr"))).allSatisfy(r -> assertThat(r.getText()).contains("已逾期", "特种设备"));
    String excel = browser.visible(By.id("excel")).getDomAttribute("href");
    assertThat(excel).startsWith("/api/hazards/export.xlsx?")
        .contains("gridCode=village-xiaogang", "category=special-equipment", "overdue=true");
    String answer = asyncScript("fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
        + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')); })", excel);
    assertThat(answer).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contains("attachment", ".xlsx");

    // the other village's officer: his own hazard, not 小岗村's; 小岗村's detail is a Chinese 404
    browser.driver().manage().deleteAllCookies();
    login("chen.yangang");
    browser.open("/ledger/hazards.html?q=" + tag);
    row(otherHazard.getNumber());
    assertThat(browser.text()).contains("大庄村", "用电安全", "陈演刚").doesNotContain(lateHazard.getNumber(),
        freshHazard.getNumber());
    assertThat(browser.all(By.cssSelector("select[name=gridCode] option"))).extracting(WebElement::getText)
        .contains("大庄村").doesNotContain("小岗村");
    browser.open("/ledger/hazard.html?number=" + lateHazard.getNumber());
    WebElement failure = browser.visible(By.id("failure"));
    assertThat(failure.getText()).contains("不在您负责的范围内").doesNotContain("Exception");
    assertThat(browser.all(By.id("loading")).get(0).isDisplayed()).isFalse();
    assertThat(browser.all(By.id("content")).get(0).isDisplayed()).isFalse();
  }

  @Test
  void theDetailShowsTheFactsTheTrailTheCurrentStepAndThePhotos() throws Exception {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村养老院锅炉房", "锅炉压力表超过检定有效期，仍在使用（记录 " + tag() + "）");
    accept(pi);
    Hazard hazard = hazard(pi);
    var photo = new Http(port).postFile("/api/hazards/" + hazard.getNumber() + "/photos?stage=REPORT",
        Http.basic("dong.liyong", "demo"), "file", "现场.png", picture());
    assertThat(photo.getStatusCode().value()).isEqualTo(201);

    login("dong.liyong");
    browser.open("/ledger/hazards.html?q=" + hazard.getNumber());
    browser.click(row(hazard.getNumber()).findElement(By.linkText(hazard.getNumber())));
    browser.until("the detail", d -> d.getCurrentUrl().contains("/ledger/hazard.html?number=" + hazard.getNumber()));
    WebElement content = browser.visible(By.id("content"));

    String facts = browser.visible(By.id("facts")).getText();
    assertThat(facts).contains("小岗村（东片）", "特种设备", "一般隐患", "小岗村养老院锅炉房", "董例勇", "市场监管所",
        BEIJING.format(hazard.getReportedAt()));
    String rectification = browser.visible(By.id("rectification")).getText();
    assertThat(rectification).contains("整改中", "小岗村养老院", "周示例", "停用送检，更换压力表")
        .contains(dueText(hazard.getRectificationDue()));

    // the trail: who, when, what — names, never logins
    String trail = browser.visible(By.id("trail")).getText();
    assertThat(trail).contains("董例勇 上报隐患", "系统 分办", "黄示敏 受理并明确整改责任", "董例勇 上传照片", "已分办 → 已受理")
        .doesNotContain("dong.liyong", "huang.shimin");
    // where it stands: 整改隐患, waiting for the market regulator's office, with its deadline
    String step = browser.visible(By.id("steps")).getText();
    assertThat(step).contains("整改隐患", "待认领", "市场监管所（候选）", dueText(hazard.getRectificationDue()))
        .doesNotContain(hazard.getNumber(), "dept-");
    assertThat(browser.all(By.linkText("在任务列表中打开"))).as("not his task to open").isEmpty();

    // the photo as a thumbnail, loaded with the session; the photo page for uploads
    WebElement thumbnail = browser.visible(By.cssSelector("#photos img"));
    browser.until("the thumbnail loads", d -> browser.<Boolean>script(
        "return arguments[0].complete && arguments[0].naturalWidth > 0;", thumbnail));
    assertThat(browser.visible(By.cssSelector("#photos figcaption")).getText()).contains("上报时", "董例勇");
    assertThat(browser.visible(By.linkText("查看或上传照片")).getDomAttribute("href"))
        .isEqualTo("/hazard-photos.html?number=" + hazard.getNumber());
    assertThat(content.isDisplayed()).isTrue();
    browser.shot("ledger-hazard-detail");

    // the officer who holds the step opens it in Tasklist from here
    browser.driver().manage().deleteAllCookies();
    login("huang.shimin");
    browser.open("/ledger/hazard.html?number=" + hazard.getNumber());
    String taskId = driver.task(pi, HazardProcess.RECTIFY).getId();
    assertThat(browser.visible(By.linkText("在任务列表中打开")).getDomAttribute("href"))
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  @Test
  void onAPhoneNothingScrollsSidewaysAndTheListTurnsIntoCards() throws Exception {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "fire-lane", "general",
        "小岗村村委会后院" + "东侧".repeat(20), "消防通道被柴草堵塞，" + "车辆无法通行，".repeat(10) + "（记录 " + tag() + "）");
    Hazard hazard = hazard(pi);
    login("dong.liyong");
    browser.phone();
    browser.open("/ledger/hazards.html?q=" + hazard.getNumber());
    WebElement card = row(hazard.getNumber());
    assertThat(noSidewaysScroll()).as("the list at 390 px").isTrue();
    assertThat(browser.<Boolean>script("return getComputedStyle(arguments[0]).display === 'block';", card))
        .as("rows are cards").isTrue();
    WebElement filters = browser.visible(By.cssSelector("#filter-panel summary"));
    assertThat(filters.getText()).as("folded, saying what is set").isEqualTo("筛选条件（已设 1 项）");
    assertThat(browser.all(By.name("gridCode")).get(0).isDisplayed()).isFalse();
    browser.shot("ledger-phone");

    browser.click(filters);
    browser.visible(By.name("gridCode"));
    assertThat(noSidewaysScroll()).as("the open filters at 390 px").isTrue();

    browser.open("/ledger/hazard.html?number=" + hazard.getNumber());
    browser.visible(By.id("content"));
    assertThat(browser.visible(By.id("steps")).getText()).contains("受理隐患", "小岗村网格（候选）");
    assertThat(noSidewaysScroll()).as("the detail at 390 px").isTrue();
    browser.shot("ledger-phone-detail");
  }

  @Test
  void withoutALoginThePageSaysSoInChineseAndLinksToTheLogin() {
    browser.open("/ledger/hazards.html");
    WebElement failure = browser.visible(By.id("failure"));
    assertThat(failure.getText()).contains("您还没有登录", "任务列表").doesNotContain("Authentication", "401");
    assertThat(failure.findElement(By.id("login-link")).getDomAttribute("href")).isEqualTo("/camunda/app/tasklist/");
    assertThat(browser.all(By.cssSelector("#rows tr"))).isEmpty();
    browser.shot("ledger-login");
    browser.open("/ledger/hazard.html?number=BS-2026-000001");
    assertThat(browser.visible(By.id("failure")).getText()).contains("您还没有登录");
  }

  // --- helpers

  /** Logs in on Tasklist's own login page, as an officer does. */
  private void login(String user) {
    new Tasklist(browser).login(user);
  }

  private WebElement row(String number) {
    return browser.visible(By.cssSelector("#rows tr[data-number='" + number + "']"));
  }

  private boolean noSidewaysScroll() {
    return browser.<Boolean>script("return document.documentElement.scrollWidth <= window.innerWidth;");
  }

  private String asyncScript(String body, Object argument) {
    return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];" + body, argument);
  }

  private void accept(ProcessInstance pi) {
    driver.complete("huang.shimin", pi, HazardProcess.ACCEPT, vars("acceptance", "accept", "responsibleUnit",
        "小岗村养老院", "responsiblePerson", "周示例", "responsiblePhone", "13900009999", "measures", "停用送检，更换压力表"));
  }

  private Hazard hazard(ProcessInstance pi) {
    return hazards.findByNumber(pi.getBusinessKey()).orElseThrow();
  }

  /** A deadline as the pages write it, in the words of the task names: midnight is the day before, 24 时. */
  static String dueText(Instant due) {
    var local = due.atZone(ZoneId.of("Asia/Shanghai"));
    if (local.getHour() == 0 && local.getMinute() == 0) {
      return DateTimeFormatter.ofPattern("yyyy年M月d日").format(local.minusDays(1)) + " 24 时前";
    }
    return DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(local) + " 前";
  }

  /** A mark that finds this test's hazards among the shared context's others (q searches descriptions). */
  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** A small picture of a "site", as a phone would upload it. */
  private static byte[] picture() throws Exception {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x9fb8cf), 0, 240, new Color(0x5d6d7e)));
    g.fillRect(0, 0, 320, 240);
    g.setColor(new Color(0x8d6e63));
    g.fillRect(40, 110, 240, 110);
    g.setColor(new Color(0xd32f2f));
    g.fillOval(200, 60, 50, 50);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
