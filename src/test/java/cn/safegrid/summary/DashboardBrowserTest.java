package cn.safegrid.summary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Browser;
import cn.safegrid.support.Cockpit;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard page (/dashboard/) in a real Chinese Chromium, logged in through Tasklist or Cockpit
 * as the README's officers: what each of two officers sees of March 2039 ({@link DashboardFixture},
 * hand-counted in {@link DashboardApiTest}), the ledger list behind a number showing that number,
 * the period controls, the way in from Tasklist's header and from Cockpit (header entry and start
 * page), a phone's width; and, on half a year of Bieshan ({@link DashboardShowcase}), the pictures
 * of docs/reports.md.
 */
@SafeGridTest
class DashboardBrowserTest {

  @RegisterExtension Browser browser = new Browser();
  @org.springframework.beans.factory.annotation.Autowired DashboardFixture fixture;
  @org.springframework.beans.factory.annotation.Autowired DashboardShowcase showcase;
  @org.springframework.beans.factory.annotation.Autowired HazardDriver driver;

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void twoOfficersSeeTheirOwnFiguresAndEachNumberOpensTheListItCounts() {
    fixture.load();
    driver.clockAt(DashboardFixture.NOW);
    Tasklist tasklist = new Tasklist(browser).login("wang.celi");
    assertThat(browser.visible(By.id("safegrid-link-dashboard")).getText()).isEqualTo("督查看板");
    assertThat(browser.driver().findElement(By.cssSelector("#safegrid-link-dashboard a")).getDomAttribute("href"))
        .isEqualTo("/dashboard/");

    open("/dashboard/?period=2039-03");
    assertThat(browser.visible(By.id("period-label")).getText()).isEqualTo("2039年3月");
    assertThat(card("hazard-cards", "上报隐患")).isEqualTo("4");
    assertThat(card("hazard-cards", "已销号")).isEqualTo("2");
    assertThat(card("hazard-cards", "其中逾期")).isEqualTo("1");
    assertThat(card("hazard-cards", "按期整改率")).isEqualTo("33.3%");
    assertThat(card("round-cards", "漏查")).isEqualTo("2");
    assertThat(card("round-cards", "按时完成率")).isEqualTo("25%");
    assertThat(tableNames("hazard-table")).containsExactly("东片", "西片", "不属于片（镇直单位等）", "合计");
    assertThat(browser.text()).contains("当前用户：王测丽", "数据截至 2039-04-02 12:00（北京时间）");
    assertThat(canvases()).as("three charts drawn").isEqualTo(3);

    // the number 其中逾期 opens the ledger with the same filter, listing that one hazard
    browser.click(cardLink("hazard-cards", "其中逾期"));
    browser.until("the hazard ledger", d -> d.getCurrentUrl().contains("/ledger/hazards.html"));
    assertThat(browser.driver().getCurrentUrl()).contains("reportedFrom=2039-03-01", "reportedTo=2039-03-31",
        "overdue=true");
    browser.until("the list", d -> browser.text().contains("共 1 条隐患"));
    assertThat(browser.text()).contains("DB-2039-000006").doesNotContain("DB-2039-000002");

    // the period controls: the quarter, and back a month
    open("/dashboard/?period=2039-03");
    browser.click(browser.visible(By.cssSelector("[data-kind='QUARTER']")));
    browser.until("the quarter", d -> "2039年第1季度".equals(browser.visible(By.id("period-label")).getText()));
    assertThat(card("hazard-cards", "上报隐患")).isEqualTo("5");
    assertThat(browser.driver().getCurrentUrl()).contains("period=2039-Q1");
    open("/dashboard/?period=2039-04");
    browser.click(browser.visible(By.id("previous")));
    browser.until("March", d -> "2039年3月".equals(browser.visible(By.id("period-label")).getText()));
    browser.click(browser.visible(By.cssSelector("[data-by='GRID']")));
    browser.until("by grid", d -> tableNames("hazard-table").contains("小岗村"));
    assertThat(browser.driver().getCurrentUrl()).contains("by=GRID");

    // 大庄村's member: his village only, in the same page
    new Tasklist(browser).login("chen.yangang");
    open("/dashboard/?period=2039-03");
    assertThat(card("hazard-cards", "上报隐患")).isEqualTo("1");
    assertThat(card("round-cards", "应排查")).isEqualTo("2");
    assertThat(tableNames("hazard-table")).containsExactly("西片", "合计");
    for (String section : List.of("kpis", "trend-section", "hazard-section", "round-section")) {
      // (the area choice lists the town's areas, the structure everybody reads; his figures name none but his)
      assertThat(browser.driver().findElement(By.id(section)).getText()).as(section).doesNotContain("东片", "小岗村");
    }
    WebElement missed = browser.visible(By.cssSelector("#round-table tr[data-code='village-dazhuang'] td:nth-child(5) a"));
    assertThat(missed.getText()).isEqualTo("2");
    browser.click(missed);
    browser.until("the inspection ledger", d -> d.getCurrentUrl().contains("/ledger/inspections.html"));
    assertThat(browser.driver().getCurrentUrl()).contains("outcome=MISSED", "gridCode=village-dazhuang");
    browser.until("the list", d -> browser.text().contains("共 2 次排查"));
    assertThat(tasklist).isNotNull();
  }

