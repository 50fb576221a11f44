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

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired InspectionRepository inspections;
  @Autowired cn.safegrid.hazard.HazardDriver driver;

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
}
