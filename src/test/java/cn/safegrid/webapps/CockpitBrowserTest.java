package cn.safegrid.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Browser;
import cn.safegrid.support.Cockpit;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit and Admin in a Chinese Chromium, as a town leader, an area's deputy leader, a village's
 * grid leader and an administrator see them: every page in Chinese (proper names and ids aside),
 * the vendor's banner gone, dates in Beijing time, the hazards as supervisors think of them, each
 * supervisor seeing his own part of the town, nothing offered that he may not do. Screenshots for
 * docs/cockpit.md ({@code -Ddocs.screenshots=true} copies them to docs/screenshots/).
 */
@SafeGridTest
class CockpitBrowserTest {

  /**
   * Latin words that may stand in a Chinese page: product and proper names, parts of paths, the
   * ids without a dot or dash (the login admin, the group discipline).
   */
  static final Set<String> ALLOWED_WORDS = Set.of("SafeGrid", "Camunda", "Platform", "Asia", "Shanghai", "UTC",
      "ID", "BPMN", "DMN", "Excel", "api", "registry", "admin", "discipline");
  /** Ids a page shows: business keys, UUIDs, definition ids and keys, logins, paths, versions. */
  static final Pattern IDS = Pattern.compile(
      "[\\w.+-]+@[\\w.-]+|[A-Za-z]+_[A-Za-z]+(?:#multiInstanceBody)?|BS-\\d{4}-\\d{6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z]+(?:-[a-z0-9]+)+(?::\\d+:[0-9a-f-]+)?"
          + "|[a-z]+\\.[a-z]+|v\\d+(?:\\.\\d+)+|/[a-z/.-]+|\\d{4}-W\\d{2}");
  static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  final List<String> instances = new ArrayList<>();
  Cockpit cockpit;
  ProcessInstance xiaogangFire;
  ProcessInstance dazhuangBoiler;

  @BeforeEach
  void hazards() {
    cockpit = new Cockpit(browser);
    xiaogangFire = report("dong.liyong", "village-xiaogang", "fire", "major", "小岗村 · 村西仓库",
        "仓库内堆放大量易燃物，消防通道堵塞");
    dazhuangBoiler = report("chen.yangang", "village-dazhuang", "special-equipment", "general", "大庄村 · 锅炉房",
        "锅炉压力表过期未检");
  }

  @AfterEach
  void cleanUp() {
    new Http(port).delete("/api/notice", Http.basic("admin", "demo"));
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
  }

  @Test
  void theTownLeadersCockpitIsChineseWithoutTheVendorsBanner() {
    cockpit.login("zhang.shili");
    browser.visible(By.cssSelector(".dashboard, [ng-controller] .inner, section"));
    waitForText("隐患督办", "未销号");
    assertNoVendorBanner();
    assertChinese("the dashboard");
    assertThat(browser.text()).contains("北京时间").doesNotContain("UTC ");
    browser.screenshot("cockpit-dashboard");

    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("hazard-rectification")
        .latestVersion().singleResult().getId();
    cockpit.open("cockpit", "/process-definition/" + definition + "/runtime?detailsTab=process-instances-table");
    waitForText("隐患闭环整改", number(xiaogangFire));
    assertChinese("the hazard process");
    browser.screenshot("cockpit-hazard-process");

    cockpit.open("cockpit", "/process-instance/" + xiaogangFire.getId() + "/runtime?tab=variables-tab");
    waitForText("隐患类别", "消防安全");
    assertChinese("one hazard's instance");
    browser.screenshot("cockpit-hazard-instance");

    cockpit.open("cockpit", "/process-instance/" + xiaogangFire.getId() + "/runtime?tab=safegrid-hazard-of-instance");
    waitForText("办理记录", "仓库内堆放大量易燃物");
    assertThat(browser.text()).contains("重大隐患").contains("消防队").contains("上报隐患");
    assertChinese("the instance's 隐患情况 tab");
    browser.screenshot("cockpit-hazard-instance-tab");

    cockpit.open("cockpit", "/safegrid/hazards");
    waitForText("您可以查看：全镇各网格", "隐患编号", "当前环节", "督办层级");
    assertChinese("the supervisors' 隐患督办 page");
    browser.screenshot("cockpit-hazards");
    assertThat(search(number(xiaogangFire))).contains("受理隐患（消防队）").contains("提出协办意见（派出所）");

    // a row of a hazard in its loop opens its instance in Cockpit
    search(number(dazhuangBoiler));
    browser.click(row(number(dazhuangBoiler)));
    browser.until("the instance page", d -> d.getCurrentUrl().contains("/process-instance/" + dazhuangBoiler.getId()));
  }

