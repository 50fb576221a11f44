package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Browser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's hazard walkthrough in a real Chromium, clicked as the officers click it: 董例勇
 * reports in Tasklist and reads his hazard's number, 黄示敏 (市场监管所) accepts and rectifies it and
 * uploads a photo on the photo page, 高示华 (小岗村网格长) verifies it, and the hazard is closed.
 */
@SafeGridTest
class HazardTasklistBrowserTest {

  private static final Pattern NUMBER = Pattern.compile("BS-\\d{4}-\\d{6}");

  @RegisterExtension
  final Browser browser = new Browser();

  @Autowired
  HazardDriver driver;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HazardRepository hazards;
  @Autowired
  org.camunda.bpm.engine.HistoryService history;
  @Autowired
  cn.safegrid.grid.Registry registry;

  @Test
  void aReportedHazardIsAcceptedRectifiedWithAPhotoVerifiedAndClosed() throws Exception {
    Tasklist tasklist = new Tasklist(browser).login("dong.liyong");

    // 启动流程 → 隐患闭环整改: the reporter reads his hazard's number and can open it
    Tasklist.Form report = tasklist.startProcess("隐患闭环整改");
    report.select("隐患类别", "企业与市场 · 特种设备")
        .choose("隐患等级", "一般隐患")
        .type("具体地点", "小岗村北街 12 号锅炉房")
        .type("隐患描述", "锅炉压力表超过检定有效期，安全阀铅封缺失");
    browser.shot("walkthrough-report-form");
    report.start();
    String started = tasklist.noticeContaining("编号");
    Matcher m = NUMBER.matcher(started);
    assertThat(m.find()).as("the hazard number in 「%s」", started).isTrue();
    String number = m.group();
    assertThat(tasklist.noticeLink()).endsWith("/ledger/hazard.html?number=" + number);
    browser.shot("walkthrough-reported");

    // the routing runs in the background; the test runs it now
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    driver.runJobs(instance);

    // 黄示敏 lands on the first of his filters that holds work; the hazard waits in 本组待办
    tasklist.login("huang.shimin");
    var counts = tasklist.filterCounts();
    assertThat(counts.get("本组待办")).isGreaterThanOrEqualTo(1);
    String firstWithWork = counts.entrySet().stream().filter(e -> e.getValue() > 0).findFirst().orElseThrow().getKey();
    browser.until("landing on " + firstWithWork, d -> tasklist.currentFilter().equals(firstWithWork));
    tasklist.filter("本组待办").openTask("受理隐患 " + number).claim();
    tasklist.noticeContaining("已认领");
    tasklist.taskForm().choose("受理意见", "受理，明确整改责任")
        .type("整改责任单位", "别山镇锅炉使用单位")
        .type("整改责任人", "李师傅")
        .type("整改措施", "更换压力表，补加安全阀铅封，停炉检验");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("整改隐患");

    // 整改隐患 in 本组待办; the photo page takes an 整改后 picture
    tasklist.filter("本组待办").openTask("整改隐患 " + number).claim();
    tasklist.taskForm().type("整改完成情况", "压力表已更换并送检，安全阀已重新铅封");
    WebElement photoLink = browser.visible(By.linkText("查看或上传照片"));
    assertThat(photoLink.getAttribute("href")).endsWith("/hazard-photos.html?number=" + number);
    String tasklistTab = browser.driver().getWindowHandle();
    browser.click(photoLink);
    browser.until("the photo page in a new tab", d -> d.getWindowHandles().size() == 2);
    browser.driver().getWindowHandles().stream().filter(h -> !h.equals(tasklistTab)).findFirst()
        .ifPresent(h -> browser.driver().switchTo().window(h));
    browser.visible(By.id("upload"));
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("stage"))).selectByVisibleText("整改后");
    Path picture = Files.createTempFile("rectified", ".png");
    Files.write(picture, java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
    browser.driver().findElement(By.id("file")).sendKeys(picture.toString());
    browser.click(browser.driver().findElement(By.id("send")));
    browser.until("the upload confirmed", d -> d.findElement(By.id("upload-result")).getText().contains("已上传"));
    browser.visible(By.cssSelector("#photos img"));
    browser.shot("walkthrough-photo-page");
    browser.driver().close();
    browser.driver().switchTo().window(tasklistTab);
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("复查整改").contains("小岗村");

    // 高示华 verifies; the hazard is closed (销号)
    tasklist.login("gao.shihua");
    tasklist.filter("本组待办").openTask("复查整改 " + number).claim();
    tasklist.taskForm().choose("复查结论", "复查通过").type("复查意见", "现场复查，压力表和铅封符合要求");
    browser.shot("walkthrough-verify-form");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("已办结");
    driver.runJobs(instance);
    assertThat(hazards.findByNumber(number).orElseThrow().getStatus()).isEqualTo(HazardStatus.CLOSED);
  }

  @Test
  void theReporterChoosesAnotherVillageFromTheRegistrysGridsAndTheListIsNotSubmitted() {
    Tasklist tasklist = new Tasklist(browser).login("dong.liyong");
    Tasklist.Form report = tasklist.startProcess("隐患闭环整改");

    // the registry's grids in Chinese, his own first, read when the form opens
    java.util.List<String> grids = report.openOptions("隐患所在网格");
    assertThat(grids.get(0)).isEqualTo("小岗村（东片，您所在的网格）");
    assertThat(grids).contains("大庄村（西片）", "别山镇中心小学（学校）", "别山镇中心小学食堂（基础网格）", "别山镇卫生院（医院）")
        .endsWith("别山镇（镇机关及公共区域）").hasSize(registry.current().data().grids().size());
    browser.shot("report-form-grids");
    report.closeOptions();

    report.select("隐患所在网格", "大庄村（西片）")
        .select("隐患类别", "企业与市场 · 特种设备")
        .choose("隐患等级", "一般隐患")
        .type("具体地点", "大庄村南街 3 号粮油加工点")
        .type("隐患描述", "电动葫芦钢丝绳断丝超标，仍在使用");
    assertThat(report.selected(null, "隐患所在网格", 0)).isEqualTo("大庄村（西片）");
    report.start();
    Matcher m = NUMBER.matcher(tasklist.noticeContaining("编号"));
    assertThat(m.find()).isTrue();

    Hazard hazard = hazards.findByNumber(m.group()).orElseThrow();
    assertThat(hazard.getGridCode()).isEqualTo("village-dazhuang");
    assertThat(hazard.getGridName()).isEqualTo("大庄村");
    // the lists the form read are no fields: only the form's keys were sent, the gate let them through
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(m.group()).singleResult();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
        .contains("gridCode", "hazardCategory", "grade", "location", "description")
        .doesNotContain("gridOptions", "categoryOptions");
  }
}
