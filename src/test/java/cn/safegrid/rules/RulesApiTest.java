package cn.safegrid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules API as administrators and scripts use it, and as hostile officers try it: deploy with a
 * reason, the next hazard follows the new rule while earlier ones keep their unit, concurrent edits,
 * test cases, preview, diff, rollback — and nothing changes when a request is refused.
 */
@SafeGridTest
class RulesApiTest {

  static final String RULE_ADMIN = Http.basic("chen.yanhai", "demo"); // 领导小组办公室干事, 规则管理员
  static final String ADMIN = Http.basic("wang.celi", "demo"); // 系统管理员
  static final String TOWN_LEADER = Http.basic("zhang.shili", "demo");
  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String ROUTING = "hazard-routing";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired RuleBook book;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void restore() {
    RuleTables.restoreShipped(book, ROUTING);
  }

  @Test
  void everyoneWhoMayOpenCockpitReadsTheTablesAndOfficersAreRefused() throws Exception {
    JsonNode tables = ok(http.get("/api/rules", TOWN_LEADER));
    assertThat(tables.findValuesAsText("key"))
        .contains("hazard-routing", "hazard-deadlines", "inspection-frequency", "inspection-deadlines");
    assertThat(tables.get(0).get("canDeploy").asBoolean()).isFalse();
    assertThat(ok(http.get("/api/rules", RULE_ADMIN)).get(0).get("canDeploy").asBoolean()).isTrue();
    var refused = http.get("/api/rules", VILLAGER);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).isEqualTo(RuleAccess.READERS_ONLY);
    assertThat(http.get("/api/rules/hazard-routing", null).getStatusCode().value()).isEqualTo(401);
    assertThat(http.get("/api/rules/no-such-table", TOWN_LEADER).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theDetailOffersEachColumnsCodesWithTheirChineseNames() throws Exception {
    JsonNode detail = ok(http.get("/api/rules/hazard-routing", TOWN_LEADER));
    assertThat(detail.get("xml").asText()).contains("<decision id=\"hazard-routing\"");
    JsonNode lead = column(detail, "leadDepartment");
    assertThat(lead.get("what").asText()).isEqualTo("网格台账的部门");
    assertThat(term(lead, "fire-brigade")).isEqualTo("消防队");
    assertThat(term(lead, "area-group")).isEqualTo("隐患所在村所属片的检查组");
    assertThat(term(column(detail, "hazardCategory"), "special-equipment")).isEqualTo("特种设备");
    assertThat(column(detail, "assistingDepartments").get("list").asBoolean()).isTrue();
  }

  @Test
  void aDeployAppliesToHazardsReportedFromThenOnAndEarlierOnesKeepTheirUnit() throws Exception {
    int before = version();
    JsonNode routedEarlier = report("special-equipment", true);
    JsonNode waiting = report("special-equipment", false); // reported, not yet routed (its job has not run)

    var deployed = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(toPolice(), before,
        "镇安委会决定：特种设备隐患改由派出所牵头", "市场监管所的测试用例随本次调整作废"));
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(201);
    int after = json.readTree(deployed.getBody()).get("version").asInt();
    assertThat(after).isGreaterThan(before);

    runJobs(waiting);
    JsonNode reportedAfter = report("special-equipment", true);
    assertThat(hazard(routedEarlier).get("leadUnitName").asText()).isEqualTo("市场监管所");
    assertThat(hazard(waiting).get("leadUnitName").asText()).isEqualTo("市场监管所");
    assertThat(hazard(waiting).get("routingRuleVersion").asInt()).isEqualTo(before);
    assertThat(hazard(reportedAfter).get("leadUnitName").asText()).isEqualTo("派出所");
    assertThat(hazard(reportedAfter).get("routingRuleVersion").asInt()).isEqualTo(after);

    JsonNode trail = ok(http.get("/api/rules/hazard-routing/versions", TOWN_LEADER));
    JsonNode newest = trail.get(0);
    assertThat(newest.get("version").asInt()).isEqualTo(after);
    assertThat(newest.get("active").asBoolean()).isTrue();
    assertThat(newest.get("deployedBy").asText()).isEqualTo("chen.yanhai");
    assertThat(newest.get("deployedByName").asText()).isEqualTo("陈演海");
    assertThat(newest.get("reason").asText()).isEqualTo("镇安委会决定：特种设备隐患改由派出所牵头");
    assertThat(newest.get("basedOnVersion").asInt()).isEqualTo(before);
    assertThat(newest.get("diffSummary").asText()).contains("修改 1 条规则").contains("牵头部门 \"market-supervision\" → \"police\"");
    assertThat(newest.get("overrideReason").asText()).isEqualTo("市场监管所的测试用例随本次调整作废");
    assertThat(newest.get("failedTests").asText()).contains("特种设备隐患由市场监管所牵头");
  }

