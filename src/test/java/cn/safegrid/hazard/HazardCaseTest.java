package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TaskPriority;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger and the registry, not process variables, say who works a hazard, whom it is shown to,
 * when its timers fire and how urgent its tasks are: variables with the names older models read
 * ({@code leadGroup}, {@code levelTwoLeader}, {@code leadersToNotify}, {@code rectificationDue},
 * {@code taskPriority} …), however they got into the instance, move nothing.
 */
@SafeGridTest
class HazardCaseTest {

  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void forgedGroupVariablesDoNotMoveTheWork() {
    var instance = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村西街 2 号", "气瓶未固定");
    runtime.setVariable(instance.getId(), "leadGroup", "grid-village-dazhuang");
    runtime.setVariable(instance.getId(), "verifierGroup", "grid-village-dazhuang");

    driver.complete("huang.shimin", instance, HazardProcess.ACCEPT, Map.of("acceptance", "accept",
        "responsibleUnit", "小岗村某商户", "responsiblePerson", "钱示例", "measures", "固定气瓶"));
    assertThat(groups(driver.task(instance, HazardProcess.RECTIFY).getId())).containsExactly("dept-market-supervision");

    driver.complete("huang.shimin", instance, HazardProcess.RECTIFY, Map.of("rectificationResult", "已加装固定链"));
    assertThat(groups(driver.task(instance, HazardProcess.VERIFY).getId())).containsExactly("grid-village-xiaogang-leaders");
  }

  @Test
  void forgedLeadersDeadlinesAndUrgencyDoNotMoveTheWork() {
    Map<String, Object> forged = new HashMap<>(Map.of("gridCode", "village-xiaogang", "hazardCategory", "fire",
        "grade", "major", "location", "小岗村粮库", "description", "粮库电线老化，无消防设施"));
    forged.putAll(Map.of("leadersToNotify", Variables.objectValue(new java.util.ArrayList<>(List.of("chen.yangang")))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create(), "levelTwoLeader", "chen.yangang",
        "levelOneLeaders", "chen.yangang", "hasAssistingDepartments", false, "taskPriority", 99,
        "rectificationDue", new Date(0), "levelTwoEscalationAt", new Date(0)));
    ProcessInstance instance = driver.as("dong.liyong", () -> runtime.startProcessInstanceByKey(HazardProcess.KEY, forged));
    driver.runJobs(instance);
    Hazard hazard = hazards.findByProcessInstanceId(instance.getId()).orElseThrow();

    // the registry's leaders acknowledge it, the routing's assisting department is asked
    assertThat(open(instance, HazardProcess.ACKNOWLEDGE_MAJOR)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("zhang.shili", "xu.yanghua", "liang.yanming");
    assertThat(groups(driver.task(instance, HazardProcess.ADD_ASSISTING_REMARKS).getId())).containsExactly("dept-police");
    // not urgent, and the due timer waits for the ledger's deadline (not 1970)
    assertThat(driver.task(instance, HazardProcess.ACCEPT).getPriority()).isEqualTo(TaskPriority.NORMAL);
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate())
        .isEqualTo(Date.from(hazard.getRectificationDue()));
    assertThat(hazard.getEscalation()).isEqualTo(Escalation.NONE);

    driver.complete("xu.yangang", instance, HazardProcess.ACCEPT, Map.of("acceptance", "accept",
        "responsibleUnit", "小岗村粮库", "responsiblePerson", "钱示例", "measures", "更换线路"));
    driver.complete("xu.yangang", instance, HazardProcess.DRAFT_PLAN, Map.of("planGoal", "消除火灾隐患",
        "planMethod", "更换线路", "planFunds", "村集体", "planResponsible", "村委会", "planTimeLimit", "15 日",
        "planSafetyMeasures", "施工期间断电"));
    assertThat(driver.task(instance, HazardProcess.APPROVE_PLAN).getAssignee()).isEqualTo("liang.yanming");
  }

  private List<Task> open(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  private List<String> groups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }
}
