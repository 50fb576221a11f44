package cn.safegrid.inspection;

import static cn.safegrid.hazard.HazardDriver.vars;
import static cn.safegrid.inspection.RoundAnswers.at;
import static cn.safegrid.inspection.RoundAnswers.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardRepository;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TaskPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * One test per path of inspection-round.bpmn and inspection-scheduling.bpmn, on the demo town.
 * Each test uses a week of its own (rounds are unique per grid, week and round).
 */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class InspectionRoundProcessTest {


  @Autowired InspectionScheduler scheduler;
  @Autowired InspectionRepository inspections;
  @Autowired InspectionItemRepository items;
  @Autowired HazardRepository hazards;
  @Autowired HazardDriver driver;
  @Autowired Registry registry;
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
  void schedulerOpensEveryGridsRoundOnceAndSpreadsUnitRoundsOverTheWeek() {
    Instant monday = at(2027, 3, 1, 6);
    List<Inspection> opened = open(monday);
    Set<String> villages = gridsOf(GridKind.VILLAGE);
    Set<String> units = gridsOfUnits();
    assertThat(opened).extracting(Inspection::getGridCode).containsExactlyInAnyOrderElementsOf(union(villages, units));
    assertThat(opened).allSatisfy(i -> assertThat(i.getRoundNo()).isEqualTo(1));
    Inspection xiaogang = round(opened, "village-xiaogang");
    assertThat(xiaogang.getDueAt()).isEqualTo(at(2027, 3, 8, 0));
    assertThat(round(opened, "school-bieshan-central").getDueAt()).as("Monday to Wednesday").isEqualTo(at(2027, 3, 4, 0));

    ProcessInstance instance = instance(xiaogang);
    assertThat(instance).hasBusinessKey("village-xiaogang/2027-W09/1").isWaitingAt(InspectionProcess.INSPECT_VILLAGE);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("村级隐患排查 · 小岗村 · 3月7日 24 时前");
    assertThat(task.getDueDate().toInstant()).isEqualTo(at(2027, 3, 8, 0));
    assertThat(candidateGroups(task)).containsExactly("grid-village-xiaogang");
    assertThat(instance(round(opened, "school-bieshan-central"))).isWaitingAt(InspectionProcess.INSPECT_UNIT);

    assertThat(open(monday)).as("running again opens nothing").isEmpty();
    // the registry gives the building-materials enterprise three rounds a week: Mon–Tue, Wed–Thu, Fri–Sun
    String threeTimes = "enterprise-yangban-building-materials";
    List<Inspection> wednesday = open(at(2027, 3, 3, 6));
    assertThat(wednesday).extracting(Inspection::getGridCode).containsExactly(threeTimes);
    assertThat(wednesday.get(0).getRoundNo()).isEqualTo(2);
    assertThat(wednesday.get(0).getRoundsPerWeek()).isEqualTo(3);
    assertThat(wednesday.get(0).getDueAt()).isEqualTo(at(2027, 3, 5, 0));
    List<Inspection> thursday = open(at(2027, 3, 4, 6));
    units.remove(threeTimes);
    assertThat(thursday).extracting(Inspection::getGridCode).containsExactlyInAnyOrderElementsOf(units);
    assertThat(thursday).allSatisfy(i -> assertThat(i.getRoundNo()).isEqualTo(2));
    assertThat(round(thursday, "school-bieshan-central").getDueAt()).as("Thursday to Sunday").isEqualTo(at(2027, 3, 8, 0));
  }

  @Test
  void aGridAddedMidWeekGetsTheRoundThatIsStillOpen() {
    registry.edit(d -> {
      List<RegistryData.GridRow> grids = new ArrayList<>(d.grids());
      grids.add(new RegistryData.GridRow("village-test-new", "新建示例村", GridKind.VILLAGE, "bieshan", "town-bieshan",
          "east", null, null, null));
      return d.withGrids(grids);
    });
    try {
      List<Inspection> opened = open(at(2027, 3, 10, 6));
      Inspection fresh = round(opened, "village-test-new");
      assertThat(fresh.getDueAt()).isEqualTo(at(2027, 3, 15, 0));
      taskService.createTaskQuery().processInstanceId(fresh.getProcessInstanceId()).singleResult();
    } finally {
      // a grid with an open round cannot be deleted (RegistryIntegrity): end the test's round first
      inspections.findAll().stream().filter(i -> i.getGridCode().equals("village-test-new")).forEach(i -> {
        if (i.getProcessInstanceId() != null && engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(i.getProcessInstanceId()).count() > 0) {
          engine.getRuntimeService().deleteProcessInstance(i.getProcessInstanceId(), "test over", true, true);
        }
        inspections.delete(i);
      });
      registry.edit(d -> d.withGrids(d.grids().stream().filter(g -> !g.code().equals("village-test-new")).toList()));
    }
  }

  @Test
  void roundsWhoseWindowPassedWhileTheServerWasDownOpenLateAndCountAsMissedUnlessDone() {
    // the last run before the outage: Monday of 2029-W10, 06:00
    Instant lastRun = at(2029, 3, 5, 6);
    driver.clockAt(lastRun);
    scheduler.run(lastRun);
    // back on Tuesday of W12: W11 passed unseen, and so did W10's Thursday–Sunday window
    Instant back = at(2029, 3, 20, 6);
    driver.clockAt(back);
    List<Inspection> opened = scheduler.run(back);
    List<Inspection> late = opened.stream().filter(i -> !i.getDueAt().isAfter(back)).toList();
    assertThat(late).extracting(Inspection::getWeekStart).containsOnly(java.time.LocalDate.of(2029, 3, 12));
    Inspection village = round(late, "village-xiaogang");
    assertThat(village.getDueAt()).isEqualTo(at(2029, 3, 19, 0));
    assertThat(late).filteredOn(i -> i.getGridCode().equals("school-bieshan-central"))
        .extracting(Inspection::getRoundNo).containsExactlyInAnyOrder(1, 2);
    assertThat(opened).filteredOn(i -> i.getDueAt().isAfter(back)).as("this week's rounds are opened as usual")
        .extracting(Inspection::getWeekStart).containsOnly(java.time.LocalDate.of(2029, 3, 19));
    assertThat(inspections.findByGridCodeAndWeekStartAndRoundNo("school-bieshan-central",
        java.time.LocalDate.of(2029, 3, 5), 2)).as("before the previous week: not reopened").isEmpty();
    assertThat(scheduler.run(back.plusSeconds(60))).as("the next run, minutes later, opens nothing").isEmpty();
    // a run a day after the previous one catches nothing up: only windows that are open now
    Instant wednesday = at(2029, 3, 21, 5);
    driver.clockAt(wednesday);
    assertThat(scheduler.run(wednesday)).isNotEmpty().allSatisfy(i -> assertThat(i.getDueAt()).isAfter(wednesday));
    driver.clockAt(back);

    // overdue at once: reminded by the next job run, and may still be done (late)
    ProcessInstance instance = instance(village);
    driver.runJobs(instance);
    assertThat(instance).hasPassed(InspectionProcess.REMIND);
    assertThat(inspections.findById(village.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.OVERDUE);
    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.put(InspectionVariables.KEY_PLACES, keyPlacesAnswered(instance, "passed"));
    driver.complete("dong.liyong", instance, InspectionProcess.INSPECT_VILLAGE, answers);
    assertThat(inspections.findById(village.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.DONE_LATE);
  }

  @Test
  void aFindingTakesTheCategoryOfItsKeyPlaceOrOfTheUnitsSector() throws Exception {
    List<Inspection> opened = open(at(2027, 7, 5, 6));
    // 别山示例汽修厂: the building item has no single category, so the unit's sector (汽修汽贸 → 环保所);
    // its 喷漆房 has none of its own either
    Inspection garage = round(opened, "enterprise-shili-auto-repair");
    ProcessInstance unit = instance(garage);
    RoundAnswers.ChecklistAnswers unitAnswers = allPassed(unit);
    unitAnswers.set("buildings", "result", "hazard");
    unitAnswers.set("buildings", "remark", "维修车间屋面彩钢板锈蚀漏雨");
    unitAnswers.put(InspectionVariables.KEY_PLACES, placesAnswered(unit, "喷漆房", "喷漆房排风机损坏"));
    driver.complete(RoundAnswers.member(registry.current(), "enterprise-shili-auto-repair"), unit,
        InspectionProcess.INSPECT_UNIT, unitAnswers);
    assertThat(hazardsOf(garage)).extracting(Hazard::getCategory, Hazard::getLeadDepartment)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("auto-repair", "environment"));

    // 大庄村's 集中沼气池 has a category of its own (沼气池 → 农办), not a blanket 消防
    Inspection village = round(opened, "village-dazhuang");
    ProcessInstance instance = instance(village);
    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.put(InspectionVariables.KEY_PLACES, placesAnswered(instance, "集中沼气池", "沼气池盖板破损，无警示标志"));
    driver.complete("chen.yangang", instance, InspectionProcess.INSPECT_VILLAGE, answers);
    assertThat(hazardsOf(village)).extracting(Hazard::getCategory, Hazard::getLeadDepartment)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("biogas", "agri-office"));
  }

  /** The key-place list as the form submits it: a finding at the place whose name starts so, the rest passed. */
  private Object placesAnswered(ProcessInstance instance, String place, String remark) throws Exception {
    var rows = (com.fasterxml.jackson.databind.node.ArrayNode) new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(engine.getRuntimeService().getVariable(instance.getId(), InspectionVariables.KEY_PLACES).toString());
    for (var row : rows) {
      boolean found = row.get("name").asText().startsWith(place);
      ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("result", found ? "hazard" : "passed")
          .put("remark", found ? remark : "");
    }
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(rows.toString()).create();
  }

  private List<Hazard> hazardsOf(Inspection round) {
    String numbers = inspections.findById(round.getId()).orElseThrow().getHazardNumbers();
    var management = engine.getManagementService();
    return java.util.Arrays.stream(numbers.split(",")).map(n -> {
      Hazard reported = hazards.findByNumber(n).orElseThrow();
      // the routing runs as a job (the report's save point)
      management.createJobQuery().processInstanceId(reported.getProcessInstanceId()).executable().list()
          .forEach(job -> management.executeJob(job.getId()));
      return hazards.findByNumber(n).orElseThrow();
    }).toList();
  }

  @Test
  void aFindingAtAHazardSourceWithTheLongestNameIsRecorded() throws Exception {
    String name = "村东".repeat(50);  // 100 characters, the registry's longest; the form adds "（危险源）"
    registry.edit(d -> {
      List<RegistryData.KeyPlaceRow> rows = new ArrayList<>(d.keyPlaces());
      rows.add(new RegistryData.KeyPlaceRow("kp-test-longest", "village-dazhuang", name, true, null, "hazardous-chemicals"));
      return d.withKeyPlaces(rows);
    });
    try {
      Inspection round = round(open(at(2027, 6, 14, 6)), "village-dazhuang");
      ProcessInstance instance = instance(round);
      RoundAnswers.ChecklistAnswers answers = allPassed(instance);
      answers.put(InspectionVariables.KEY_PLACES, placesAnswered(instance, name, "气瓶露天存放，无防晒措施"));
      driver.complete("chen.yangang", instance, InspectionProcess.INSPECT_VILLAGE, answers);

      Inspection done = inspections.findById(round.getId()).orElseThrow();
      assertThat(done.getStatus()).isEqualTo(InspectionStatus.DONE);
      assertThat(items.findByInspectionIdOrderById(round.getId())).anySatisfy(item ->
          assertThat(item.getLabel()).isEqualTo(name + "（危险源）"));
      Hazard hazard = hazards.findByNumber(done.getHazardNumbers()).orElseThrow();
      assertThat(hazard.getLocation()).hasSizeLessThanOrEqualTo(200).startsWith("大庄村 · 村东");
      assertThat(hazard.getSource()).hasSizeLessThanOrEqualTo(100).startsWith("排查 village-dazhuang/2027-W24/1");
    } finally {
      registry.edit(d -> d.withKeyPlaces(d.keyPlaces().stream().filter(k -> !k.code().equals("kp-test-longest")).toList()));
    }
  }

  @Test
  void aVillageRoundWithTwoFindingsStartsTwoHazardsRoutedByTheRules() {
    Inspection round = round(open(at(2027, 3, 15, 6)), "village-xiaogang");
    ProcessInstance instance = instance(round);
    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.set("firewoodPile", "result", "hazard");
    answers.set("firewoodPile", "remark", "村西头柴草垛紧靠民房，约 20 立方米");
    answers.set("rentalsAndShops", "result", "hazard");
    answers.set("rentalsAndShops", "remark", "出租房住 15 人，楼道内电动车充电");
    answers.set("rentalsAndShops", "location", "小岗村 8 号院");
    answers.set("transport", "result", "na");
    answers.put(InspectionVariables.KEY_PLACES, keyPlacesAnswered(instance, "passed"));
    driver.complete("dong.liyong", instance, InspectionProcess.INSPECT_VILLAGE, answers);

    assertThat(instance).isEnded().hasPassed(InspectionProcess.RECORD, InspectionProcess.COMPLETED);
    Inspection done = inspections.findById(round.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(InspectionStatus.DONE);
    assertThat(done.getDoneByName()).isEqualTo("董例勇");
    assertThat(done.getFindings()).isEqualTo(2);
    List<InspectionItem> recorded = items.findByInspectionIdOrderById(round.getId());
    assertThat(recorded).filteredOn(i -> !i.isKeyPlace()).hasSize(13);
    assertThat(recorded).filteredOn(InspectionItem::isKeyPlace).isNotEmpty()
        .allSatisfy(i -> assertThat(i.getResult()).isEqualTo(ItemResult.PASSED));
    List<String> numbers = recorded.stream().filter(i -> i.getHazardNumber() != null).map(InspectionItem::getHazardNumber).toList();
    assertThat(numbers).hasSize(2);

    Hazard firewood = hazards.findByNumber(numbers.get(0)).orElseThrow();
    Hazard rentals = hazards.findByNumber(numbers.get(1)).orElseThrow();
    for (Hazard hazard : List.of(firewood, rentals)) {
      driver.runJobs(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(hazard.getProcessInstanceId()).singleResult());
    }
    firewood = hazards.findByNumber(firewood.getNumber()).orElseThrow();
    rentals = hazards.findByNumber(rentals.getNumber()).orElseThrow();
    assertThat(firewood.getReporterName()).isEqualTo("董例勇");
    assertThat(firewood.getSource()).contains("village-xiaogang/2027-W11/1").contains("柴草乱堆乱放");
    assertThat(firewood.getLeadGroup()).isEqualTo("grid-village-xiaogang");
    assertThat(firewood.getAssistingDepartments()).isEqualTo("fire-brigade");
    assertThat(rentals.getLeadGroup()).isEqualTo("area-east");
    assertThat(rentals.getLocation()).isEqualTo("小岗村 8 号院");
  }

  @Test
  void aRoundWithNothingFoundIsRecordedToo() {
    Inspection round = round(open(at(2027, 3, 22, 6)), "hospital-bieshan");
    ProcessInstance instance = instance(round);
    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.put(InspectionVariables.KEY_PLACES, keyPlacesAnswered(instance, "passed"));
    driver.complete(member("hospital-bieshan"), instance, InspectionProcess.INSPECT_UNIT, answers);
    Inspection done = inspections.findById(round.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(InspectionStatus.DONE);
    assertThat(done.getFindings()).isZero();
    assertThat(done.getSummary()).contains("发现隐患 0 项");
  }

  @Test
  void aFindingWithoutADescriptionIsRefusedAndTheTaskStaysOpen() {
    Inspection round = round(open(at(2027, 3, 29, 6)), "village-dazhuang");
    ProcessInstance instance = instance(round);
    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.set("fireLane", "result", "hazard");
    answers.put(InspectionVariables.KEY_PLACES, keyPlacesAnswered(instance, "passed"));
    assertThatThrownBy(() -> driver.complete("chen.yangang", instance, InspectionProcess.INSPECT_VILLAGE, answers))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("消防通道").hasMessageContaining("请写明");
    assertThat(instance).isWaitingAt(InspectionProcess.INSPECT_VILLAGE);
    assertThat(inspections.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.OPEN);
  }

  @Test
  void aMissedVillageRoundIsSupervisedByItsLiaisonCadreAndAreaLeaderAndMayStillBeDoneLate() {
    Inspection round = round(open(at(2027, 4, 5, 6)), "village-xiaogang");
    ProcessInstance instance = instance(round);
    driver.clockAt(at(2027, 4, 12, 0).plusSeconds(1));
    driver.runJobs(instance);
    assertThat(instance).hasPassed(InspectionProcess.REMIND);
    assertThat(inspections.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.OVERDUE);
    assertThat(driver.task(instance, InspectionProcess.INSPECT_VILLAGE).getPriority()).isEqualTo(TaskPriority.OVERDUE);

    driver.clockAt(at(2027, 4, 13, 0).plusSeconds(2));
    driver.runJobs(instance);
    assertThat(inspections.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.MISSED);
    Task supervision = driver.task(instance, InspectionProcess.SUPERVISE);
    assertThat(supervision.getName()).isEqualTo("督办排查 · 小岗村 · 4月11日 24 时前");
    assertThat(candidateUsers(supervision)).containsExactlyInAnyOrder("yuan.shijun", "wu.yangli");
    driver.complete("wu.yangli", instance, InspectionProcess.SUPERVISE, vars("supervisionRemarks", "已电话督促，明日完成排查"));
    assertThat(inspections.findById(round.getId()).orElseThrow().getSupervisionRemarks()).isEqualTo("已电话督促，明日完成排查");

    RoundAnswers.ChecklistAnswers answers = allPassed(instance);
    answers.put(InspectionVariables.KEY_PLACES, keyPlacesAnswered(instance, "passed"));
    driver.complete("gao.shihua", instance, InspectionProcess.INSPECT_VILLAGE, answers);
    assertThat(instance).isEnded();
    assertThat(inspections.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.DONE_LATE);
  }

  @Test
  void aMissedSchoolRoundIsSupervisedByTheEducationCommission() {
    Inspection round = round(open(at(2027, 4, 19, 6)), "school-bieshan-central");
    ProcessInstance instance = instance(round);
    // due Thursday 00:00 (Monday–Wednesday); reminded then, missed a day after the reminder
    driver.clockAt(at(2027, 4, 22, 0).plusSeconds(1));
    driver.runJobs(instance);
    driver.clockAt(at(2027, 4, 23, 0).plusSeconds(2));
    driver.runJobs(instance);
    assertThat(candidateGroups(driver.task(instance, InspectionProcess.SUPERVISE))).containsExactly("dept-education");
  }

  @Test
  void anUnfinishedRoundIsClosedTwoWeeksPastItsDueDay() {
    Inspection round = round(open(at(2027, 5, 3, 6)), "village-dazhuang");
    ProcessInstance instance = instance(round);
    driver.clockAt(at(2027, 5, 10, 0).plusSeconds(1));
    driver.runJobs(instance);
    driver.clockAt(at(2027, 5, 11, 0).plusSeconds(2));
    driver.runJobs(instance);
    driver.clockAt(at(2027, 5, 24, 0).plusSeconds(3));
    driver.runJobs(instance);
    assertThat(instance).isEnded().hasPassed(InspectionProcess.CLOSE_UNFINISHED, InspectionProcess.CLOSED_UNFINISHED);
    assertThat(inspections.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(InspectionStatus.CLOSED_UNFINISHED);
  }

  @Test
  void theDailyTimerOpensTheRoundsThatFellDue() {
    var timer = engine.getManagementService().createJobQuery().processDefinitionKey(InspectionProcess.SCHEDULING_KEY)
        .timers().singleResult();
    assertThat(timer).as("the daily timer of inspection-scheduling").isNotNull();
    driver.clockAt(at(2027, 5, 31, 6));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(inspections.findByWeekStart(java.time.LocalDate.of(2027, 5, 31)))
        .extracting(Inspection::getGridCode).contains("village-xiaogang", "school-bieshan-central");
    var next = engine.getManagementService().createJobQuery().processDefinitionKey(InspectionProcess.SCHEDULING_KEY)
        .timers().singleResult();
    assertThat(next.getDuedate().toInstant()).as("the next day's timer, 05:30 in Bieshan")
        .isEqualTo(java.time.ZonedDateTime.of(2027, 6, 1, 5, 30, 0, 0, RoundAnswers.TOWN).toInstant());
    // the cycle is read again each time it fires: a changed schedule time needs no redeployment
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isReevaluateTimeCycleWhenDue()).isTrue();
  }

  // --- helpers

  private List<Inspection> open(Instant instant) {
    driver.clockAt(instant);
    return scheduler.openDueRounds(instant);
  }

  private ProcessInstance instance(Inspection inspection) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(inspection.getProcessInstanceId()).singleResult();
  }

  private Set<String> gridsOf(GridKind kind) {
    return registry.current().data().grids().stream().filter(g -> g.kind() == kind)
        .map(RegistryData.GridRow::code).collect(Collectors.toSet());
  }

  private Set<String> gridsOfUnits() {
    Set<String> units = new java.util.HashSet<>();
    for (GridKind kind : List.of(GridKind.ENTERPRISE, GridKind.SCHOOL, GridKind.HOSPITAL, GridKind.INSTITUTION)) {
      units.addAll(gridsOf(kind));
    }
    return units;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private String member(String gridCode) {
    return RoundAnswers.member(registry.current(), gridCode);
  }

  private RoundAnswers.ChecklistAnswers allPassed(ProcessInstance instance) {
    return RoundAnswers.allPassed(engine.getRuntimeService(), instance.getId());
  }

  private Object keyPlacesAnswered(ProcessInstance instance, String result) {
    return RoundAnswers.keyPlacesAnswered(engine.getRuntimeService(), instance.getId(), result);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  private List<String> candidateUsers(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getUserId() != null).map(IdentityLink::getUserId).toList();
  }
}
