package cn.safegrid.inspection;

import static cn.safegrid.inspection.RoundAnswers.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.support.SafeGridTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One test per path of extra-inspection-round.bpmn: a member of a grid opens an extra round (加密排查)
 * of his own grid from Tasklist; anyone else is refused and nothing opens. Each test uses a week of
 * its own in 2031 (the other inspection tests use 2027–2030).
 */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ExtraInspectionRoundProcessTest {

  @Autowired HazardDriver driver;
  @Autowired InspectionRepository inspections;
  @Autowired InspectionScheduler scheduler;
  @Autowired InspectionCompliance compliance;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void aVillagerOpensAnExtraRoundOfHisVillageWhichIsInspectedAndCountedLikeTheOthers() {
    // Tuesday 4 February 2031, 10:00: the week's scheduled round is open already
    Instant tuesday = at(2031, 2, 4, 10);
    driver.clockAt(tuesday);
    scheduler.openDueRounds(tuesday);
    LocalDate monday = LocalDate.of(2031, 2, 3);

    ProcessInstance request = start("dong.liyong", null, "春节前消防安全加密排查");

    assertThat(request).isEnded().hasPassed(InspectionProcess.OPEN_EXTRA_ROUND, InspectionProcess.EXTRA_ROUND_OPENED);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(request.getId())
        .singleResult().getBusinessKey()).isEqualTo("village-xiaogang/2031-W06/E1");
    Inspection extra = extraRounds(monday, "village-xiaogang").get(0);
    assertThat(extra.isExtra()).isTrue();
    assertThat(extra.getRoundNo()).isEqualTo(Inspection.FIRST_EXTRA_ROUND);
    assertThat(extra.getOpenedByName()).isEqualTo("董例勇");
    assertThat(extra.getExtraReason()).isEqualTo("春节前消防安全加密排查");
    assertThat(extra.getOpensAt()).isEqualTo(tuesday);
    assertThat(extra.getDueAt()).as("the next day, 24:00 (inspection-deadlines: extraRoundDays 1)")
        .isEqualTo(at(2031, 2, 6, 0));
    assertThat(extra.getMissedAfter()).isEqualTo("P1D");
    assertThat(extra.getCloseAfter()).isEqualTo("P13D");

    // the grid's members find it in 本组待办 like a scheduled round
    ProcessInstance round = instance(extra);
    assertThat(round).hasBusinessKey("village-xiaogang/2031-W06/E1").isWaitingAt(InspectionProcess.INSPECT_VILLAGE);
    Task task = taskService.createTaskQuery().processInstanceId(round.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("村级隐患排查 · 小岗村 · 2月5日 24 时前");
    assertThat(candidateGroups(task)).containsExactly("grid-village-xiaogang");
    assertThat((String) engine.getRuntimeService().getVariable(round.getId(), "roundSummary"))
        .contains("**加密排查**（本周第 1 次，董例勇开启：春节前消防安全加密排查）");

    // a second one the same week is E2
    start("gao.shihua", "village-xiaogang", "群众反映村西柴草堆放，再查一次");
    assertThat(extraRounds(monday, "village-xiaogang")).extracting(Inspection::businessKey)
        .containsExactlyInAnyOrder("village-xiaogang/2031-W06/E1", "village-xiaogang/2031-W06/E2");

    Map<String, Object> answers = RoundAnswers.allPassed(engine.getRuntimeService(), round.getId());
    answers.put(InspectionVariables.KEY_PLACES,
        RoundAnswers.keyPlacesAnswered(engine.getRuntimeService(), round.getId(), "passed"));
    driver.complete("dong.liyong", round, InspectionProcess.INSPECT_VILLAGE, answers);
    assertThat(inspections.findById(extra.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.DONE);

    // the week's figures: one scheduled round and two extra rounds, the extra one done on time
    var grid = compliance.of(CurrentUser.of("wang.celi", List.of("safety-office")), monday).grids().stream()
        .filter(g -> g.gridCode().equals("village-xiaogang")).findFirst().orElseThrow();
    assertThat(grid.rounds()).isEqualTo(3);
    assertThat(grid.extraRounds()).isEqualTo(2);
    assertThat(grid.doneOnTime()).isEqualTo(1);
    assertThat(grid.roundsOpen()).isEqualTo(2);
  }

  @Test
  void aMemberOfAnotherGridIsRefusedAndNothingOpens() {
    driver.clockAt(at(2031, 2, 11, 10));
    long rounds = inspections.count();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    // 陈演刚 is a villager representative of 大庄村, not of 小岗村
    assertThatThrownBy(() -> start("chen.yangang", "village-xiaogang", "想查一下小岗村"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("您不是“小岗村”网格的成员，只能为本人所在的网格开展加密排查");
    // a town cadre who belongs to no village or unit grid has none to inspect: Tasklist does not
    // even offer him the process, and the engine refuses the start
    assertThatThrownBy(() -> start("huang.shimin", null, "加密排查"))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    // a reason is required
    assertThatThrownBy(() -> start("chen.yangang", null, " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请写明开展加密排查的原因");
    assertThatThrownBy(() -> start("chen.yangang", "village-nowhere", "加密排查"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("网格“village-nowhere”不存在");

    assertThat(inspections.count()).as("no round opened").isEqualTo(rounds);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("no instance left")
        .isEqualTo(instances);
  }

  @Test
  void aRoundsTimersUseThePeriodsTheLedgerFixedWhenItOpened() {
    driver.clockAt(at(2031, 2, 18, 10));
    start("chen.yangang", null, "汛期前防汛检查");
    Inspection extra = extraRounds(LocalDate.of(2031, 2, 17), "village-dazhuang").get(0);
    // the town shortened the periods for this round (as a changed inspection-deadlines table would)
    extra.periods("PT12H", "P2D");
    inspections.save(extra);
    ProcessInstance round = instance(extra);

    driver.clockAt(extra.getDueAt().plusSeconds(1));
    driver.runJobs(round);
    assertThat(round).hasPassed(InspectionProcess.REMIND);
    var missedTimer = engine.getManagementService().createJobQuery().processInstanceId(round.getId()).timers()
        .singleResult();
    assertThat(missedTimer.getDuedate().toInstant()).as("12 hours after the reminder")
        .isEqualTo(extra.getDueAt().plusSeconds(1).plusSeconds(12 * 3600));

    driver.clockAt(missedTimer.getDuedate().toInstant().plusSeconds(1));
    driver.runJobs(round);
    assertThat(inspections.findById(extra.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.MISSED);
    var closeTimer = engine.getManagementService().createJobQuery().processInstanceId(round.getId()).timers()
        .singleResult();
    assertThat(closeTimer.getDuedate().toInstant()).as("two days after it was missed")
        .isEqualTo(missedTimer.getDuedate().toInstant().plusSeconds(1).plusSeconds(2 * 86400));
    driver.clockAt(closeTimer.getDuedate().toInstant().plusSeconds(1));
    driver.runJobs(round);
    assertThat(round).isEnded().hasPassed(InspectionProcess.CLOSED_UNFINISHED);
  }

  // --- helpers

  private ProcessInstance start(String officer, String gridCode, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("gridCode", gridCode);
    form.put("extraReason", reason);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(InspectionProcess.EXTRA_KEY).latestVersion().singleResult().getId();
    return driver.as(officer, () -> engine.getFormService().submitStartForm(definition, form));
  }

  private List<Inspection> extraRounds(LocalDate monday, String gridCode) {
    return inspections.findByWeekStart(monday).stream()
        .filter(i -> i.isExtra() && i.getGridCode().equals(gridCode)).toList();
  }

  private ProcessInstance instance(Inspection inspection) {
    String id = inspections.findById(inspection.getId()).orElseThrow().getProcessInstanceId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }
}
