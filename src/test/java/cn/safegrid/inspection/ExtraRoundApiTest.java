package cn.safegrid.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Opening an extra round (加密排查) over the engine's REST API, as Tasklist does: the start form's two
 * fields only; the grid is the officer's own or refused with a Chinese 400, nothing opened; the
 * ledger lists the round as extra.
 */
@SafeGridTest
class ExtraRoundApiTest {

  static final String START = "/engine-rest/process-definition/key/" + InspectionProcess.EXTRA_KEY + "/submit-form";
  static final String CHEN = Http.basic("chen.yangang", "demo");
  static final String GAO = Http.basic("gao.shihua", "demo");
  static final String GRIDS = "/api/inspections/extra-round-grids";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired InspectionRepository inspections;
  @Autowired cn.safegrid.hazard.HazardDriver driver;
  @Autowired cn.safegrid.grid.Registry registry;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    // a week of its own (Monday 2031-W10), as the other inspection tests keep
    driver.clockAt(RoundAnswers.at(2031, 3, 3, 10));
  }

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void tasklistOffersTheExtraRoundOnlyToMembersOfGridsThatInspect() throws Exception {
    String startable = "/engine-rest/process-definition?latest=true&startablePermissionCheck=true"
        + "&startableInTasklist=true&firstResult=0&maxResults=50";
    assertThat(json.readTree(http.get(startable, GAO).getBody()).findValuesAsText("key"))
        .contains(InspectionProcess.EXTRA_KEY, "hazard-rectification");
    // the fire brigade's head is in the town grid only, which does not inspect on a schedule
    String fireHead = Http.basic("zheng.cehong", "demo");
    assertThat(json.readTree(http.get(startable, fireHead).getBody()).findValuesAsText("key"))
        .contains("hazard-rectification").doesNotContain(InspectionProcess.EXTRA_KEY);
    long rounds = inspections.count();
    ResponseEntity<String> refused = http.post(START, fireHead, Map.of("variables", Map.of(
        "extraReason", Map.of("value", "想加一轮"))));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isBetween(400, 403);
    assertThat(inspections.count()).as("nothing opened").isEqualTo(rounds);
  }

  @Test
  void anotherGridsMemberIsRefusedWithA400AndAForgedVariableIsNotAccepted() throws Exception {
    long rounds = inspections.count();
    ResponseEntity<String> refused = http.post(START, CHEN, Map.of("variables", Map.of(
        "gridCode", Map.of("value", "village-xiaogang"), "extraReason", Map.of("value", "替别村排查"))));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("您不是“小岗村”网格的成员，只能为本人所在的网格开展加密排查");

    // a variable the start form does not have (who opened it, which round) is refused by the gate
    ResponseEntity<String> forged = http.post(START, CHEN, Map.of("variables", Map.of(
        "extraReason", Map.of("value", "加密排查"), "inspectionId", Map.of("value", 1, "type", "Long"))));
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isIn(400, 403);
    assertThat(forged.getBody()).containsPattern("\\p{IsHan}");
    assertThat(inspections.count()).as("nothing opened").isEqualTo(rounds);
  }

  @Test
  void aGridLeaderOpensOneForHisVillageAndTheLedgerListsItAsExtra() throws Exception {
    ResponseEntity<String> started = http.post(START, GAO, Map.of("variables", Map.of(
        "extraReason", Map.of("value", "大风天气前检查柴草堆放"))));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);

    JsonNode page = json.readTree(http.get("/api/inspections?gridCode=village-xiaogang&extra=true&week=2031-W10", GAO)
        .getBody());
    assertThat(page.findValuesAsText("extraReason")).containsExactly("大风天气前检查柴草堆放");
    assertThat(page.findValuesAsText("businessKey")).containsExactly("village-xiaogang/2031-W10/E1");
    assertThat(page.findValuesAsText("extra")).containsOnly("true");
    assertThat(page.findValuesAsText("openedByName")).contains("高示华");
  }

  // ---- the start form's list of grids (GET /api/inspections/extra-round-grids)

  @Test
  void aMemberGetsTheGridsHeMayOpenAnExtraRoundOfInChinese() throws Exception {
    assertThat(options(GAO)).containsExactly(Map.of("label", "小岗村（东片）", "value", "village-xiaogang"));
    assertThat(options(Http.basic("dong.liyong", "demo"))).containsExactly(Map.of("label", "小岗村（东片）", "value", "village-xiaogang"));
    assertThat(options(Http.basic("gao.shili", "demo")))
        .containsExactly(Map.of("label", "别山镇中心小学（学校）", "value", "school-bieshan-central"));
  }

  @Test
  void whoMayOpenNoneIsRefusedWithTheReasonTheStartWouldGive() throws Exception {
    // the fire brigade's head is in the town grid only, which does not inspect on a schedule
    ResponseEntity<String> fireHead = http.get(GRIDS, Http.basic("zheng.cehong", "demo"));
    assertThat(fireHead.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(fireHead.getBody()).get("message").asText())
        .isEqualTo("郑测红不是任何村级网格或企事业单位网格的成员，不能开展加密排查（加密排查由本网格的成员为本网格开展）");
    ResponseEntity<String> admin = http.get(GRIDS, Http.basic("admin", "demo"));
    assertThat(admin.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(admin.getBody()).get("message").asText()).isEqualTo("只有网格台账中登记的网格成员才能开展加密排查");
    ResponseEntity<String> anonymous = http.get(GRIDS, null);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(json.readTree(anonymous.getBody()).get("message").asText()).containsPattern("\\p{IsHan}");
  }

  @Test
  void aMemberOfTwoGridsGetsBothAndMustChooseOne() throws Exception {
    var second = new cn.safegrid.grid.RegistryData.AssignmentRow("school-xiaogang-primary", "p-064",
        cn.safegrid.grid.GridRole.GRID_MEMBER, null, "测试：兼任小学网格员");
    registry.edit(d -> d.withAssignments(java.util.stream.Stream.concat(d.assignments().stream(),
        java.util.stream.Stream.of(second)).toList()));
    try {
      assertThat(options(GAO)).containsExactly(Map.of("label", "小岗村（东片）", "value", "village-xiaogang"),
          Map.of("label", "别山镇小岗小学（学校）", "value", "school-xiaogang-primary"));
      long rounds = inspections.count();
      ResponseEntity<String> none = http.post(START, GAO, Map.of("variables", Map.of(
          "extraReason", Map.of("value", "开学前检查"))));
      assertThat(none.getStatusCode().value()).as(none.getBody()).isEqualTo(400);
      assertThat(json.readTree(none.getBody()).get("message").asText())
          .contains("您是多个网格的成员（小岗村 village-xiaogang、别山镇小岗小学 school-xiaogang-primary），请选择要加密排查的网格");
      assertThat(inspections.count()).as("nothing opened").isEqualTo(rounds);
    } finally {
      registry.edit(d -> d.withAssignments(d.assignments().stream().filter(a -> !a.key().equals(second.key())).toList()));
    }
    assertThat(options(GAO)).hasSize(1);
  }

  private java.util.List<Map<String, String>> options(String login) throws Exception {
    ResponseEntity<String> response = http.get(GRIDS, login);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    java.util.List<Map<String, String>> options = new java.util.ArrayList<>();
    json.readTree(response.getBody()).forEach(o -> options.add(Map.of("label", o.get("label").asText(),
        "value", o.get("value").asText())));
    return options;
  }
}