  @Test
  void supervisorsComeInFromCockpitAndTheDashboardFitsAPhone() {
    showcase.load();
    // Cockpit does not start while the engine's clock stands in 2040: log in first, then move the clock
    new Cockpit(browser).login("zhang.shili");
    driver.clockAt(DashboardShowcase.NOW);
    browser.driver().navigate().refresh();
    WebElement entry = browser.visible(By.id("safegrid-dashboard-link"));
    assertThat(entry.getText()).isEqualTo("督查看板");
    assertThat(entry.getDomAttribute("href")).isEqualTo("/dashboard/");
    WebElement card = browser.visible(By.cssSelector(".safegrid-dashboard-card"));
    browser.until("this month's figures", d -> card.getText().contains("督查看板 · 2040年6月"));
    assertThat(card.getText()).contains("上报隐患", "其中逾期", "按期整改率", "漏查");
    assertThat(card.findElement(By.cssSelector(".safegrid-dashboard-open")).getDomAttribute("href")).isEqualTo("/dashboard/");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", card);
    browser.shot("dashboard-cockpit");

    open("/dashboard/?period=2040-Q2");
    assertThat(browser.visible(By.id("period-label")).getText()).isEqualTo("2040年第2季度");
    browser.until("charts", d -> canvases() == 3);
    browser.shot("dashboard-desktop");
    browser.script("document.getElementById('trend-section').scrollIntoView();");
    browser.shot("dashboard-desktop-trend");
    browser.click(browser.visible(By.cssSelector("[data-by='CATEGORY']")));
    browser.click(browser.visible(By.cssSelector("[data-rounds='AREA']")));
    browser.until("by category", d -> tableNames("hazard-table").contains("消防安全"));
    browser.script("document.getElementById('hazard-section').scrollIntoView();");
    browser.shot("dashboard-desktop-tables");

    browser.phone();
    open("/dashboard/?period=2040-Q2");
    browser.until("charts", d -> canvases() == 3);
    Long width = browser.script("return document.documentElement.scrollWidth;");
    assertThat(width).as("nothing scrolls sideways on a phone").isLessThanOrEqualTo(390L);
    browser.shot("dashboard-phone");
    browser.script("document.getElementById('hazard-section').scrollIntoView();");
    browser.shot("dashboard-phone-tables");

    // 东片's deputy leader, head of 农办: 东片's villages, and elsewhere only the hazards 农办 leads (沼气池,
    // 水井, 秸秆); no school's, no hospital's
    new Tasklist(browser).login("peng.shitao");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    open("/dashboard/?period=2040-Q2&by=GRID");
    browser.until("his villages", d -> tableNames("hazard-table").size() > 1);
    assertThat(tableNames("hazard-table")).contains("小岗村", "东河村", "石桥村", "合计")
        .noneMatch(name -> name.contains("小学") || name.contains("中学") || name.contains("医院") || name.contains("卫生院"));
    browser.click(browser.visible(By.cssSelector("[data-by='DEPARTMENT']")));
    browser.until("by lead", d -> !tableNames("hazard-table").isEmpty() && !tableNames("hazard-table").contains("东河村"));
    browser.script("document.getElementById('hazard-section').scrollIntoView();");
    browser.shot("dashboard-area-deputy");
  }

  // ------------------------------------------------------------------------------------- helpers

  private void open(String path) {
    browser.open(path);
    browser.until("the dashboard's figures", d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loading"))
        && !d.findElements(By.cssSelector("#hazard-cards .card")).isEmpty());
  }

  private String card(String box, String label) {
    return cardElement(box, label).findElement(By.cssSelector(".value")).getText();
  }

  private WebElement cardLink(String box, String label) {
    return cardElement(box, label);
  }

  private WebElement cardElement(String box, String label) {
    return browser.until("card " + label, d -> d.findElements(By.cssSelector("#" + box + " .card")).stream()
        .filter(c -> c.findElement(By.cssSelector(".label")).getText().equals(label)).findFirst().orElse(null));
  }

  private List<String> tableNames(String table) {
    return browser.all(By.cssSelector("#" + table + " tbody tr td:first-child .value")).stream()
        .map(cell -> cell.getText().split("\n")[0].trim()).toList();
  }

  private long canvases() {
    Long count = browser.script("return document.querySelectorAll('.chart canvas').length;");
    return count;
  }
}
