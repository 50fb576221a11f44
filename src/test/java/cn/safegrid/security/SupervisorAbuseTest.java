package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A supervisor reads and watches; he changes nothing. A hostile town leader and a hostile area
 * leader try, over both doors, what Cockpit's buttons would do (and what they do not offer): edit,
 * add or delete variables, cancel, suspend or modify the instance, retry, reschedule, suspend or
 * run its jobs, reassign its task, correlate a message. Each is refused with a Chinese message and
 * the instance, its variables, jobs and task are as before; his reads go through.
 */
@SafeGridTest
class SupervisorAbuseTest {

  static final String TOWN = Http.basic("zhang.shili", "demo");
  static final String AREA = Http.basic("peng.shitao", "demo");
  static final String ENGINE = "/engine-rest";
  static final String WEBAPP = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  final List<String> instances = new ArrayList<>();
  Http http;
  ProcessInstance hazard;

  @BeforeEach
  void aHazardOfEastArea() {
    http = new Http(port);
    hazard = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general", "小岗村粮库",
        "SupervisorAbuseTest 粮库烘干机压力容器未检");
    instances.add(hazard.getId());
  }

  @AfterEach
  void cleanUp() {
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
  }

  record Snapshot(Map<String, Object> variables, boolean suspended, String assignee, List<String> candidates,
      List<String> jobs) {}

  @Test
  void hostileSupervisorsChangeNothingOverTheEngineApi() throws Exception {
    String pi = hazard.getId();
    Task accept = driver.task(hazard, "Task_AcceptHazard");
    Job timer = management.createJobQuery().processInstanceId(pi).timers().list().stream().findFirst().orElse(null);
    assertThat(timer).as("the rectification deadline's timer").isNotNull();
    Snapshot before = snapshot();

    List<Object[]> attacks = new ArrayList<>(List.of(
        new Object[] {HttpMethod.PUT, "/process-instance/" + pi + "/variables/grade", Map.of("value", "major", "type", "String")},
        new Object[] {HttpMethod.POST, "/process-instance/" + pi + "/variables",
            Map.of("modifications", Map.of("gridCode", Map.of("value", "village-dazhuang", "type", "String")))},
        new Object[] {HttpMethod.DELETE, "/process-instance/" + pi + "/variables/hazardId", null},
        new Object[] {HttpMethod.PUT, "/execution/" + pi + "/localVariables/x", Map.of("value", "1", "type", "String")},
        new Object[] {HttpMethod.DELETE, "/process-instance/" + pi, null},
        new Object[] {HttpMethod.PUT, "/process-instance/" + pi + "/suspended", Map.of("suspended", true)},
        new Object[] {HttpMethod.POST, "/process-instance/" + pi + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseHazard")))},
        new Object[] {HttpMethod.POST, "/process-instance/delete", Map.of("processInstanceIds", List.of(pi), "deleteReason", "x")},
        new Object[] {HttpMethod.POST, "/process-instance/suspended-async", Map.of("processInstanceIds", List.of(pi), "suspended", true)},
        new Object[] {HttpMethod.POST, "/modification/execute", Map.of("processDefinitionId", hazard.getProcessDefinitionId(),
            "processInstanceIds", List.of(pi), "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_AcceptHazard")))},
        new Object[] {HttpMethod.POST, "/task/" + accept.getId() + "/assignee", Map.of("userId", "peng.shitao")},
        new Object[] {HttpMethod.POST, "/task/" + accept.getId() + "/identity-links", Map.of("groupId", "town-leaders", "type", "candidate")},
        new Object[] {HttpMethod.POST, "/task/" + accept.getId() + "/identity-links/delete", Map.of("groupId", "dept-market-supervision", "type", "candidate")},
        new Object[] {HttpMethod.PUT, "/task/" + accept.getId() + "/variables/acceptance", Map.of("value", "accept", "type", "String")},
        new Object[] {HttpMethod.POST, "/message", Map.of("messageName", "x", "processInstanceId", pi)},
        new Object[] {HttpMethod.POST, "/signal", Map.of("name", "x")},
        new Object[] {HttpMethod.PUT, "/process-definition/" + hazard.getProcessDefinitionId() + "/suspended", Map.of("suspended", true)}));
    if (timer != null) {
      attacks.addAll(List.of(
          new Object[] {HttpMethod.PUT, "/job/" + timer.getId() + "/retries", Map.of("retries", 0)},
          new Object[] {HttpMethod.PUT, "/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0800")},
          new Object[] {HttpMethod.PUT, "/job/" + timer.getId() + "/suspended", Map.of("suspended", true)},
          new Object[] {HttpMethod.POST, "/job/" + timer.getId() + "/execute", null},
          new Object[] {HttpMethod.DELETE, "/job/" + timer.getId(), null},
          new Object[] {HttpMethod.PUT, "/job-definition/" + timer.getJobDefinitionId() + "/suspended", Map.of("suspended", true)}));
    }
    for (String who : List.of(TOWN, AREA)) {
      for (Object[] attack : attacks) {
        ResponseEntity<String> answer = http.exchange((HttpMethod) attack[0], ENGINE + attack[1], who, attack[2]);
        assertThat(answer.getStatusCode().value()).as("%s %s: %s", attack[0], attack[1], answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).as("%s %s", attack[0], attack[1]).containsPattern("\\p{IsHan}");
      }
    }
    var webapp = new WebappSession(port);
    assertThat(webapp.login("peng.shitao", "demo")).isEqualTo(200);
    assertThat(webapp.putJson(WEBAPP + "/process-instance/" + pi + "/variables/grade", "{\"value\":\"major\",\"type\":\"String\"}")
        .statusCode()).isEqualTo(403);
    assertThat(webapp.delete(WEBAPP + "/process-instance/" + pi).statusCode()).isEqualTo(403);
    var suspend = webapp.putJson(WEBAPP + "/process-instance/" + pi + "/suspended", "{\"suspended\":true}");
    assertThat(suspend.statusCode()).isEqualTo(403);
    assertThat(suspend.body()).contains("不能修改流程");
    assertThat(webapp.postJson("/camunda/api/cockpit/plugin/base/default/process-definition/x/called-process-definitions/y",
        "{}").statusCode()).as("Cockpit's own API takes queries only").isEqualTo(403);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void supervisorsReadWhatCockpitReads() {
    String pi = hazard.getId();
    for (String who : List.of(TOWN, AREA)) {
      assertThat(status(http.get(ENGINE + "/process-instance/" + pi, who))).isEqualTo(200);
      assertThat(status(http.get(ENGINE + "/process-instance/" + pi + "/activity-instances", who))).isEqualTo(200);
      assertThat(status(http.get(ENGINE + "/process-instance/" + pi + "/variables", who))).isEqualTo(200);
      assertThat(status(http.post(ENGINE + "/process-instance?maxResults=50", who, Map.of("processInstanceIds", List.of(pi)))))
          .isEqualTo(200);
      assertThat(status(http.post(ENGINE + "/variable-instance?maxResults=50", who, Map.of("processInstanceIdIn", List.of(pi)))))
          .isEqualTo(200);
      assertThat(status(http.post(ENGINE + "/history/activity-instance?maxResults=50", who,
          Map.of("processInstanceId", pi)))).isEqualTo(200);
      assertThat(status(http.get(ENGINE + "/incident/count?processInstanceId=" + pi, who))).isEqualTo(200);
      assertThat(status(http.post(ENGINE + "/job?maxResults=50", who, Map.of("processInstanceId", pi)))).isEqualTo(200);
    }
    // another officer, no Cockpit: the engine's query resources stay closed to him
    assertThat(status(http.post(ENGINE + "/process-instance?maxResults=50", Http.basic("dong.liyong", "demo"), Map.of())))
        .isEqualTo(403);
  }

  private Snapshot snapshot() {
    String pi = hazard.getId();
    Task accept = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_AcceptHazard").singleResult();
    List<String> jobs = management.createJobQuery().processInstanceId(pi).list().stream()
        .map(j -> j.getId() + "/" + j.getRetries() + "/" + j.getDuedate() + "/" + j.isSuspended()).sorted().toList();
    return new Snapshot(runtime.getVariables(pi), runtime.createProcessInstanceQuery().processInstanceId(pi)
        .singleResult().isSuspended(), accept.getAssignee(),
        tasks.getIdentityLinksForTask(accept.getId()).stream().map(IdentityLink::getGroupId).sorted().toList(), jobs);
  }

  private static int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }
}
