package cn.safegrid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Browser;
import cn.safegrid.support.Cockpit;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rule administrator changes one cell in the browser — the special-equipment hazards go to the
 * police station instead of the market supervision office — checks, previews, deploys with a
 * reason; the next hazard follows the new rule and the earlier one keeps its unit.
 */
@SafeGridTest
class RulesBrowserTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ManagementService management;
  @Autowired RuleBook book;

  @AfterEach
  void restore() {
    RuleTables.restoreShipped(book, "hazard-routing");
  }

  @Test
  void aRuleAdministratorChangesACellChecksPreviewsAndDeploysAndTheNextHazardFollowsTheNewRule() throws Exception {
    Http http = new Http(port);
    JsonNode earlier = report(http);

    new Cockpit(browser).login("chen.yanhai");
    WebElement navigation = browser.visible(By.cssSelector("a.safegrid-rules-link"));
    assertThat(navigation.getText()).isEqualTo("规则管理");
    browser.click(navigation);
    browser.until("the rule list", d -> d.getCurrentUrl().contains("/rules/"));
    browser.click(browser.visible(By.cssSelector(".table-item[data-key='hazard-routing']")));
    WebElement lead = browser.visible(By.cssSelector("#editor td[data-element-id='Rule_SpecialEquipment_Lead']"));
    assertThat(lead.getAttribute("data-names")).isEqualTo("市场监管所");
    browser.shot("rules-editor");

    // the picker offers the registry's departments by their Chinese names
    browser.click(lead);
    browser.visible(By.id("picker-search")).sendKeys("派出所");
    browser.click(browser.visible(By.cssSelector("#picker-list input[value='police']")));
    browser.click(browser.visible(By.id("picker-apply")));
    browser.until("the changed cell", d -> "派出所".equals(d.findElement(
        By.cssSelector("#editor td[data-element-id='Rule_SpecialEquipment_Lead']")).getAttribute("data-names")));
    assertThat(browser.visible(By.id("draft-state")).getText()).isEqualTo("草稿已修改，尚未部署");

    browser.click(browser.visible(By.id("check")));
    String checked = browser.until("the check", d -> textOf(d.findElements(By.id("check-verdict"))));
    assertThat(checked).isEqualTo("检查通过，但有 1 个测试用例未通过。");
    assertThat(browser.visible(By.id("check-result")).getText()).contains("牵头部门：\"market-supervision\" → \"police\"");

    browser.click(browser.visible(By.id("preview-open")));
    String verdict = browser.until("the preview", d -> textOf(d.findElements(By.id("preview-verdict"))));
    assertThat(verdict).contains("个结果会改变");
    assertThat(browser.visible(By.id("preview-changes")).getText()).contains(earlier.get("number").asText())
        .contains("牵头部门 市场监管所（market-supervision）").contains("牵头部门 派出所（police）");
    browser.shot("rules-preview");

    browser.click(browser.visible(By.id("deploy-open")));
    browser.until("the deploy form", d -> d.findElement(By.id("deploy-confirm")).isEnabled());
    browser.visible(By.cssSelector("#deploy-form textarea[name=reason]")).sendKeys("镇安委会决定：特种设备隐患改由派出所牵头");
    browser.visible(By.cssSelector("#deploy-form textarea[name=override]")).sendKeys("市场监管所的测试用例随本次调整作废");
    browser.shot("rules-deploy");
    browser.click(browser.visible(By.id("deploy-confirm")));
    String toast = browser.until("deployed", d -> textOf(d.findElements(By.id("toast"))));
    assertThat(toast).startsWith("已部署为第 ").endsWith("版。此后上报的隐患按新规则处理。");
    browser.until("the new version in the history", d -> d.findElement(By.id("versions")).getText()
        .contains("镇安委会决定：特种设备隐患改由派出所牵头"));
    browser.shot("rules-history");

    JsonNode later = report(http);
    assertThat(hazard(http, later).get("leadUnitName").asText()).isEqualTo("派出所");
    assertThat(hazard(http, earlier).get("leadUnitName").asText()).isEqualTo("市场监管所");
  }

  private static String textOf(java.util.List<WebElement> elements) {
    return elements.stream().filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank())
        .findFirst().orElse(null);
  }

  private JsonNode report(Http http) throws Exception {
    var response = http.post("/api/hazards", Http.basic("dong.liyong", "demo"), Map.of("gridCode", "village-xiaogang",
        "hazardCategory", "special-equipment", "grade", "general", "location", "小岗村磨坊",
        "description", "锅炉压力表过期未检"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    JsonNode hazard = json.readTree(response.getBody());
    management.createJobQuery().processInstanceId(hazard.get("processInstanceId").asText()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    return hazard;
  }

  private JsonNode hazard(Http http, JsonNode reported) throws Exception {
    return json.readTree(http.get("/api/hazards/" + reported.get("number").asText(), Http.basic("wang.celi", "demo"))
        .getBody()).get("hazard");
  }
}
