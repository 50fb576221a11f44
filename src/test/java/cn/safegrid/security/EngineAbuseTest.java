package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardLedger;
import cn.safegrid.hazard.HazardRepository;
import cn.safegrid.hazard.HazardStatus;
import cn.safegrid.inspection.InspectionRepository;
import cn.safegrid.inspection.InspectionStatus;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The attacks of issue 9 (items 1, 2, 3, 4 and 6) and their neighbours, replayed by officers over
 * both doors of the engine API: each is refused with a Chinese message, and the ledger and the
 * engine are as before. The legitimate calls next to them still work.
 */
@SafeGridTest
class EngineAbuseTest {

  static final String CHEN = Http.basic("chen.yangang", "demo");
  static final String DONG = Http.basic("dong.liyong", "demo");
  static final String HUANG = Http.basic("huang.shimin", "demo");
  static final String ZHENG = Http.basic("zheng.cehong", "demo");
  static final String XU = Http.basic("xu.yangang", "demo");
  static final String ADMIN = Http.basic("admin", "demo");
  static final String DEFINITION = "/engine-rest/process-definition/key/hazard-rectification";
  static final String WEBAPP = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @Autowired HazardLedger ledger;
  @Autowired InspectionRepository inspections;
  @Autowired cn.safegrid.inspection.InspectionScheduler scheduler;
  @Autowired cn.safegrid.system.TownClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired AdminActionRepository actions;
  final ObjectMapper json = new ObjectMapper();
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  // ---- item 1: start instructions, another hazard's steps --------------------------------------