  @Test
  void aDeployThatBreaksATestCaseWithoutAnOverrideDeploysNothing() throws Exception {
    int before = version();
    long deployments = repository.createDeploymentQuery().count();
    var refused = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(toPolice(), before, "改由派出所牵头", null));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode error = json.readTree(refused.getBody());
    assertThat(error.get("message").asText()).startsWith("有 1 个测试用例未通过，没有部署：特种设备隐患由市场监管所牵头")
        .contains("请写明越过这些测试用例的理由");
    assertThat(version()).isEqualTo(before);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aDraftThatFailsTheChecksDeploysNothingAndNamesEveryProblem() throws Exception {
    int before = version();
    long deployments = repository.createDeploymentQuery().count();
    String xml = RuleDrafts.routingWithLead(RuleDrafts.withoutRule(RuleDrafts.shipped(ROUTING), "Rule_Unassigned"),
        "Rule_School", "no-such-office");
    var refused = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(xml, before, "测试错误的草稿", "越过"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode error = json.readTree(refused.getBody());
    assertThat(error.get("message").asText()).startsWith("规则表未通过检查，没有部署：");
    assertThat(error.get("fieldErrors").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).startsWith("缺少兜底规则"))
        .anySatisfy(m -> assertThat(m).contains("“no-such-office”不是网格台账的部门中的代码"));
    assertThat(error.get("fieldErrors").findValuesAsText("field")).contains("rules[Rule_School]");
    assertThat(version()).isEqualTo(before);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aSecondDeployBasedOnAnOldVersionIsRefusedNamingWhoDeployedInBetween() throws Exception {
    int base = version();
    String first = toPolice();
    assertThat(http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(first, base, "第一位管理员的修改", "测试用例作废"))
        .getStatusCode().value()).isEqualTo(201);
    int afterFirst = version();
    String second = RuleDrafts.routingWithLead(RuleDrafts.shipped(ROUTING), "Rule_School", "culture");
    var refused = http.post("/api/rules/hazard-routing/deploy", ADMIN, deploy(second, base, "第二位管理员的修改", "测试用例作废"));
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("陈演海（chen.yanhai）").contains("部署了第 " + afterFirst + " 版（理由：第一位管理员的修改）")
        .contains("您的草稿基于第 " + base + " 版，没有部署");
    assertThat(version()).isEqualTo(afterFirst);
  }

