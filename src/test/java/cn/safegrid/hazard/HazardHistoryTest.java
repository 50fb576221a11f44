package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.support.SafeGridTest;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the engine's history (the {@code safegrid} history level) keeps of a hazard: everything a
 * reviewer looks up in Cockpit or the history API, without the copies and the routine job rows.
 */
@SafeGridTest
class HazardHistoryTest {

  @Autowired HazardDriver driver;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aClosedHazardKeepsItsSteps_people_answersAndDecisions() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村养老院锅炉房", "锅炉压力表超过检定有效期，仍在使用");
    driver.complete("huang.shimin", pi, HazardProcess.ACCEPT, vars("acceptance", "accept",
        "responsibleUnit", "小岗村养老院", "responsiblePerson", "周示例", "measures", "停用送检"));
    driver.complete("huang.shimin", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已送检合格"));
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY, vars("verification", "pass"));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getState())
        .isEqualTo("COMPLETED");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("Task_RouteHazard", "Task_SetDeadlines", "Task_AssignHazard", HazardProcess.ACCEPT,
            HazardProcess.RECTIFY, HazardProcess.VERIFY, HazardProcess.CLOSE);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .orderByHistoricActivityInstanceStartTime().asc().list())
        .extracting(HistoricTaskInstance::getAssignee).containsExactly("huang.shimin", "huang.shimin", "gao.shihua");

    List<String> variables = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .stream().map(HistoricVariableInstance::getName).toList();
    assertThat(variables).contains("gridCode", "hazardCategory", "description", "hazardId",
        "acceptance", "responsibleUnit", "measures", "rectificationResult", "verification");
    // copies of the ledger and of the decisions are not kept twice, nor every change of a value;
    // who works it and when are the ledger's (hazardCase), not variables
    assertThat(variables).doesNotContain("hazardSummary", "routing", "deadlines", "leadGroup", "verifierGroup",
        "rectificationDue", "taskPriority");
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();

    HistoricDecisionInstance routing = history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey(HazardProcess.ROUTING_DECISION).includeInputs().includeOutputs().singleResult();
    assertThat(routing.getInputs()).anySatisfy(input -> assertThat(input.getValue()).isEqualTo("special-equipment"));
    assertThat(routing.getOutputs()).anySatisfy(output -> {
      assertThat(output.getVariableName()).isEqualTo("leadDepartment");
      assertThat(output.getValue()).isEqualTo("market-supervision");
    });
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey("hazard-deadlines").count()).isEqualTo(1);

    // the routing job ran: no routine rows for it in the job log
    assertThat(history.createHistoricJobLogQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void aFailingJobIsStillLoggedWithItsError() {
    ProcessInstance pi = driver.as("dong.liyong", () -> runtime.startProcessInstanceByKey(HazardProcess.KEY, vars(
        "gridCode", "village-xiaogang", "hazardCategory", "fire-safety", "grade", "general",
        "location", "小岗村村委会", "description", "灭火器过期")));
    Object hazardId = runtime.getVariable(pi.getId(), "hazardId");
    runtime.setVariable(pi.getId(), "hazardId", -1L);
    Job routingJob = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> management.executeJob(routingJob.getId()));

    List<HistoricJobLog> log = history.createHistoricJobLogQuery().processInstanceId(pi.getId()).list();
    assertThat(log).singleElement().satisfies(entry -> {
      assertThat(entry.isFailureLog()).isTrue();
      assertThat(entry.getJobExceptionMessage()).isNotBlank();
      assertThat(history.getHistoricJobLogExceptionStacktrace(entry.getId())).isNotBlank();
    });

    // repaired, the job runs and the hazard goes on
    runtime.setVariable(pi.getId(), "hazardId", hazardId);
    management.executeJob(routingJob.getId());
    assertThat(driver.task(pi, HazardProcess.ACCEPT)).isNotNull();
  }
}