  @Test
  void eachSupervisorSeesHisOwnPartOfTheTown() {
    cockpit.login("gao.shihua");
    cockpit.open("cockpit", "/safegrid/hazards");
    waitForText("小岗村（网格长）", "隐患编号");
    browser.screenshot("cockpit-hazards-village-leader");
    assertThat(search(number(xiaogangFire))).contains("消防安全");
    assertThat(search(number(dazhuangBoiler))).as("大庄村's hazard").contains("没有符合条件的隐患");
    cockpit.open("cockpit", "/process-definition/" + xiaogangFire.getProcessDefinitionId() + "/runtime?detailsTab=process-instances-table");
    waitForText(number(xiaogangFire));
    assertThat(browser.text()).as("Cockpit's own instance list").doesNotContain(number(dazhuangBoiler));

    cockpit.login("peng.shitao");
    cockpit.open("cockpit", "/safegrid/hazards");
    waitForText("东片各村（副片长）", "隐患编号");
    assertThat(search(number(xiaogangFire))).contains("消防安全");
    assertThat(search(number(dazhuangBoiler))).contains("没有符合条件的隐患");

    cockpit.login("zheng.cehong");
    cockpit.open("cockpit", "/safegrid/hazards");
    waitForText("消防队", "隐患编号");
    assertThat(search(number(xiaogangFire))).as("消防队's head: the fire hazard").contains("消防安全");
    assertThat(search(number(dazhuangBoiler))).as("not the boiler").contains("没有符合条件的隐患");
  }

  @Test
  void aSupervisorIsNotOfferedWhatHeMayNotDo() {
    cockpit.login("peng.shitao");
    cockpit.open("cockpit", "/process-instance/" + xiaogangFire.getId() + "/runtime?tab=variables-tab");
    waitForText("隐患类别", "消防安全", "须知悉重大隐患的领导");
    browser.until("the read-only page", d -> d.findElement(By.tagName("body")).getAttribute("class").contains("safegrid-read-only"));
    assertThat(displayed(".ctn-toolbar a, .ctn-toolbar button")).as("cancel, suspend, retry, add variable").isEmpty();
    assertThat(displayed("[ng-click^='enableEditMode'], [ng-click^='deleteVariable']")).as("edit, delete variables").isEmpty();
    assertChinese("the instance as a supervisor reads it");
    browser.screenshot("cockpit-hazard-instance-supervisor");

    cockpit.open("cockpit", "/process-instance/" + xiaogangFire.getId() + "/runtime?tab=user-tasks-tab");
    waitForText("受理隐患");
    assertThat(displayed("[ng-click^='changeGroupIdentityLinks'], [ng-click^='changeUserIdentityLinks']")).isEmpty();
    assertThat(browser.text()).as("assignees by name").contains("张示例").doesNotContain("zhang.shili");
  }

  @Test
  void adminListsUsersAndGroupsInChineseAndNamesTheRegistry() {
    cockpit.loginToAdmin("admin");
    cockpit.open("admin", "/users");
    waitForText("人员和用户组由网格台账管理", "cai.liyong");
    assertNoVendorBanner();
    assertChinese("Admin's user list");
    browser.screenshot("admin-users");

    cockpit.open("admin", "/groups");
    waitForText("东片检查组", "驾驶舱查看（片长、部门负责人、网格长）");
    assertThat(browser.text()).contains("部门").contains("网格长").contains("角色");
    assertChinese("Admin's group list");
    browser.screenshot("admin-groups");
  }