  @Test
  void onlyRuleAdministratorsAndAdministratorsDeployAndTheEngineDeploymentEndpointStaysClosed() throws Exception {
    int before = version();
    long deployments = repository.createDeploymentQuery().count();
    for (String reader : List.of(TOWN_LEADER, VILLAGER)) {
      var refused = http.post("/api/rules/hazard-routing/deploy", reader, deploy(toPolice(), before, "越权部署试探", "越过"));
      assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }
    var engine = http.exchange(org.springframework.http.HttpMethod.POST, "/engine-rest/deployment/create", RULE_ADMIN,
        multipart(toPolice()));
    assertThat(engine.getStatusCode().value()).isEqualTo(403);
    assertThat(http.post("/api/rules/hazard-routing/tests", TOWN_LEADER,
        Map.of("name", "x", "inputs", Map.of("hazardCategory", "fire"), "expected", Map.of("leadDepartment", "police")))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(version()).isEqualTo(before);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aDeployNeedsAReasonAndTheVersionItIsBasedOn() throws Exception {
    int before = version();
    var noReason = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(toPolice(), before, " ", "越过测试"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(noReason.getBody()).get("fieldErrors").findValuesAsText("field")).containsExactly("reason");
    var noBase = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(toPolice(), null, "有理由的修改", "越过测试"));
    assertThat(noBase.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(noBase.getBody()).get("fieldErrors").findValuesAsText("field")).containsExactly("baseVersion");
    var same = http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN,
        deploy(book.xml(book.existing(ROUTING).getActiveDefinitionId()), before, "重复部署", null));
    assertThat(same.getStatusCode().value()).isEqualTo(400);
    assertThat(same.getBody()).contains("内容完全相同，无需部署");
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void aRollbackDeploysAnEarlierVersionsContentAsANewVersion() throws Exception {
    int original = version();
    http.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, deploy(toPolice(), original, "临时调整", "测试用例作废"));
    int changed = version();
    var rolledBack = http.post("/api/rules/hazard-routing/rollback", RULE_ADMIN,
        Map.of("version", original, "baseVersion", changed, "reason", "调整有误，恢复原规则"));
    assertThat(rolledBack.getStatusCode().value()).as(rolledBack.getBody()).isEqualTo(201);
    JsonNode version = json.readTree(rolledBack.getBody());
    assertThat(version.get("origin").asText()).isEqualTo("ROLLBACK");
    assertThat(version.get("originLabel").asText()).isEqualTo("回滚");
    int restored = version.get("version").asInt();
    assertThat(ok(http.get("/api/rules/hazard-routing/diff?from=" + original + "&to=" + restored, TOWN_LEADER))
        .get("summary").asText()).isEqualTo("内容相同");
    JsonNode diff = ok(http.get("/api/rules/hazard-routing/diff?from=" + original + "&to=" + changed, TOWN_LEADER));
    assertThat(diff.get("changed")).hasSize(1);
    assertThat(diff.at("/changed/0/rule").asText()).isEqualTo("Rule_SpecialEquipment");
    assertThat(diff.at("/changed/0/cells/0/after").asText()).isEqualTo("\"police\"");
    var xml = http.get("/api/rules/hazard-routing/versions/" + changed + "/xml", TOWN_LEADER);
    assertThat(xml.getHeaders().getContentType().toString()).startsWith("application/xml");
    assertThat(xml.getBody()).contains("\"police\"");
  }