  @Test
  void startInstructionsAreRefusedAndTheLedgerIsUntouched() throws Exception {
    ProcessInstance victim = report("special-equipment", "小岗村 · 锅炉房");
    Long hazardId = hazardIdOf(victim);
    Snapshot before = snapshot(hazardId);

    List<Map<String, Object>> attacks = List.of(
        Map.of("variables", Map.of("hazardId", typed(hazardId, "Long")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseHazard"))),
        Map.of("variables", Map.of("hazardId", typed(hazardId, "Long"), "leadGroup", typed("grid-village-dazhuang", "String")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AcceptHazard"))),
        Map.of("variables", Map.of("hazardId", typed(hazardId, "Long")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_OpenAccountabilityCase"))),
        Map.of("variables", reportForm(),
            "startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", "StartEvent_HazardReported"))),
        Map.of("variables", reportForm(),
            "startInstructions", List.of(Map.of("type", "startTransition", "transitionId", "Flow_StartToAccept"))),
        Map.of("variables", reportForm(), "skipCustomListeners", true),
        Map.of("variables", reportForm(), "skipIoMappings", true),
        Map.of("variables", reportForm(), "businessKey", "BS-2026-999999"),
        Map.of("variables", reportForm(), "caseInstanceId", "x"),
        Map.of("variables", reportForm(), "withVariablesInReturn", true));
    String byId = "/engine-rest/process-definition/" + victim.getProcessDefinitionId();
    for (Map<String, Object> attack : attacks) {
      for (String path : List.of(DEFINITION + "/start", DEFINITION + "/submit-form", byId + "/start")) {
        assertRefused(http.post(path, CHEN, attack), path + " " + attack.keySet());
      }
    }
    var browser = new WebappSession(port);
    assertThat(browser.login("chen.yangang", "demo")).isEqualTo(200);
    for (Map<String, Object> attack : attacks) {
      assertRefused(browser.postJson(WEBAPP + "/process-definition/key/hazard-rectification/start",
          json.writeValueAsString(attack)));
    }
    assertThat(snapshot(hazardId)).isEqualTo(before);
  }

  // ---- item 6: start variables the report form does not have, typed objects --------------------

  @Test
  void aStartTakesOnlyTheReportFormsFieldsInPlainTypes() throws Exception {
    long instances = runtime.createProcessInstanceQuery().count();
    long ledgerSize = hazards.count();
    for (String computed : List.of("taskPriority", "source", "hazardId", "leadGroup", "verifierGroup",
        "rectificationDue", "levelTwoLeader", "reporterId")) {
      Map<String, Object> variables = new LinkedHashMap<>(reportForm());
      variables.put(computed, typed("1", "String"));
      assertRefused(http.post(DEFINITION + "/submit-form", DONG, Map.of("variables", variables)), computed);
      assertRefused(http.post(DEFINITION + "/start", DONG, Map.of("variables", variables)), computed);
    }
    List<Map<String, Object>> tricks = List.of(
        Map.of("type", "Object", "value", "\"http://example.invalid/\"",
            "valueInfo", Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json")),
        Map.of("type", "Object", "value", "\"/etc/passwd\"",
            "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")),
        Map.of("type", "String", "value", "village-xiaogang", "valueInfo", Map.of("objectTypeName", "java.io.File")),
        Map.of("type", "Bytes", "value", "AAAA"),
        Map.of("type", "File", "value", "AAAA", "valueInfo", Map.of("filename", "a.txt")));
    for (Map<String, Object> trick : tricks) {
      Map<String, Object> variables = new LinkedHashMap<>(reportForm());
      variables.put("gridCode", trick);
      assertRefused(http.post(DEFINITION + "/submit-form", DONG, Map.of("variables", variables)), trick.toString());
    }
    var browser = new WebappSession(port);
    assertThat(browser.login("dong.liyong", "demo")).isEqualTo(200);
    Map<String, Object> extra = new LinkedHashMap<>(reportForm());
    extra.put("taskPriority", typed(1, "Integer"));
    assertRefused(browser.postJson(WEBAPP + "/process-definition/key/hazard-rectification/submit-form",
        json.writeValueAsString(Map.of("variables", extra))));
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(hazards.count()).isEqualTo(ledgerSize);

    // the report as Tasklist sends it still starts a hazard, over both doors
    assertThat(http.post(DEFINITION + "/submit-form", DONG, Map.of("variables", reportForm()))
        .getStatusCode().value()).isEqualTo(200);
    assertThat(browser.postJson(WEBAPP + "/process-definition/key/hazard-rectification/submit-form",
        json.writeValueAsString(Map.of("variables", reportForm()))).statusCode()).isEqualTo(200);
    assertThat(hazards.count()).isEqualTo(ledgerSize + 2);
    // a process without a start form cannot be started by an officer at all
    assertRefused(http.post("/engine-rest/process-definition/key/inspection-round/start", DONG, Map.of()), "round");
  }

  // ---- item 2: computed variables of a task (verifier, inspection id) ---------------------------

  @Test
  void theVariablesSafeGridComputesCannotBeWrittenThroughATask() throws Exception {
    ProcessInstance instance = report("special-equipment", "小岗村 · 压力容器");
    Long hazardId = hazardIdOf(instance);
    Task accept = driver.task(instance, "Task_AcceptHazard");
    assertThat(http.post("/engine-rest/task/" + accept.getId() + "/claim", HUANG, Map.of("userId", "huang.shimin"))
        .getStatusCode().value()).isEqualTo(204);
    Object verifier = runtime.getVariable(instance.getId(), "verifierGroup");
    Snapshot before = snapshot(hazardId);
    String task = "/engine-rest/task/" + accept.getId();
    Map<String, Object> value = typed("dept-market-supervision", "String");
    assertRefused(http.put(task + "/variables/verifierGroup", HUANG, value), "PUT variable");
    assertRefused(http.put(task + "/localVariables/verifierGroup", HUANG, value), "PUT local variable");
    assertRefused(http.post(task + "/variables", HUANG, Map.of("modifications", Map.of("verifierGroup", value))), "POST variables");
    assertRefused(http.delete(task + "/variables/leadGroup", HUANG), "DELETE variable");
    assertRefused(http.put("/engine-rest/process-instance/" + instance.getId() + "/variables/verifierGroup", HUANG, value),
        "process instance variable");
    assertRefused(http.post("/engine-rest/execution/" + instance.getId() + "/localVariables", HUANG,
        Map.of("modifications", Map.of("verifierGroup", value))), "execution variables");
    Map<String, Object> answer = new LinkedHashMap<>(acceptForm());
    answer.put("verifierGroup", value);
    assertRefused(http.post(task + "/submit-form", HUANG, Map.of("variables", answer)), "submit-form with verifierGroup");
    assertRefused(http.post(task + "/complete", HUANG, Map.of("variables", answer)), "complete with verifierGroup");
    assertRefused(http.post(task + "/submit-form", HUANG, Map.of("variables", acceptForm(), "withVariablesInReturn", true)),
        "withVariablesInReturn");
    var browser = new WebappSession(port);
    assertThat(browser.login("huang.shimin", "demo")).isEqualTo(200);
    assertRefused(browser.postJson(WEBAPP + "/task/" + accept.getId() + "/variables",
        json.writeValueAsString(Map.of("modifications", Map.of("verifierGroup", value)))));
    assertRefused(browser.postJson(WEBAPP + "/task/" + accept.getId() + "/submit-form",
        json.writeValueAsString(Map.of("variables", answer))));

    assertThat(runtime.getVariable(instance.getId(), "verifierGroup")).isEqualTo(verifier);
    assertThat(snapshot(hazardId)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).count()).isOne();

    // the form's own answer goes through and lands in the trail
    assertThat(http.post(task + "/submit-form", HUANG, Map.of("variables", acceptForm())).getStatusCode().value())
        .isEqualTo(204);
    assertThat(ledger.trailOf(hazardId)).hasSizeGreaterThan(before.trail());
    assertThat(hazards.findById(hazardId).orElseThrow().getStatus()).isNotEqualTo(before.status());
  }

  @Test
  void aRoundCannotBeRedirectedToAnotherVillagesInspection() {
    if (tasks.createTaskQuery().taskCandidateGroup("grid-village-dazhuang").taskDefinitionKey("Task_InspectVillage")
        .count() == 0) {
      scheduler.openDueRounds(clock.now());
    }
    Task round = tasks.createTaskQuery().taskCandidateGroup("grid-village-dazhuang")
        .taskDefinitionKey("Task_InspectVillage").list().stream().findFirst().orElseThrow();
    Object inspectionId = runtime.getVariable(round.getProcessInstanceId(), "inspectionId");
    Long other = inspections.findAll().stream()
        .filter(i -> i.getGridCode().equals("village-xiaogang") && i.getStatus() == InspectionStatus.OPEN)
        .map(i -> i.getId()).findFirst().orElse(1L);
    InspectionStatus otherStatus = inspections.findById(other).map(i -> i.getStatus()).orElse(null);
    String task = "/engine-rest/task/" + round.getId();
    boolean wasFree = round.getAssignee() == null;
    if (wasFree) {
      assertThat(http.post(task + "/claim", CHEN, Map.of("userId", "chen.yangang")).getStatusCode().value()).isEqualTo(204);
    }
    assertRefused(http.put(task + "/variables/inspectionId", CHEN, typed(other, "Long")), "PUT inspectionId");
    assertRefused(http.put("/engine-rest/process-instance/" + round.getProcessInstanceId() + "/variables/inspectionId",
        CHEN, typed(other, "Long")), "PUT process inspectionId");
    assertRefused(http.post(task + "/submit-form", CHEN,
        Map.of("variables", Map.of("inspectionId", typed(other, "Long")))), "submit-form inspectionId");
    assertThat(runtime.getVariable(round.getProcessInstanceId(), "inspectionId")).isEqualTo(inspectionId);
    assertThat(inspections.findById(other).map(i -> i.getStatus()).orElse(null)).isEqualTo(otherStatus);
    if (wasFree) {
      // his own claim he may give back, even with only TASK_WORK on the task
      assertThat(http.post(task + "/unclaim", CHEN, null).getStatusCode().value()).isEqualTo(204);
      assertThat(tasks.createTaskQuery().taskId(round.getId()).singleResult().getAssignee()).isNull();
    }
  }

  // ---- item 3: a task someone else holds ------------------------------------------------------

  @Test
  void aCandidateCannotTouchATaskSomeoneElseHolds() throws Exception {
    ProcessInstance instance = report("fire", "小岗村 · 村委会");
    Task accept = driver.task(instance, "Task_AcceptHazard");
    String task = "/engine-rest/task/" + accept.getId();
    assertThat(http.post(task + "/claim", ZHENG, Map.of("userId", "zheng.cehong")).getStatusCode().value()).isEqualTo(204);
    Task held = tasks.createTaskQuery().taskId(accept.getId()).singleResult();

    assertRefused(http.post(task + "/unclaim", XU, null), "unclaim");
    var claimOver = http.post(task + "/claim", XU, Map.of("userId", "xu.yangang"));
    assertThat(claimOver.getStatusCode().value()).as("claim over: " + claimOver.getBody()).isEqualTo(409);
    assertThat(claimOver.getBody()).contains("已被其他人认领");
    assertRefused(http.post(task + "/assignee", XU, Map.of("userId", "xu.yangang")), "assignee");
    assertRefused(http.post(task + "/delegate", XU, Map.of("userId", "xu.yangang")), "delegate");
    assertRefused(http.post(task + "/identity-links", XU, Map.of("userId", "xu.yangang", "type", "candidate")), "link");
    assertRefused(http.post(task + "/identity-links/delete", XU, Map.of("groupId", "dept-fire-brigade", "type", "candidate")),
        "unlink");
    assertRefused(http.post(task + "/submit-form", XU, Map.of("variables", acceptForm())), "submit another's task");
    Map<String, Object> update = new LinkedHashMap<>();
    update.put("name", "无关任务");
    update.put("priority", 1);
    update.put("due", null);
    for (String who : List.of(XU, ZHENG)) { // not even the holder renames, re-prioritises or clears the due date
      assertRefused(http.put(task, who, update), "update");
      assertRefused(http.exchange(HttpMethod.PUT, task, who, update), "update");
    }
    assertRefused(http.post(task + "/claim", XU, Map.of("userId", "zheng.cehong")), "claim for another");
    var browser = new WebappSession(port);
    assertThat(browser.login("xu.yangang", "demo")).isEqualTo(200);
    assertRefused(browser.postJson(WEBAPP + "/task/" + accept.getId() + "/unclaim", "{}"));
    assertRefused(browser.postJson(WEBAPP + "/task/" + accept.getId() + "/delegate", "{\"userId\":\"xu.yangang\"}"));

    Task after = tasks.createTaskQuery().taskId(accept.getId()).singleResult();
    assertThat(after.getAssignee()).isEqualTo("zheng.cehong");
    assertThat(after.getPriority()).isEqualTo(held.getPriority());
    assertThat(after.getDueDate()).isEqualTo(held.getDueDate());
    assertThat(after.getName()).isEqualTo(held.getName());

    // the engine itself: candidates and the holder have TASK_WORK, not UPDATE
    for (String user : List.of("xu.yangang", "zheng.cehong")) {
      assertThatThrownBy(() -> driver.as(user, () -> {
        tasks.setPriority(accept.getId(), 1);
        return null;
      })).isInstanceOf(AuthorizationException.class);
    }
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).singleResult().getPriority()).isEqualTo(held.getPriority());

    // what Tasklist does still works: the holder gives it back, another candidate takes it
    assertThat(http.post(task + "/unclaim", ZHENG, null).getStatusCode().value()).isEqualTo(204);
    assertThat(http.post(task + "/claim", XU, Map.of("userId", "xu.yangang")).getStatusCode().value()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee()).isEqualTo("xu.yangang");
  }

  // ---- item 4: jobs and history cleanup ---------------------------------------------------------

  @Test
  void jobsAndTheHistoryCleanupAreAdministratorsOnly() {
    Job job = history.findHistoryCleanupJobs().stream().findFirst()
        .orElseGet(() -> management.createJobQuery().timers().list().stream().findFirst().orElseThrow());
    String jobPath = "/engine-rest/job/" + job.getId();
    for (String who : List.of(CHEN, XU)) {
      assertRefused(http.get("/engine-rest/job?firstResult=0&maxResults=10", who), "list jobs");
      assertRefused(http.get(jobPath, who), "read job");
      assertRefused(http.post(jobPath + "/execute", who, null), "execute");
      assertRefused(http.put(jobPath + "/suspended", who, Map.of("suspended", true)), "suspend");
      assertRefused(http.put(jobPath + "/duedate", who, Map.of("duedate", "2030-01-01T00:00:00.000+0000")), "due date");
      assertRefused(http.put(jobPath + "/priority", who, Map.of("priority", 1)), "priority");
      assertRefused(http.put(jobPath + "/retries", who, Map.of("retries", 0)), "retries");
      assertRefused(http.delete(jobPath, who), "delete");
      assertRefused(http.post("/engine-rest/history/cleanup", who, null), "cleanup now");
      assertRefused(http.put("/engine-rest/job-definition/" + job.getJobDefinitionId() + "/suspended", who,
          Map.of("suspended", true)), "job definition");
    }
    Job after = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isEqualTo(job.isSuspended());
    assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(after.getRetries()).isEqualTo(job.getRetries());
    assertThat(after.getPriority()).isEqualTo(job.getPriority());
    // an administrator reads without a reason (his writes need one: see below)
    assertThat(http.get("/engine-rest/job?firstResult=0&maxResults=10", ADMIN).getStatusCode().value()).isEqualTo(200);
  }

  // ---- everything else ------------------------------------------------------------------------

  @Test
  void everythingTasklistDoesNotNeedIsAnAdministrators() {
    Map<String, Object> empty = Map.of();
    List<Object[]> calls = List.of(
        new Object[] {HttpMethod.GET, "/process-instance?firstResult=0&maxResults=10"},
        new Object[] {HttpMethod.POST, "/process-instance/x/modification"},
        new Object[] {HttpMethod.DELETE, "/process-instance/x"},
        new Object[] {HttpMethod.PUT, "/process-instance/x/suspended"},
        new Object[] {HttpMethod.POST, "/process-instance/delete"},
        new Object[] {HttpMethod.POST, "/deployment/create"},
        new Object[] {HttpMethod.DELETE, "/deployment/x"},
        new Object[] {HttpMethod.POST, "/message"},
        new Object[] {HttpMethod.POST, "/signal"},
        new Object[] {HttpMethod.GET, "/batch?firstResult=0&maxResults=10"},
        new Object[] {HttpMethod.POST, "/migration/execute"},
        new Object[] {HttpMethod.POST, "/external-task/fetchAndLock"},
        new Object[] {HttpMethod.POST, "/incident/x/annotation"},
        new Object[] {HttpMethod.POST, "/user/create"},
        new Object[] {HttpMethod.PUT, "/user/chen.yangang/profile"},
        new Object[] {HttpMethod.PUT, "/user/chen.yangang/credentials"},
        new Object[] {HttpMethod.POST, "/group/create"},
        new Object[] {HttpMethod.PUT, "/group/camunda-admin/members/chen.yangang"},
        new Object[] {HttpMethod.POST, "/tenant/create"},
        new Object[] {HttpMethod.POST, "/authorization/create"},
        new Object[] {HttpMethod.POST, "/filter/create"},
        new Object[] {HttpMethod.POST, "/task/create"},
        new Object[] {HttpMethod.POST, "/task/x/comment/create"},
        new Object[] {HttpMethod.POST, "/task/x/attachment/create"},
        new Object[] {HttpMethod.PUT, "/task/x/variables/x"},
        new Object[] {HttpMethod.POST, "/task/x/resolve"},
        new Object[] {HttpMethod.POST, "/task/x/bpmnError"},
        new Object[] {HttpMethod.POST, "/task/x/bpmnEscalation"},
        new Object[] {HttpMethod.POST, "/process-definition/key/hazard-rectification/restart"},
        new Object[] {HttpMethod.PUT, "/process-definition/key/hazard-rectification/suspended"},
        new Object[] {HttpMethod.PUT, "/process-definition/key/hazard-rectification/history-time-to-live"},
        new Object[] {HttpMethod.DELETE, "/process-definition/key/hazard-rectification"},
        new Object[] {HttpMethod.POST, "/decision-definition/key/hazard-routing/evaluate"},
        new Object[] {HttpMethod.POST, "/condition"},
        new Object[] {HttpMethod.POST, "/history/cleanup"},
        new Object[] {HttpMethod.GET, "/history/variable-instance?firstResult=0&maxResults=10"},
        new Object[] {HttpMethod.GET, "/execution?firstResult=0&maxResults=10"},
        new Object[] {HttpMethod.GET, "/variable-instance?firstResult=0&maxResults=10"},
        new Object[] {HttpMethod.POST, "/%74ask/x/variables"},
        new Object[] {HttpMethod.POST, "//job/x/execute"});
    for (Object[] call : calls) {
      String path = "/engine-rest" + call[1];
      HttpMethod method = (HttpMethod) call[0];
      assertRefused(http.exchange(method, path, CHEN, method == HttpMethod.GET || method == HttpMethod.DELETE ? null : empty),
          method + " " + path);
    }
    var browser = new WebappSession(port);
    assertThat(browser.login("chen.yangang", "demo")).isEqualTo(200);
    assertRefused(browser.postJson(WEBAPP + "/message", "{\"messageName\":\"x\"}"));
    assertRefused(browser.postJson(WEBAPP + "/deployment/create", "{}"));
    assertRefused(browser.get(WEBAPP + "/job?firstResult=0&maxResults=10"));
    // and what Tasklist reads stays open
    assertThat(http.get("/engine-rest/task?firstResult=0&maxResults=10", CHEN).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100", CHEN)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(browser.get(WEBAPP + "/process-definition?latest=true&firstResult=0&maxResults=15").statusCode())
        .isEqualTo(200);
  }

  // ---- an administrator is a person with a reason, on record ---------------------------------

  @Test
  void anAdministratorsEngineWriteNeedsAReasonAndIsOnRecord() {
    ProcessInstance instance = report("special-equipment", "小岗村 · 起重机");
    String variable = "/engine-rest/process-instance/" + instance.getId() + "/variables/maintenanceNote";
    Map<String, Object> note = typed("核对", "String");
    long recorded = actions.count();

    // without a reason (or with one too short, or a broken escape): refused, nothing written, nothing recorded
    for (Http client : List.of(http, http.withReason("测试"), http.withHeader("X-SafeGrid-Reason", "%E4%B8"))) {
      ResponseEntity<String> refused = client.put(variable, ADMIN, note);
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(refused.getBody()).contains("须写明理由", "X-SafeGrid-Reason");
    }
    assertThat(runtime.getVariable(instance.getId(), "maintenanceNote")).isNull();
    assertThat(actions.count()).isEqualTo(recorded);

    // with one: done, and on record with who, what, why and the engine's answer
    assertThat(http.withReason("核对测试数据：补记维护备注").put(variable, ADMIN, note).getStatusCode().value()).isEqualTo(204);
    assertThat(runtime.getVariable(instance.getId(), "maintenanceNote")).isEqualTo("核对");
    AdminAction action = newestAction();
    assertThat(action.getUserId()).isEqualTo("admin");
    assertThat(action.getMethod()).isEqualTo("PUT");
    assertThat(action.getPath()).isEqualTo(variable);
    assertThat(action.getReason()).isEqualTo("核对测试数据：补记维护备注");
    assertThat(action.getRequestBody()).contains("核对");
    assertThat(action.getStatus()).isEqualTo(204);

    // his reads, queries and an officer's kind of work need none
    assertThat(http.post("/engine-rest/process-instance?firstResult=0&maxResults=5", ADMIN, Map.of())
        .getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/engine-rest/process-instance/" + instance.getId() + "/variables", ADMIN)
        .getStatusCode().value()).isEqualTo(200);

    // a reason does not make an officer an administrator
    assertRefused(http.withReason("我想改一下分办").put(variable, CHEN, typed("篡改", "String")), "officer with a reason");
    assertThat(runtime.getVariable(instance.getId(), "maintenanceNote")).isEqualTo("核对");
    runtime.removeVariable(instance.getId(), "maintenanceNote");
  }

  @Test
  void inCockpitTheAdministratorGivesHisReasonOncePerMaintenanceSession() throws Exception {
    ProcessInstance instance = report("special-equipment", "小岗村 · 锅炉");
    String variables = WEBAPP + "/process-instance/" + instance.getId() + "/variables";
    String modification = "{\"modifications\":{\"maintenanceNote\":{\"value\":\"复核\",\"type\":\"String\"}}}";
    var admin = new WebappSession(port);
    assertThat(admin.login("admin", "demo")).isEqualTo(200);
    var refused = admin.postJson(variables, modification);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("操作理由");
    assertThat(admin.get("/api/admin/reason").statusCode()).isEqualTo(204);
    assertThat(admin.putJson("/api/admin/reason", "{\"reason\":\"\"}").statusCode()).isEqualTo(400);

    var kept = admin.putJson("/api/admin/reason", "{\"reason\":\"按安办通知复核 小岗村 锅炉隐患\"}");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(json.readTree(kept.body()).get("expiresAt").asText()).isNotBlank();
    assertThat(admin.postJson(variables, modification).statusCode()).isEqualTo(204);
    assertThat(runtime.getVariable(instance.getId(), "maintenanceNote")).isEqualTo("复核");
    AdminAction action = newestAction();
    assertThat(action.getPath()).isEqualTo(variables);
    assertThat(action.getReason()).isEqualTo("按安办通知复核 小岗村 锅炉隐患");
    var trail = json.readTree(http.get("/api/admin/actions?size=5", ADMIN).getBody());
    assertThat(trail.get("content").get(0).get("reason").asText()).isEqualTo("按安办通知复核 小岗村 锅炉隐患");
    assertThat(trail.get("content").get(0).get("userName").asText()).isNotBlank();

    // ending the session's maintenance: the next write needs a reason again
    assertThat(admin.delete("/api/admin/reason").statusCode()).isEqualTo(204);
    assertThat(admin.postJson(variables, modification).statusCode()).isEqualTo(400);
    runtime.removeVariable(instance.getId(), "maintenanceNote");

    // officers have no reasons to give and no trail to read
    var officer = new WebappSession(port);
    assertThat(officer.login("chen.yangang", "demo")).isEqualTo(200);
    assertThat(officer.putJson("/api/admin/reason", "{\"reason\":\"我来维护一下\"}").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/admin/actions", CHEN).getStatusCode().value()).isEqualTo(403);
  }

  private AdminAction newestAction() {
    return actions.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))
        .get(0);
  }

  // ---- the ledger is the authority, even for an administrator --------------------------------

  @Test
  void aProcessInstanceWorksOnlyOnTheHazardItRegistered() {
    ProcessInstance victim = report("special-equipment", "小岗村 · 叉车");
    Long hazardId = hazardIdOf(victim);
    Snapshot before = snapshot(hazardId);
    for (String activity : List.of("Task_CloseHazard", "Task_OpenAccountabilityCase")) {
      assertThatThrownBy(() -> runtime.createProcessInstanceByKey("hazard-rectification")
          .startBeforeActivity(activity).setVariable("hazardId", hazardId)
          .setVariable("leadGroup", "grid-village-dazhuang").execute())
          .as(activity).hasMessageContaining("不属于流程实例");
    }
    // inside the rectification sub-process the step cannot even begin without the deadlines the
    // routing computed; either way the command is rolled back
    assertThatThrownBy(() -> runtime.createProcessInstanceByKey("hazard-rectification")
        .startBeforeActivity("Task_AcceptHazard").setVariable("hazardId", hazardId)
        .setVariable("leadGroup", "grid-village-dazhuang").execute());
    assertThat(snapshot(hazardId)).isEqualTo(before);
  }

  @Test
  void aRoundRecordsOnlyTheInspectionItWasStartedFor() {
    if (tasks.createTaskQuery().taskCandidateGroup("grid-village-dazhuang").taskDefinitionKey("Task_InspectVillage")
        .count() == 0) {
      scheduler.openDueRounds(clock.now());
    }
    Task round = tasks.createTaskQuery().taskCandidateGroup("grid-village-dazhuang")
        .taskDefinitionKey("Task_InspectVillage").list().get(0);
    Object own = runtime.getVariable(round.getProcessInstanceId(), "inspectionId");
    var other = inspections.findAll().stream()
        .filter(i -> !i.getGridCode().equals("village-dazhuang") && i.getStatus() == InspectionStatus.OPEN)
        .findFirst().orElseThrow();
    runtime.setVariable(round.getProcessInstanceId(), "inspectionId", other.getId());
    try {
      assertThatThrownBy(() -> tasks.complete(round.getId(), Map.of())).hasMessageContaining("不属于流程实例");
    } finally {
      runtime.setVariable(round.getProcessInstanceId(), "inspectionId", own);
    }
    assertThat(inspections.findById(other.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.OPEN);
    assertThat(tasks.createTaskQuery().taskId(round.getId()).count()).isOne();
  }

  // ---- deserialisation type validation --------------------------------------------------------

  @Test
  void objectVariablesAreDeserialisedOnlyIntoAllowedTypes() {
    ProcessInstance instance = report("special-equipment", "小岗村 · 电梯");
    runtime.setVariable(instance.getId(), "probe", Variables.serializedObjectValue("\"/etc/passwd\"")
        .objectTypeName("java.io.File").serializationDataFormat("application/json").create());
    try {
      assertThatThrownBy(() -> runtime.getVariable(instance.getId(), "probe")).hasMessageContaining("java.io.File");
    } finally {
      runtime.removeVariable(instance.getId(), "probe");
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  record Snapshot(HazardStatus status, int trail, long instances, long openTasks, long jobs) {}

  private Snapshot snapshot(Long hazardId) {
    return new Snapshot(hazards.findById(hazardId).orElseThrow().getStatus(), ledger.trailOf(hazardId).size(),
        runtime.createProcessInstanceQuery().count(), tasks.createTaskQuery().count(),
        management.createJobQuery().count());
  }

  private ProcessInstance report(String category, String location) {
    return driver.report("dong.liyong", "village-xiaogang", category, "general", location, "EngineAbuseTest " + new Date());
  }

  private Long hazardIdOf(ProcessInstance instance) {
    return (Long) runtime.getVariable(instance.getId(), "hazardId");
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Map<String, Object> reportForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("gridCode", typed("village-xiaogang", "String"));
    form.put("hazardCategory", typed("special-equipment", "String"));
    form.put("grade", typed("general", "String"));
    form.put("location", typed("小岗村 · 配电房", "String"));
    form.put("description", typed("EngineAbuseTest 上报", "String"));
    return form;
  }

  private static Map<String, Object> acceptForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("acceptance", typed("accept", "String"));
    form.put("responsibleUnit", typed("别山演示商贸有限公司", "String"));
    form.put("responsiblePerson", typed("李示例", "String"));
    form.put("measures", typed("停用并检修", "String"));
    return form;
  }

  private static void assertRefused(ResponseEntity<String> response, String what) {
    assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isIn(400, 403);
    assertThat(response.getBody()).as(what).containsPattern("\\p{IsHan}");
  }

  private static void assertRefused(java.net.http.HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(400, 403);
    assertThat(response.body()).as(response.uri().toString()).containsPattern("\\p{IsHan}");
  }
}
