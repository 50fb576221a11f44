package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.PostgresTest;
import cn.safegrid.support.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole loop on real PostgreSQL, over HTTP, as the officers' clients do it: a villager reports,
 * the routed department works the task (the other village cannot see it), the village leaders
 * verify, and the ledger shows the hazard closed with its whole audit trail.
 */
@PostgresTest
class HazardEndToEndTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String OTHER_VILLAGER = Http.basic("chen.yangang", "demo");
  static final String DEPARTMENT = Http.basic("huang.shimin", "demo");
  static final String VILLAGE_LEADER = Http.basic("gao.shihua", "demo");

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;

  @Test
  void aVillagersReportIsRoutedRectifiedVerifiedAndClosed() throws Exception {
    Http http = new Http(port);
    TaskForms forms = new TaskForms(http);

    var reported = http.post("/api/hazards", VILLAGER, Map.of("gridCode", "village-xiaogang",
        "hazardCategory", "special-equipment", "grade", "general", "location", "小岗村养老院锅炉房",
        "description", "锅炉压力表超过检定有效期"));
    assertThat(reported.getStatusCode().value()).isEqualTo(201);
    String number = json.readTree(reported.getBody()).get("number").asText();
    String instance = json.readTree(reported.getBody()).get("processInstanceId").asText();
    runJobs(instance);

    String accept = onlyTask(http, DEPARTMENT, instance);
    assertThat(taskNames(http, OTHER_VILLAGER)).noneMatch(name -> name.contains(number));
    assertThat(http.get("/engine-rest/task/" + accept, OTHER_VILLAGER).getStatusCode().value()).isIn(403, 404);
    assertThat(http.get("/api/hazards/" + number, OTHER_VILLAGER).getStatusCode().value()).isEqualTo(404);
    // the village's own leaders watch the department's work
    assertThat(taskNames(http, VILLAGE_LEADER)).anyMatch(name -> name.contains(number));

    claim(http, accept, "huang.shimin");
    assertThat(forms.submit(accept, DEPARTMENT, Map.of("acceptance", "accept", "responsibleUnit", "小岗村养老院",
        "responsiblePerson", "周示例", "responsiblePhone", "13900009999", "measures", "停用送检"))).isEqualTo(204);

    String rectify = onlyTask(http, DEPARTMENT, instance);
    claim(http, rectify, "huang.shimin");
    assertThat(forms.submit(rectify, DEPARTMENT, Map.of("rectificationResult", "已送检合格"))).isEqualTo(204);

    String verify = onlyTask(http, VILLAGE_LEADER, instance);
    assertThat(http.post("/engine-rest/task/" + verify + "/claim", DEPARTMENT, Map.of("userId", "huang.shimin"))
        .getStatusCode().value()).as("the department cannot verify its own work").isIn(403, 404);
    claim(http, verify, "gao.shihua");
    assertThat(forms.submit(verify, VILLAGE_LEADER, Map.of("verification", "pass", "verificationOpinion", "合格"))).isEqualTo(204);

    JsonNode detail = json.readTree(http.get("/api/hazards/" + number, VILLAGER).getBody());
    assertThat(detail.at("/hazard/status").asText()).isEqualTo("CLOSED");
    assertThat(detail.at("/hazard/statusLabel").asText()).isEqualTo("已销号");
    List<String> trail = new ArrayList<>();
    detail.get("trail").forEach(e -> trail.add(e.get("actionLabel").asText() + "/" + e.get("actorName").asText()));
    assertThat(trail).containsExactly("上报隐患/董例勇", "分办/系统", "受理并明确整改责任/黄示敏", "报告整改完成/黄示敏",
        "复查通过/高示华", "销号/系统");
  }

  private void runJobs(String instance) {
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  private String onlyTask(Http http, String authorization, String instance) throws Exception {
    JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + instance
        + "&firstResult=0&maxResults=10", authorization).getBody());
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private List<String> taskNames(Http http, String authorization) throws Exception {
    List<String> names = new ArrayList<>();
    json.readTree(http.get("/engine-rest/task?firstResult=0&maxResults=500", authorization).getBody())
        .forEach(t -> names.add(t.get("name").asText()));
    return names;
  }

  private static void claim(Http http, String taskId, String user) {
    assertThat(http.post("/engine-rest/task/" + taskId + "/claim", Http.basic(user, "demo"), Map.of("userId", user))
        .getStatusCode().value()).isEqualTo(204);
  }
}