  @Test
  void thePreviewEvaluatesTheDraftOnRealHazardsAndListsThoseThatWouldGoElsewhere() throws Exception {
    JsonNode one = report("special-equipment", true);
    JsonNode two = report("special-equipment", true);
    report("fire", true);
    JsonNode preview = ok(http.post("/api/rules/hazard-routing/preview", TOWN_LEADER, Map.of("xml", toPolice())));
    assertThat(preview.get("noun").asText()).isEqualTo("隐患");
    assertThat(preview.get("cases").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode change = preview.get("changes").get(0);
    assertThat(change.get("inputsLabel").asText()).isEqualTo("隐患类别 特种设备（special-equipment）");
    assertThat(change.get("beforeLabel").asText()).contains("牵头部门 市场监管所（market-supervision）");
    assertThat(change.get("afterLabel").asText()).contains("牵头部门 派出所（police）");
    assertThat(change.get("afterRule").asText()).isEqualTo("Rule_SpecialEquipment");
    assertThat(change.get("examples").findValuesAsText("")).isEmpty();
    assertThat(json.convertValue(change.get("examples"), List.class))
        .contains(one.get("number").asText(), two.get("number").asText());
    assertThat(preview.get("changedCases").asLong()).isEqualTo(change.get("count").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(preview.get("moves").get(0).get("beforeLabel").asText()).isEqualTo("市场监管所");
    assertThat(preview.get("moves").get(0).get("afterLabel").asText()).isEqualTo("派出所");
    assertThat(preview.get("tests").findValuesAsText("passed")).contains("false");
    var badPeriod = http.post("/api/rules/hazard-routing/preview", TOWN_LEADER,
        Map.of("xml", toPolice(), "from", "2026-12-01", "to", "2026-01-01"));
    assertThat(badPeriod.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void testCasesAreKeptCheckedAndTwoEditorsCannotOverwriteEachOther() throws Exception {
    var created = http.post("/api/rules/hazard-routing/tests", RULE_ADMIN, Map.of("name", "沼气池隐患交农办",
        "inputs", Map.of("hazardCategory", "biogas"), "expected", Map.of("leadDepartment", "agri-office")));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode test = json.readTree(created.getBody());
    var bad = http.post("/api/rules/hazard-routing/tests", RULE_ADMIN, Map.of("name", "错",
        "inputs", Map.of("category", "biogas"), "expected", Map.of("lead", "agri-office")));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(bad.getBody()).get("fieldErrors").findValuesAsText("field"))
        .contains("inputs.hazardCategory", "inputs.category", "expected.lead");
    Map<String, Object> change = new HashMap<>(Map.of("name", "沼气池隐患交农办（改）",
        "inputs", Map.of("hazardCategory", "biogas"), "expected", Map.of("leadDepartment", "agri-office"),
        "version", test.get("version").asLong()));
    assertThat(http.put("/api/rules/hazard-routing/tests/" + test.get("id").asLong(), RULE_ADMIN, change)
        .getStatusCode().value()).isEqualTo(200);
    var stale = http.put("/api/rules/hazard-routing/tests/" + test.get("id").asLong(), ADMIN, change);
    assertThat(stale.getStatusCode().value()).isEqualTo(409);
    assertThat(stale.getBody()).contains("已被 chen.yanhai 修改");
    assertThat(ok(http.get("/api/rules/hazard-routing/tests", TOWN_LEADER)).findValuesAsText("name"))
        .contains("沼气池隐患交农办（改）");
    JsonNode current = ok(http.get("/api/rules/hazard-routing/tests", TOWN_LEADER));
    long version = 0;
    for (JsonNode t : current) {
      if (t.get("id").asLong() == test.get("id").asLong()) {
        version = t.get("version").asLong();
      }
    }
    assertThat(http.delete("/api/rules/hazard-routing/tests/" + test.get("id").asLong() + "?version=" + version,
        RULE_ADMIN).getStatusCode().value()).isEqualTo(204);
  }

  // ---- helpers

  private String toPolice() {
    return RuleDrafts.routingWithLead(RuleDrafts.shipped(ROUTING), "Rule_SpecialEquipment", "police");
  }

  private static Map<String, Object> deploy(String xml, Integer base, String reason, String override) {
    Map<String, Object> body = new HashMap<>();
    body.put("xml", xml);
    body.put("baseVersion", base);
    body.put("reason", reason);
    body.put("overrideReason", override);
    return body;
  }

  private static org.springframework.http.HttpEntity<?> multipart(String xml) {
    var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "sneaky");
    parts.add("data", new org.springframework.core.io.ByteArrayResource(xml.getBytes()) {
      @Override
      public String getFilename() {
        return "hazard-routing.dmn";
      }
    });
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return new org.springframework.http.HttpEntity<>(parts, headers);
  }

  private int version() {
    return book.existing(ROUTING).getActiveVersion();
  }

  private JsonNode ok(org.springframework.http.ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private JsonNode report(String category, boolean route) throws Exception {
    var response = http.post("/api/hazards", VILLAGER, Map.of("gridCode", "village-xiaogang", "hazardCategory", category,
        "grade", "general", "location", "小岗村", "description", "规则管理测试：" + category));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    JsonNode hazard = json.readTree(response.getBody());
    if (route) {
      runJobs(hazard);
    }
    return hazard;
  }

  private void runJobs(JsonNode hazard) {
    management.createJobQuery().processInstanceId(hazard.get("processInstanceId").asText()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private JsonNode hazard(JsonNode reported) throws Exception {
    return ok(http.get("/api/hazards/" + reported.get("number").asText(), ADMIN)).get("hazard");
  }

  private static JsonNode column(JsonNode detail, String name) {
    for (JsonNode column : detail.get("columns")) {
      if (column.get("name").asText().equals(name)) {
        return column;
      }
    }
    throw new AssertionError("no column " + name);
  }

  private static String term(JsonNode column, String code) {
    for (JsonNode term : column.get("terms")) {
      if (term.get("code").asText().equals(code)) {
        return term.get("name").asText();
      }
    }
    throw new AssertionError("no term " + code);
  }
}
