package cn.safegrid.summary;

import static cn.safegrid.hazard.HazardDriver.vars;
import static cn.safegrid.summary.MonthlySummaryProcessTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TaskPriority;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/** hazard-statistics.bpmn: signed on time by the principal person in charge, or late and recorded so. */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class HazardStatisticsProcessTest {

  @Autowired SummaryScheduler scheduler;
  @Autowired HazardStatisticsRepository statistics;
  @Autowired HazardDriver driver;
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
  void aSchoolsPrincipalSignsTheQuarterOnTime() {
    ProcessInstance instance = openAndCount(StatisticsSubject.Kind.UNIT, "school-bieshan-central",
        ReportPeriod.quarter(2036, 1), at(2036, 4, 1, 6));
    Task sign = driver.task(instance, SummaryProcess.SIGN);
    assertThat(sign.getName()).isEqualTo("签署隐患统计分析表 · 别山镇中心小学 · 2036年第一季度 · 4月15日 24 时前");
    assertThat(sign.getDueDate().toInstant()).isEqualTo(at(2036, 4, 16, 0));
    assertThat(taskService.getIdentityLinksForTask(sign.getId())).extracting(l -> l.getUserId()).containsExactly("gao.shili");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), SummaryVariables.STATISTICS_FACTS.name()))
        .contains("| 一般隐患 |").contains("主要负责人签字");

    assertThatThrownBy(() -> driver.complete("gao.shili", instance, SummaryProcess.SIGN, vars("signed", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请确认已审阅统计分析表并签署");
    driver.clockAt(at(2036, 4, 10, 9));
    driver.complete("gao.shili", instance, SummaryProcess.SIGN, vars("signed", true, "signatureRemarks", "同意"));
    assertThat(instance).hasPassed(SummaryProcess.SIGNED).isEnded();
    HazardStatistics table = statistics.findByProcessInstanceId(instance.getId()).orElseThrow();
    assertThat(table.getStatus()).isEqualTo(StatisticsStatus.SIGNED);
    assertThat(table.getSignedByName()).isEqualTo("高示丽");
    assertThat(table.isSignedLate()).isFalse();
  }

  @Test
  void theTownsYearIsSignedLateByALevelOneLeaderAndTheLatenessIsRecorded() {
    ProcessInstance instance = openAndCount(StatisticsSubject.Kind.TOWN, "bieshan", ReportPeriod.year(2036),
        at(2037, 1, 1, 6));
    Task sign = driver.task(instance, SummaryProcess.SIGN);
    assertThat(sign.getName()).isEqualTo("签署隐患统计分析表 · 别山镇 · 2036年度 · 1月31日 24 时前");
    assertThat(taskService.getIdentityLinksForTask(sign.getId())).extracting(l -> l.getUserId())
        .containsExactlyInAnyOrder("zhang.shili", "xu.yanghua");

    driver.clockAt(at(2037, 2, 1, 0).plusSeconds(60));
    driver.runJobs(instance);
    assertThat(instance).hasPassed(SummaryProcess.RECORD_LATE, SummaryProcess.LATENESS_RECORDED)
        .isWaitingAt(SummaryProcess.SIGN);
    assertThat(statistics.findByProcessInstanceId(instance.getId()).orElseThrow().getStatus())
        .isEqualTo(StatisticsStatus.OVERDUE);
    assertThat(driver.task(instance, SummaryProcess.SIGN).getPriority()).isEqualTo(TaskPriority.OVERDUE);

    driver.clockAt(at(2037, 2, 3, 9));
    driver.complete("xu.yanghua", instance, SummaryProcess.SIGN, vars("signed", true));
    assertThat(instance).isEnded();
    HazardStatistics table = statistics.findByProcessInstanceId(instance.getId()).orElseThrow();
    assertThat(table.getStatus()).isEqualTo(StatisticsStatus.SIGNED_LATE);
    assertThat(table.isSignedLate()).isTrue();
    assertThat(table.getRemindedAt()).isEqualTo(at(2037, 2, 1, 0).plusSeconds(60));
  }

  private ProcessInstance openAndCount(StatisticsSubject.Kind kind, String code, ReportPeriod period, Instant now) {
    driver.clockAt(now);
    HazardStatistics table = scheduler.open(scheduler.statisticsSubject(kind, code).orElseThrow(), period, now).orElseThrow();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(table.getProcessInstanceId()).singleResult();
    assertThat(instance).isWaitingAt(SummaryProcess.COUNT_HAZARDS);
    driver.runJobs(instance);
    assertThat(scheduler.open(scheduler.statisticsSubject(kind, code).orElseThrow(), period, now)).as("once").isEmpty();
    return instance;
  }
}
