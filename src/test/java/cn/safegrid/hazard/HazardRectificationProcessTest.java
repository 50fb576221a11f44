package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TaskPriority;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/** One test per path of hazard-rectification.bpmn, driven as the demo town's officers. */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class HazardRectificationProcessTest {

  static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  /** Tuesday 1 December 2026, 09:30 in Bieshan. */
  static final Instant REPORTED = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, TOWN).toInstant();

  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @Autowired HazardLedger ledger;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  @BeforeEach
  void pinClock() {
    BpmnAwareTests.init(engine);
    driver.clockAt(REPORTED);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void closesGeneralHazardWhenVerified() {
    ProcessInstance pi = reportBoilerInXiaogang();
    Hazard hazard = hazardOf(pi);
    assertThat(pi).hasBusinessKey(hazard.getNumber());
    assertThat(hazard.getNumber()).matches("BS-2026-\\d{6}");
    assertThat(pi).isWaitingAt(HazardProcess.ACCEPT);
    var accept = driver.task(pi, HazardProcess.ACCEPT);
    assertThat(accept.getName()).isEqualTo("受理隐患 " + hazard.getNumber() + " · 小岗村");
    assertThat(candidateGroups(accept.getId())).containsExactly("dept-market-supervision");
    assertThat(hazard.getStatus()).isEqualTo(HazardStatus.ROUTED);
    assertThat(hazard.getLeadUnitName()).isEqualTo("市场监管所");

    accept(pi, "huang.shimin");
    var rectify = driver.task(pi, HazardProcess.RECTIFY);
    // special equipment is urgent: 3 days, i.e. until 4 December 24:00
    assertThat(rectify.getDueDate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 5, 0, 0, 0, 0, TOWN).toInstant());
    assertThat(hazardOf(pi).getStatus()).isEqualTo(HazardStatus.RECTIFYING);

    driver.complete("huang.shimin", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已停用锅炉并送检，检验合格后恢复使用"));
    assertThat(candidateGroups(driver.task(pi, HazardProcess.VERIFY).getId()))
        .containsExactly("grid-village-xiaogang-leaders");
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY, vars("verification", "pass", "verificationOpinion", "现场复查合格"));

    assertThat(pi).isEnded().hasPassed(HazardProcess.CLOSE, HazardProcess.CLOSED);
    Hazard closed = hazardOf(pi);
    assertThat(closed.getStatus()).isEqualTo(HazardStatus.CLOSED);
    assertThat(closed.getEscalation()).isEqualTo(Escalation.NONE);
    assertThat(ledger.trailOf(closed.getId())).extracting(HazardEvent::getAction).containsExactly(
        HazardAction.REPORTED, HazardAction.ROUTED, HazardAction.ACCEPTED, HazardAction.RECTIFIED,
        HazardAction.VERIFICATION_PASSED, HazardAction.CLOSED);
    assertThat(ledger.trailOf(closed.getId())).extracting(HazardEvent::getActorName)
        .containsExactly("董例勇", "系统", "黄示敏", "黄示敏", "高示华", "系统");
  }

  @Test
  void returnsToRectificationWhenVerificationFails() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    driver.complete("huang.shimin", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已张贴警示标志"));
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY,
        vars("verification", "fail", "verificationOpinion", "锅炉仍在使用，须停用送检"));

    assertThat(pi).isWaitingAt(HazardProcess.RECTIFY);
    assertThat(hazardOf(pi).getRectificationRound()).isEqualTo(2);
    assertThat(hazardOf(pi).getStatus()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat((String) runtime().getVariable(pi.getId(), "hazardSummary")).contains("锅炉仍在使用，须停用送检");
    assertThat((String) runtime().getVariable(pi.getId(), "hazardSummary")).contains("第 2 轮");

    driver.complete("huang.shimin", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已停用并送检合格"));
    // the second verification form shows last round's verdict in the remarks, not as a pre-filled choice
    assertThat(runtime().getVariable(pi.getId(), "verification")).isNull();
    driver.complete("lin.yangjun", pi, HazardProcess.VERIFY, vars("verification", "pass"));
    assertThat(pi).isEnded();
    assertThat(ledger.trailOf(hazardOf(pi).getId())).extracting(HazardEvent::getAction)
        .containsSubsequence(HazardAction.VERIFICATION_FAILED, HazardAction.RECTIFIED, HazardAction.VERIFICATION_PASSED);
  }

  @Test
  void remindsTheLeadUnitWhenTheDeadlinePasses() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    driver.clockAt(ZonedDateTime.of(2026, 12, 5, 0, 0, 1, 0, TOWN).toInstant());
    driver.runJobs(pi);

    assertThat(pi).hasPassed(HazardProcess.REMIND).isWaitingAt(HazardProcess.RECTIFY);
    assertThat(driver.task(pi, HazardProcess.RECTIFY).getPriority()).isEqualTo(TaskPriority.OVERDUE);
    assertThat(hazardOf(pi).getEscalation()).isEqualTo(Escalation.OVERDUE);
    assertThat(hazardOf(pi).isOverdue(ZonedDateTime.of(2026, 12, 5, 0, 0, 1, 0, TOWN).toInstant())).isTrue();
  }

  @Test
  void escalatesToLevelTwoLeaderWhenOverdue() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    // due 5 Dec 00:00; level two after 1 more day
    driver.clockAt(ZonedDateTime.of(2026, 12, 6, 0, 0, 1, 0, TOWN).toInstant());
    driver.runJobs(pi);

    var supervision = driver.task(pi, HazardProcess.SUPERVISE_LEVEL_TWO);
    assertThat(supervision.getAssignee()).isEqualTo("jiang.yanhai");
    assertThat(supervision.getName()).startsWith("督办隐患（二级网格长） BS-2026-");
    assertThat(supervision.getPriority()).isEqualTo(TaskPriority.ESCALATED);
    assertThat(driver.task(pi, HazardProcess.RECTIFY).getPriority()).isEqualTo(TaskPriority.ESCALATED);
    assertThat(hazardOf(pi).getEscalation()).isEqualTo(Escalation.LEVEL_TWO);

    driver.complete("jiang.yanhai", pi, HazardProcess.SUPERVISE_LEVEL_TWO,
        vars("supervisionInstructions", "市场监管所两日内完成送检，结果报我"));
    assertThat(pi).hasPassed("EndEvent_LevelTwoSupervised");
    assertThat(ledger.trailOf(hazardOf(pi).getId())).extracting(HazardEvent::getRemarks)
        .contains("市场监管所两日内完成送检，结果报我");
  }

  @Test
  void escalatesToLevelOneLeaderWhenStillOverdue() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    driver.clockAt(ZonedDateTime.of(2026, 12, 8, 0, 0, 1, 0, TOWN).toInstant());
    driver.runJobs(pi);

    // offered to both level-1 leaders (三（一）: the party secretary and the mayor), claimed by neither yet
    var order = driver.task(pi, HazardProcess.SUPERVISE_LEVEL_ONE);
    assertThat(order.getAssignee()).isNull();
    assertThat(candidateUsers(order.getId())).containsExactlyInAnyOrder("zhang.shili", "xu.yanghua");
    assertThat(visibleTo("zhang.shili", pi)).isTrue();
    assertThat(visibleTo("xu.yanghua", pi)).isTrue();
    assertThat(hazardOf(pi).getEscalation()).isEqualTo(Escalation.LEVEL_ONE);
    assertThat(ledger.trailOf(hazardOf(pi).getId())).extracting(HazardEvent::getRemarks)
        .contains("督办人：张示例、许样华（任一人督办）");
    driver.complete("zhang.shili", pi, HazardProcess.SUPERVISE_LEVEL_ONE, vars("supervisionInstructions", "限期整改"));
    assertThat(pi).hasPassed("EndEvent_LevelOneSupervised");
    assertThat(ledger.trailOf(hazardOf(pi).getId())).filteredOn(e -> e.getAction() == HazardAction.SUPERVISED)
        .extracting(HazardEvent::getActorName, HazardEvent::getRemarks).containsExactly(tuple("张示例", "限期整改"));
  }

  @Test
  void theMayorMaySuperviseAsLevelOneLeaderToo() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    driver.clockAt(ZonedDateTime.of(2026, 12, 8, 0, 0, 1, 0, TOWN).toInstant());
    driver.runJobs(pi);

    driver.complete("xu.yanghua", pi, HazardProcess.SUPERVISE_LEVEL_ONE, vars("supervisionInstructions", "镇长督办：三日内整改到位"));
    assertThat(pi).hasPassed("EndEvent_LevelOneSupervised");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(HazardProcess.SUPERVISE_LEVEL_ONE).count()).as("one order, done once").isZero();
    assertThat(ledger.trailOf(hazardOf(pi).getId())).filteredOn(e -> e.getAction() == HazardAction.SUPERVISED)
        .extracting(HazardEvent::getActorId, HazardEvent::getActorName).containsExactly(tuple("xu.yanghua", "许样华"));
  }

  @Test
  void handsTheHazardToTheDisciplineCommissionWhenLeftOverdue() {
    ProcessInstance pi = reportBoilerInXiaogang();
    accept(pi, "huang.shimin");
    driver.clockAt(ZonedDateTime.of(2026, 12, 12, 0, 0, 1, 0, TOWN).toInstant());
    driver.runJobs(pi);

    assertThat(pi).hasPassed(HazardProcess.OPEN_ACCOUNTABILITY);
    assertThat(candidateGroups(driver.task(pi, HazardProcess.REVIEW_ACCOUNTABILITY).getId())).containsExactly("discipline");
    assertThat(hazardOf(pi).getEscalation()).isEqualTo(Escalation.ACCOUNTABILITY);
    driver.complete("han.yangfeng", pi, HazardProcess.REVIEW_ACCOUNTABILITY,
        vars("accountabilityFindings", "市场监管所未按期督促整改，建议约谈"));
    assertThat(pi).hasPassed("EndEvent_AccountabilityReviewed");

    // the loop still closes afterwards, and the pending supervision orders end with it
    driver.complete("huang.shimin", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已整改"));
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY, vars("verification", "pass"));
    assertThat(pi).isEnded();
    assertThat(hazardOf(pi).getStatus()).isEqualTo(HazardStatus.CLOSED);
  }

  @Test
  void majorHazardNeedsAnApprovedPlanAndAClosureReview() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "fire", "major", "小岗村粮库",
        "粮库电线老化、堆放大量易燃物，无消防设施");
    Hazard hazard = hazardOf(pi);
    assertThat(hazard.isListedSupervision()).isTrue();
    assertThat(hazard.getLeadGroup()).isEqualTo("dept-fire-brigade");
    // both level-1 leaders and the fire brigade's level-2 leader are told at once, one task each
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(HazardProcess.ACKNOWLEDGE_MAJOR).list())
        .extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("zhang.shili", "xu.yanghua", "liang.yanming");
    // the police assist the fire brigade
    assertThat(candidateGroups(driver.task(pi, HazardProcess.ADD_ASSISTING_REMARKS).getId())).containsExactly("dept-police");
    completeAcknowledgement(pi, "zhang.shili");
    completeAcknowledgement(pi, "xu.yanghua");
    completeAcknowledgement(pi, "liang.yanming");
    assertThat(ledger.trailOf(hazard.getId())).filteredOn(e -> e.getAction() == HazardAction.ACKNOWLEDGED)
        .extracting(HazardEvent::getActorName).containsExactlyInAnyOrder("张示例", "许样华", "梁演明");
    driver.complete(policeOfficer(), pi, HazardProcess.ADD_ASSISTING_REMARKS, vars("assistingRemarks", "派出所配合排查周边"));

    accept(pi, "xu.yangang");
    assertThat(pi).isWaitingAt(HazardProcess.DRAFT_PLAN);
    driver.complete("xu.yangang", pi, HazardProcess.DRAFT_PLAN, plan("30 日内完成"));
    assertThat(driver.task(pi, HazardProcess.APPROVE_PLAN).getAssignee()).isEqualTo("liang.yanming");
    driver.complete("liang.yanming", pi, HazardProcess.APPROVE_PLAN,
        vars("planDecision", "reject", "planOpinion", "时限过长，改为 15 日"));
    assertThat(pi).isWaitingAt(HazardProcess.DRAFT_PLAN);
    driver.complete("xu.yangang", pi, HazardProcess.DRAFT_PLAN, plan("15 日内完成"));
    driver.complete("liang.yanming", pi, HazardProcess.APPROVE_PLAN, vars("planDecision", "approve"));
    assertThat(hazardOf(pi).getPlanTimeLimit()).isEqualTo("15 日内完成");
    assertThat(hazardOf(pi).getPlanApprovedAt()).isNotNull();

    driver.complete("xu.yangang", pi, HazardProcess.RECTIFY, vars("rectificationResult", "更换线路，清理易燃物"));
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY, vars("verification", "pass"));
    assertThat(hazardOf(pi).getStatus()).isEqualTo(HazardStatus.AWAITING_CLOSURE_REVIEW);
    driver.complete("liang.yanming", pi, HazardProcess.REVIEW_CLOSURE,
        vars("closureDecision", "reject", "closureOpinion", "未配置灭火器"));
    driver.complete("xu.yangang", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已配置灭火器 6 具"));
    driver.complete("gao.shihua", pi, HazardProcess.VERIFY, vars("verification", "pass"));
    driver.complete("liang.yanming", pi, HazardProcess.REVIEW_CLOSURE, vars("closureDecision", "approve"));

    assertThat(pi).isEnded();
    Hazard closed = hazardOf(pi);
    assertThat(closed.getStatus()).isEqualTo(HazardStatus.CLOSED);
    assertThat(closed.isListedSupervision()).isFalse();
    assertThat(ledger.trailOf(closed.getId())).extracting(HazardEvent::getAction).contains(
        HazardAction.ACKNOWLEDGED, HazardAction.ASSISTING_REMARKS, HazardAction.PLAN_REJECTED, HazardAction.PLAN_APPROVED,
        HazardAction.CLOSURE_REJECTED, HazardAction.CLOSURE_APPROVED);
  }

  @Test
  void hazardReportedByADepartmentIsVerifiedByTheLeadDepartment() {
    // the fire brigade's head finds a fire lane blocked in Dazhuang: the village grid works it
    ProcessInstance pi = driver.report("zheng.cehong", "village-dazhuang", "fire-lane", "general", "大庄村北街",
        "消防通道被柴草和杂物堵塞");
    Hazard hazard = hazardOf(pi);
    assertThat(hazard.isReportedByDepartment()).isTrue();
    assertThat(hazard.getLeadGroup()).isEqualTo("grid-village-dazhuang");
    driver.complete("xu.yangang", pi, HazardProcess.ADD_ASSISTING_REMARKS,
        vars("assistingRemarks", "消防队将派员检查清理情况"));
    accept(pi, "chen.yangang");
    driver.complete("chen.yangang", pi, HazardProcess.RECTIFY, vars("rectificationResult", "已清理"));
    assertThat(candidateGroups(driver.task(pi, HazardProcess.VERIFY).getId())).containsExactly("grid-village-dazhuang");
    driver.complete("chen.yangang", pi, HazardProcess.VERIFY, vars("verification", "pass"));
    assertThat(pi).isEnded();
  }

  @Test
  void aReturnedHazardIsReassignedByTheSafetyOffice() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "biogas", "general", "小岗村三组",
        "废弃沼气池未封堵");
    driver.complete("yuan.shijun", pi, HazardProcess.ACCEPT,
        vars("acceptance", "return", "returnReason", "该池属于养殖场，应由兽医站负责"));
    assertThat(hazardOf(pi).getStatus()).isEqualTo(HazardStatus.RETURNED);
    var reassign = driver.task(pi, HazardProcess.REASSIGN);
    assertThat(candidateGroups(reassign.getId())).containsExactly("dept-safety-office");
    // the form's list comes from the registry: the town's 35 departments (those of 任务安排（二）15 too),
    // the village's area group, its grid
    String options = taskService.getVariableLocalTyped(reassign.getId(), HazardVariables.LEAD_OPTIONS).getValue().toString();
    assertThat(options).contains("{\"label\":\"农业发展服务中心·兽医站\",\"value\":\"agri-veterinary\"}",
        "{\"label\":\"东片检查组\",\"value\":\"area-group\"}", "{\"label\":\"小岗村网格\",\"value\":\"village-grid\"}",
        "{\"label\":\"武装部\",\"value\":\"armed-forces\"}", "{\"label\":\"公共管理办公室（市容所）\",\"value\":\"public-management\"}");
    assertThat(options.split("\"value\"")).hasSize(35 + 2 + 1);
    assertThatThrownBy(() -> driver.complete("wang.celi", pi, HazardProcess.REASSIGN,
        vars("newLeadDepartment", "fishery-bureau", "reassignReason", "养殖场附属设施")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不是可选的牵头单位");
    driver.complete("wang.celi", pi, HazardProcess.REASSIGN,
        vars("newLeadDepartment", "agri-veterinary", "reassignReason", "养殖场附属设施"));

    assertThat(pi).hasPassed(HazardProcess.APPLY_REASSIGNMENT).isWaitingAt(HazardProcess.ACCEPT);
    assertThat(candidateGroups(driver.task(pi, HazardProcess.ACCEPT).getId())).containsExactly("dept-agri-veterinary");
    assertThat(hazardOf(pi).getLeadUnitName()).isEqualTo("农业发展服务中心·兽医站");
    assertThat(runtime().getVariable(pi.getId(), "acceptance")).as("the new unit starts with an empty form").isNull();
  }

  @Test
  void unknownCategoryGoesToTheSafetyOffice() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "drone-crash", "general", "小岗村西",
        "无人机坠落在民房屋顶");
    assertThat(hazardOf(pi).getCategoryName()).isEqualTo("未列明类别（drone-crash）");
    assertThat(candidateGroups(driver.task(pi, HazardProcess.ACCEPT).getId())).containsExactly("dept-safety-office");

    ProcessInstance missing = driver.report("dong.liyong", "village-xiaogang", null, "general", "小岗村西",
        "说不清类别的隐患");
    assertThat(candidateGroups(driver.task(missing, HazardProcess.ACCEPT).getId())).containsExactly("dept-safety-office");
  }

  @Test
  void groupRentalsGoToTheAreaInspectionGroup() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "group-rental", "general", "小岗村 5 号院",
        "出租房住了 20 余人，电动车室内充电");
    assertThat(candidateGroups(driver.task(pi, HazardProcess.ACCEPT).getId())).containsExactly("area-east");
    assertThat(hazardOf(pi).getLeadUnitName()).isEqualTo("东片检查组");
  }

  @Test
  void aReportWithoutAGridUsesTheReportersOwnGrid() {
    ProcessInstance pi = driver.report("chen.yangang", null, "electrical", "general", "村委会旁", "电线私拉乱接");
    assertThat(hazardOf(pi).getGridCode()).isEqualTo("village-dazhuang");
  }

  @Test
  void refusesAnUnknownGridAndAnEmptyDescription() {
    assertThatThrownBy(() -> driver.report("dong.liyong", "village-nowhere", "fire", "general", "某处", "某事"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("网格“village-nowhere”不存在");
    assertThatThrownBy(() -> driver.report("dong.liyong", "village-xiaogang", "fire", "general", "某处", "  "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请描述隐患的情况");
    assertThatThrownBy(() -> driver.report("dong.liyong", "village-xiaogang", "fire", "urgent", "某处", "某事"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("隐患等级");
  }

  @Test
  void refusesAnIncompleteAcceptance() {
    ProcessInstance pi = reportBoilerInXiaogang();
    assertThatThrownBy(() -> driver.complete("huang.shimin", pi, HazardProcess.ACCEPT, vars("acceptance", "accept")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写整改责任单位");
    assertThat(pi).isWaitingAt(HazardProcess.ACCEPT);
  }

  // --- helpers

  private ProcessInstance reportBoilerInXiaogang() {
    return driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general", "小岗村养老院锅炉房",
        "锅炉压力表超过检定有效期，仍在使用");
  }

  private void accept(ProcessInstance pi, String officer) {
    driver.complete(officer, pi, HazardProcess.ACCEPT, vars("acceptance", "accept", "responsibleUnit", "小岗村养老院",
        "responsiblePerson", "周示例", "responsiblePhone", "13900009999", "measures", "停用送检，更换压力表"));
  }

  private void completeAcknowledgement(ProcessInstance pi, String leader) {
    var task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(HazardProcess.ACKNOWLEDGE_MAJOR).taskAssignee(leader).singleResult();
    driver.as(leader, () -> {
      taskService.complete(task.getId(), vars("acknowledgeRemarks", "高度重视，限期整改"));
      return null;
    });
  }

  private static java.util.Map<String, Object> plan(String timeLimit) {
    return vars("planGoal", "消除火灾隐患", "planMethod", "更换线路、清理易燃物、配置消防设施", "planFunds", "村集体出资 2 万元",
        "planResponsible", "消防队牵头，村委会配合", "planTimeLimit", timeLimit, "planSafetyMeasures", "施工期间断电，设专人监护");
  }

  private String policeOfficer() {
    return engine.getIdentityService().createUserQuery().memberOfGroup("dept-police").listPage(0, 1).get(0).getId();
  }

  private Hazard hazardOf(ProcessInstance pi) {
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
    return hazards.findByNumber(number).orElseThrow();
  }

  private List<String> candidateGroups(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private List<String> candidateUsers(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
  }

  /** Whether the officer finds the instance's level-1 supervision order among his tasks to claim. */
  private boolean visibleTo(String officer, ProcessInstance pi) {
    return driver.as(officer, () -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(HazardProcess.SUPERVISE_LEVEL_ONE).taskCandidateUser(officer).count() == 1);
  }

  private org.camunda.bpm.engine.RuntimeService runtime() {
    return engine.getRuntimeService();
  }
}
