package cn.safegrid.summary;

import static cn.safegrid.hazard.HazardDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TaskPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One test per path of monthly-summary.bpmn and summary-scheduling.bpmn, on the demo town. Each
 * test uses a month of its own (a summary is unique per grid and month).
 */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MonthlySummaryProcessTest {

  static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  @Autowired SummaryScheduler scheduler;
  @Autowired MonthlySummaryRepository summaries;
  @Autowired TownSummaryRepository towns;
  @Autowired HazardStatisticsRepository statistics;
  @Autowired HazardDriver driver;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, TOWN).toInstant();
  }

  @Test
  void aVillageLeaderFilesOnTimeAndTheSummaryIsClosed() {
    ProcessInstance instance = openAndCount(SubjectKind.GRID, "village-xiaogang", YearMonth.of(2035, 1));
    assertThat(instance).hasBusinessKey("village-xiaogang/2035-01").isWaitingAt(SummaryProcess.FILE);
    Task task = task(instance);
    assertThat(task.getName()).isEqualTo("填报月度汇总表 · 小岗村 · 2035年1月 · 2月5日 24 时前");
    assertThat(task.getDueDate().toInstant()).isEqualTo(at(2035, 2, 6, 0));
    assertThat(candidates(task)).containsExactly("user:gao.shihua");
    String facts = (String) engine.getRuntimeService().getVariable(instance.getId(), SummaryVariables.SUMMARY_FACTS.name());
    assertThat(facts).contains("小岗村（村，东片）").contains("2035年1月1日至1月31日").contains("| 应排查（次） |")
        .contains("事故 0 起，培训 0 次（系统尚未登记事故和培训");

    driver.clockAt(at(2035, 2, 3, 9));
    driver.complete("gao.shihua", instance, SummaryProcess.FILE, filing("file"));
    assertThat(instance).hasPassed(SummaryProcess.FILED).isEnded();
    MonthlySummary summary = summaryOf(instance);
    assertThat(summary.getStatus()).isEqualTo(SummaryStatus.FILED);
    assertThat(summary.isFiledLate()).isFalse();
    assertThat(summary.getFiledByName()).isEqualTo("高示华");
    assertThat(summary.getMonthWork()).isEqualTo("召开网格工作例会 1 次，巡查 4 次");
    assertThat(summary.getNextPlan()).isEqualTo("开展春季防火宣传");
  }

  @Test
  void theLeaderNamesADeputyWhoFilesInHisStead() {
    ProcessInstance instance = openAndCount(SubjectKind.GRID, "village-xiaogang", YearMonth.of(2035, 2));
    driver.clockAt(at(2035, 3, 2, 9));
    // a villager representative is no deputy: refused on the form, the task stays with the leader
    assertThatThrownBy(() -> driver.complete("gao.shihua", instance, SummaryProcess.FILE,
        vars("filingChoice", "delegate", "deputy", "dong.liyong")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不是小岗村的副网格长");
    assertThat(summaryOf(instance).getDelegatedTo()).isNull();

    driver.complete("gao.shihua", instance, SummaryProcess.FILE, vars("filingChoice", "delegate", "deputy", "lin.yangjun"));
    assertThat(instance).isWaitingAt(SummaryProcess.FILE_FOR_LEADER);
    Task task = driver.task(instance, SummaryProcess.FILE_FOR_LEADER);
    assertThat(task.getName()).isEqualTo("代为填报月度汇总表 · 小岗村 · 2035年2月 · 3月5日 24 时前");
    assertThat(candidates(task)).containsExactly("user:lin.yangjun");
    assertThat(summaryOf(instance).getDelegatedToName()).isEqualTo("林样军");

    driver.complete("lin.yangjun", instance, SummaryProcess.FILE_FOR_LEADER, filing(null));
    assertThat(instance).hasPassed(SummaryProcess.FILE_FOR_LEADER, SummaryProcess.FILED).isEnded();
    MonthlySummary summary = summaryOf(instance);
    assertThat(summary.getStatus()).isEqualTo(SummaryStatus.FILED);
    assertThat(summary.getFiledBy()).isEqualTo("lin.yangjun");
  }

  @Test
  void aFilingWithoutTheMonthsWorkIsRefusedAndTheTaskStays() {
    ProcessInstance instance = openAndCount(SubjectKind.GRID, "village-dazhuang", YearMonth.of(2035, 3));
    assertThatThrownBy(() -> driver.complete("xiao.yangli", instance, SummaryProcess.FILE,
        vars("filingChoice", "file", "monthWork", " ", "nextPlan", "继续巡查")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写本月网格工作情况");
    assertThat(instance).isWaitingAt(SummaryProcess.FILE);
    assertThat(summaryOf(instance).getStatus()).isEqualTo(SummaryStatus.OPEN);
  }

  @Test
  void aLateVillageSummaryIsRemindedThenSupervisedByTheAreaLeaderAndFiledLate() {
    ProcessInstance instance = openAndCount(SubjectKind.GRID, "village-xiaogang", YearMonth.of(2035, 4));
    // the deadline (5 May, 24:00) passes unfiled
    driver.clockAt(at(2035, 5, 6, 0).plusSeconds(60));
    driver.runJobs(instance);
    assertThat(instance).hasPassed(SummaryProcess.REMIND).isWaitingAt(SummaryProcess.FILE);
    assertThat(summaryOf(instance).getStatus()).isEqualTo(SummaryStatus.OVERDUE);
    assertThat(task(instance).getPriority()).isEqualTo(TaskPriority.OVERDUE);
    // two days later the area leader (东片片长 吴样丽) gets a supervision order
    driver.clockAt(at(2035, 5, 8, 1));
    driver.runJobs(instance);
    Task supervise = driver.task(instance, SummaryProcess.SUPERVISE);
    assertThat(supervise.getName()).isEqualTo("督办月度汇总填报 · 小岗村 · 2035年4月");
    assertThat(candidates(supervise)).containsExactly("user:wu.yangli");
    assertThat(summaryOf(instance).getSupervisors()).isEqualTo("吴样丽");
    assertThat(summaryOf(instance).getSupervisionOrderedAt()).isEqualTo(at(2035, 5, 8, 1));
    assertThatThrownBy(() -> driver.complete("wu.yangli", instance, SummaryProcess.SUPERVISE, vars("supervisionRemarks", "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写督办意见");
    driver.complete("wu.yangli", instance, SummaryProcess.SUPERVISE, vars("supervisionRemarks", "电话督促，9日前报送"));
    assertThat(instance).hasPassed(SummaryProcess.SUPERVISED).isWaitingAt(SummaryProcess.FILE);

    driver.clockAt(at(2035, 5, 9, 10));
    driver.complete("gao.shihua", instance, SummaryProcess.FILE, filing("file"));
    assertThat(instance).isEnded();
    MonthlySummary summary = summaryOf(instance);
    assertThat(summary.getStatus()).isEqualTo(SummaryStatus.FILED_LATE);
    assertThat(summary.isFiledLate()).isTrue();
    assertThat(summary.getRemindedAt()).isEqualTo(at(2035, 5, 6, 0).plusSeconds(60));
    assertThat(summary.getSupervisedByName()).isEqualTo("吴样丽");
    assertThat(summary.getSupervisionRemarks()).isEqualTo("电话督促，9日前报送");
  }

  @Test
  void aLateUnitSummaryIsSupervisedByTheDepartmentThatSupervisesItsSector() {
    ProcessInstance instance = openAndCount(SubjectKind.GRID, "school-bieshan-central", YearMonth.of(2035, 5));
    assertThat(candidates(task(instance))).containsExactly("user:gao.shili");
    remindedAndSupervised(instance, at(2035, 6, 6, 1));
    Task supervise = driver.task(instance, SummaryProcess.SUPERVISE);
    assertThat(candidates(supervise)).containsExactly("group:dept-education");
    assertThat(summaryOf(instance).getSupervisors()).isEqualTo("镇教委");
    driver.complete("lin.cehua", instance, SummaryProcess.SUPERVISE, vars("supervisionRemarks", "已约谈校长"));
    driver.complete("gao.shili", instance, SummaryProcess.FILE, filing("file"));
    assertThat(summaryOf(instance).getStatus()).isEqualTo(SummaryStatus.FILED_LATE);
  }

  @Test
  void aDepartmentFilesItsOwnRowAndIsSupervisedByItsLevelTwoLeader() {
    ProcessInstance instance = openAndCount(SubjectKind.DEPARTMENT, "education", YearMonth.of(2035, 6));
    assertThat(instance).hasBusinessKey("dept-education/2035-06");
    assertThat(candidates(task(instance))).as("the department's head").containsExactly("user:lin.cehua");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), SummaryVariables.DEPUTY_OPTIONS).toString())
        .as("a department's members may be named").contains("yao.lijing");
    remindedAndSupervised(instance, at(2035, 7, 6, 1));
    Task supervise = driver.task(instance, SummaryProcess.SUPERVISE);
    assertThat(candidates(supervise)).as("分管领导").containsExactly("user:cai.liyong");
    driver.complete("cai.liyong", instance, SummaryProcess.SUPERVISE, vars("supervisionRemarks", "请抓紧报送"));
    driver.complete("lin.cehua", instance, SummaryProcess.FILE, vars("filingChoice", "delegate", "deputy", "yao.lijing"));
    driver.complete("yao.lijing", instance, SummaryProcess.FILE_FOR_LEADER, filing(null));
    MonthlySummary summary = summaryOf(instance);
    assertThat(summary.getStatus()).isEqualTo(SummaryStatus.FILED_LATE);
    assertThat(summary.getFiledByName()).isEqualTo("姚例静");
  }

  @Test
  void openingIsIdempotentAndCoversEveryVillageUnitAndDepartment() {
    Instant now = at(2036, 2, 1, 6);
    driver.clockAt(now);
    ReportPeriod january = ReportPeriod.month(YearMonth.of(2036, 1));
    List<MonthlySummary> opened = scheduler.openMonth(january, now);
    Set<String> codes = opened.stream().map(s -> s.getSubjectKind() + ":" + s.getSubjectCode()).collect(Collectors.toSet());
    assertThat(codes).contains("GRID:village-xiaogang", "GRID:school-bieshan-central", "GRID:hospital-bieshan",
        "GRID:enterprise-shili-auto-repair", "GRID:institution-bieshan-elderly-home", "DEPARTMENT:education",
        "DEPARTMENT:safety-office", "DEPARTMENT:fire-brigade")
        .doesNotContain("GRID:town-bieshan", "GRID:school-bieshan-central-canteen");
    assertThat(opened).as("12 villages, 10 schools, 2 hospitals, 1 institution, 4 enterprises, 35 departments")
        .hasSize(12 + 10 + 2 + 1 + 4 + 35);
    assertThat(opened).allSatisfy(s -> assertThat(s.getDueAt()).isEqualTo(at(2036, 2, 6, 0)));
    assertThat(scheduler.openMonth(january, now.plusSeconds(5))).as("opening again opens nothing").isEmpty();
    assertThat(summaries.findByPeriodStart(LocalDate.of(2036, 1, 1))).hasSize(opened.size());
  }

  @Test
  void theSchedulerOpensOnTheFirstCatchesUpAfterAnOutageAndNeverTwice() {
    // the first run of an installation, on 3 September: August is still being filed, so it opens
    lastRun(null);
    Instant firstRun = at(2040, 9, 3, 10);
    driver.clockAt(firstRun);
    SummaryScheduler.Opened first = scheduler.run(firstRun);
    assertThat(first.summaries()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.getPeriodStart()).isEqualTo(LocalDate.of(2040, 8, 1));
      assertThat(s.getDueAt()).isEqualTo(at(2040, 9, 6, 0));
    });
    assertThat(first.towns()).isEmpty();
    assertThat(first.statistics()).isEmpty();
    assertThat(scheduler.run(firstRun.plusSeconds(60)).size()).as("a run a minute later").isZero();
    // 6 September 06:00: the town's summary of August, for the safety office
    Instant sixth = at(2040, 9, 6, 6);
    driver.clockAt(sixth);
    SummaryScheduler.Opened town = scheduler.run(sixth);
    assertThat(town.summaries()).isEmpty();
    assertThat(town.towns()).extracting(TownSummary::businessKey).containsExactly("town-bieshan/2040-08");
    assertThat(town.towns().get(0).getDueAt()).isEqualTo(at(2040, 9, 11, 0));

    // the server is down from 20 September to 3 November 10:00: September's summaries (due 5 October),
    // October's (due 5 November), September's town summary and the third quarter's statistics are
    // opened late; what was due meanwhile is due three days after the day it opens
    lastRun(at(2040, 9, 20, 6));
    Instant back = at(2040, 11, 3, 10);
    driver.clockAt(back);
    SummaryScheduler.Opened caughtUp = scheduler.run(back);
    Map<LocalDate, List<MonthlySummary>> byMonth = caughtUp.summaries().stream()
        .collect(Collectors.groupingBy(MonthlySummary::getPeriodStart));
    assertThat(byMonth.keySet()).containsExactlyInAnyOrder(LocalDate.of(2040, 9, 1), LocalDate.of(2040, 10, 1));
    assertThat(byMonth.get(LocalDate.of(2040, 9, 1))).allSatisfy(s -> assertThat(s.getDueAt()).isEqualTo(at(2040, 11, 7, 0)));
    assertThat(byMonth.get(LocalDate.of(2040, 10, 1))).allSatisfy(s -> assertThat(s.getDueAt()).isEqualTo(at(2040, 11, 6, 0)));
    assertThat(caughtUp.towns()).extracting(TownSummary::businessKey).containsExactly("town-bieshan/2040-09");
    assertThat(caughtUp.statistics()).extracting(HazardStatistics::businessKey)
        .contains("school-bieshan-central/2040-Q3", "town-bieshan/2040-Q3")
        .allSatisfy(key -> assertThat(key).endsWith("/2040-Q3"));
    assertThat(caughtUp.statistics()).allSatisfy(t -> assertThat(t.getDueAt()).isEqualTo(at(2040, 11, 7, 0)));
    assertThat(scheduler.run(back.plusSeconds(30)).size()).as("the next run opens nothing twice").isZero();
  }

  @Test
  void theDailyTimerOpensTheMonthsSummariesOnTheFirst() {
    var timer = engine.getManagementService().createJobQuery().processDefinitionKey(SummaryProcess.SCHEDULING_KEY)
        .timers().singleResult();
    assertThat(timer).as("the daily timer of summary-scheduling").isNotNull();
    lastRun(at(2041, 2, 28, 6));
    driver.clockAt(at(2041, 3, 1, 6));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(summaries.findByPeriodStart(LocalDate.of(2041, 2, 1))).extracting(MonthlySummary::getSubjectCode)
        .contains("village-xiaogang", "education");
    var next = engine.getManagementService().createJobQuery().processDefinitionKey(SummaryProcess.SCHEDULING_KEY)
        .timers().singleResult();
    assertThat(next.getDuedate().toInstant()).as("the next day's timer, 06:00 in Bieshan").isEqualTo(at(2041, 3, 2, 6));
  }

  // --- helpers

  /** The deadline passes ({@code late}: just after it), the reminder runs, two days later the supervision order. */
  private void remindedAndSupervised(ProcessInstance instance, Instant late) {
    driver.clockAt(late);
    driver.runJobs(instance);
    driver.clockAt(late.plus(java.time.Duration.ofDays(2)));
    driver.runJobs(instance);
  }

  private void lastRun(Instant at) {
    jdbc.update("update sg_scheduled_run set last_run_at = ? where name = 'summaries'",
        at == null ? null : at.atOffset(java.time.ZoneOffset.UTC));
  }

  /** Opens the subject's summary on the 1st of the next month at 06:00 and lets the count step run. */
  private ProcessInstance openAndCount(SubjectKind kind, String code, YearMonth month) {
    Instant now = month.plusMonths(1).atDay(1).atTime(6, 0).atZone(TOWN).toInstant();
    driver.clockAt(now);
    SummarySubject subject = scheduler.subject(kind, code).orElseThrow();
    MonthlySummary summary = scheduler.open(subject, ReportPeriod.month(month), now).orElseThrow();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(summary.getProcessInstanceId()).singleResult();
    assertThat(instance).isWaitingAt(SummaryProcess.COUNT_FIGURES);
    driver.runJobs(instance);
    assertThat(summaryOf(instance).getFiguresAt()).isEqualTo(now);
    return instance;
  }

  private MonthlySummary summaryOf(ProcessInstance instance) {
    return summaries.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private Task task(ProcessInstance instance) {
    return driver.task(instance, SummaryProcess.FILE);
  }

  private List<String> candidates(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
        .toList();
  }

  private static Map<String, Object> filing(String choice) {
    Map<String, Object> values = vars("monthWork", "召开网格工作例会 1 次，巡查 4 次", "helpNeeded", "",
        "nextPlan", "开展春季防火宣传");
    if (choice != null) {
      values.put("filingChoice", choice);
    }
    return values;
  }
}
