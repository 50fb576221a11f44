package cn.safegrid.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.PostgresTest;
import cn.safegrid.support.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A village's weekly round on real PostgreSQL, as a villager's Tasklist does it: the round opens,
 * he finds it among his group's tasks, submits the checklist form (its key-place list as JSON),
 * and the hazards he marked are in the ledger, routed to the departments the rules name.
 */
@PostgresTest
class InspectionEndToEndTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");

  @LocalServerPort int port;
  @Autowired InspectionScheduler scheduler;
  @Autowired InspectionRepository inspections;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aVillagerFillsHisWeeklyChecklistAndItsFindingsBecomeRoutedHazards() throws Exception {
    var monday = ZonedDateTime.of(2027, 6, 7, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
    ClockUtil.setCurrentTime(java.util.Date.from(monday));
    Inspection round = scheduler.openDueRounds(monday).stream()
        .filter(i -> i.getGridCode().equals("village-xiaogang")).findFirst().orElseThrow();

    Http http = new Http(port);
    JsonNode tasks = json.readTree(http.get("/engine-rest/task?candidateUser=dong.liyong&processInstanceId="
        + round.getProcessInstanceId() + "&firstResult=0&maxResults=10", VILLAGER).getBody());
    assertThat(tasks).hasSize(1);
    String task = tasks.get(0).get("id").asText();
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("村级隐患排查 · 小岗村 · 6月13日 24 时前");
    assertThat(http.post("/engine-rest/task/" + task + "/claim", VILLAGER, Map.of("userId", "dong.liyong"))
        .getStatusCode().value()).isEqualTo(204);

    JsonNode keyPlaces = json.readTree(runtime.getVariable(round.getProcessInstanceId(), "keyPlaces").toString());
    StringBuilder answered = new StringBuilder("[");
    for (int i = 0; i < keyPlaces.size(); i++) {
      answered.append(i == 0 ? "" : ",").append("{\"name\":").append(keyPlaces.get(i).get("name"))
          .append(i == 0 ? ",\"result\":\"hazard\",\"remark\":\"粮库电线老化裸露\",\"category\":\"electrical\",\"grade\":\"general\"}"
              : ",\"result\":\"passed\",\"remark\":\"\"}");
    }
    answered.append("]");

    var checklist = RoundAnswers.allPassed(runtime, round.getProcessInstanceId())
        .set("fireWater", "result", "hazard").set("fireWater", "remark", "村东消防栓冻裂，无法出水");
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    variables.put("checklistItems", Map.of("value", checklist.json(), "type", "Json"));
    variables.put("keyPlaces", Map.of("value", answered.toString(), "type", "Json"));
    assertThat(new TaskForms(http).submitTyped(task, VILLAGER, variables)).isEqualTo(204);

    for (var job : management.createJobQuery().executable().list()) {
      management.executeJob(job.getId());
    }
    Inspection done = inspections.findById(round.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(InspectionStatus.DONE);
    assertThat(done.getFindings()).isEqualTo(2);
    List<String> numbers = List.of(done.getHazardNumbers().split(","));
    JsonNode water = json.readTree(http.get("/api/hazards/" + numbers.get(0), VILLAGER).getBody()).get("hazard");
    JsonNode granary = json.readTree(http.get("/api/hazards/" + numbers.get(1), VILLAGER).getBody()).get("hazard");
    assertThat(water.get("categoryName").asText()).isEqualTo("消防水源");
    assertThat(water.get("leadUnitName").asText()).isEqualTo("小岗村网格");
    assertThat(water.get("assistingDepartments")).extracting(JsonNode::asText).containsExactly("fire-brigade");
    assertThat(granary.get("reporterName").asText()).isEqualTo("董例勇");
    assertThat(granary.get("source").asText()).contains("village-xiaogang/2027-W23/1");
  }
}