  @Test
  void theAdministratorsNoticeShowsWhereTheBannerWas() {
    new Http(port).put("/api/notice", Http.basic("admin", "demo"), Map.of("text", "12月20日 20:00—22:00 系统维护，期间暂停使用。"));
    cockpit.login("zhang.shili");
    browser.visible(By.id("safegrid-site-notice"));
    assertThat(browser.driver().findElement(By.id("safegrid-site-notice")).getText()).contains("系统公告").contains("系统维护");
    assertNoVendorBanner();
    browser.screenshot("cockpit-notice");
    new Tasklist(browser).login("dong.liyong");
    assertThat(browser.visible(By.id("safegrid-site-notice")).getText()).contains("系统维护");
  }

  @Test
  void anOfficerWithoutCockpitIsSentToTasklist() {
    new Tasklist(browser).login("dong.liyong");
    browser.open("/camunda/app/cockpit/default/");
    waitForText("您没有驾驶舱的使用权限", "打开任务列表");
    assertChinese("the refusal");
    browser.screenshot("cockpit-refused");
    browser.click(browser.visible(By.linkText("打开任务列表")));
    browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ProcessInstance report(String user, String grid, String category, String grade, String location,
      String description) {
    ProcessInstance instance = driver.report(user, grid, category, grade, location, description);
    instances.add(instance.getId());
    return instance;
  }

  private String number(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private void waitForText(String... texts) {
    browser.until("the page shows " + String.join("、", texts), d -> {
      String text = browser.text();
      for (String expected : texts) {
        if (!text.contains(expected)) {
          return null;
        }
      }
      return text;
    });
  }

  /** Searches 隐患督办 for a number (all statuses) and returns the page's text once the answer is shown. */
  private String search(String number) {
    WebElement status = browser.visible(By.cssSelector("form.safegrid-filters select[name='open']"));
    new org.openqa.selenium.support.ui.Select(status).selectByValue("");
    WebElement q = browser.visible(By.cssSelector("form.safegrid-filters input[name='q']"));
    q.clear();
    q.sendKeys(number);
    browser.click(browser.visible(By.cssSelector("form.safegrid-filters button[type='submit']")));
    String answered = "q=" + number;
    return browser.until("the answer for " + number, d -> {
      String shown = (String) browser.script(
          "const r = document.querySelector('.safegrid-results'); return r && r.dataset.answered;");
      return shown != null && java.util.Arrays.asList(shown.split("&")).contains(answered) ? browser.text() : null;
    });
  }

  private WebElement row(String number) {
    return browser.visible(By.cssSelector("tr.safegrid-row[data-number='" + number + "']"));
  }

  private List<WebElement> displayed(String css) {
    return browser.all(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
  }

  private void assertNoVendorBanner() {
    assertThat(displayed(".ce-eol-banner")).as("the vendor's end-of-life banner").isEmpty();
    assertThat(browser.text()).doesNotContain("Camunda 8").doesNotContain("迁移");
  }

  /**
   * The data Cockpit shows as the engine holds it, not chrome: a variable's name, type and value
   * (their Chinese meaning is printed under them), an input's value.
   */
  static final String DATA = "table.cam-table tbody td.col-name [ng-transclude], table.cam-table tbody td.col-type, "
      + "table.cam-table tbody td.col-value [ng-transclude], table.cam-table tbody td.col-value .variable-value";

  /** No English words in the visible chrome of the page, ids, proper names and engine data aside. */
  private void assertChinese(String what) {
    String visible = browser.script("""
        const hidden = [...document.querySelectorAll(arguments[0])];
        hidden.forEach((e) => { e.dataset.safegridWas = e.style.visibility; e.style.visibility = 'hidden'; });
        const text = document.body.innerText;
        hidden.forEach((e) => { e.style.visibility = e.dataset.safegridWas; delete e.dataset.safegridWas; });
        return text;""", DATA);
    String text = IDS.matcher(visible.replaceAll("\\s+", " ")).replaceAll(" ");
    Set<String> english = new LinkedHashSet<>();
    Matcher word = LATIN_WORD.matcher(text);
    while (word.find()) {
      if (!ALLOWED_WORDS.contains(word.group())) {
        english.add(word.group());
      }
    }
    assertThat(english).as("English words on %s", what).isEmpty();
  }
}
