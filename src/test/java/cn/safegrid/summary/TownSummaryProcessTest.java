package cn.safegrid.summary;

import static cn.safegrid.hazard.HazardDriver.vars;
import static cn.safegrid.summary.MonthlySummaryProcessTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.SafeGridTest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
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

/** town-monthly-summary.bpmn: the safety office reviews and files, each level-1 leader acknowledges. */
@SafeGridTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TownSummaryProcessTest {

  @Autowired SummaryScheduler scheduler;
  @Autowired TownSummaryRepository towns;
  @Autowired MonthlySummaryRepository summaries;
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
  void theOfficeFilesTheTownSummaryAndBothLevelOneLeadersAcknowledgeIt() {
    ReportPeriod month = ReportPeriod.month(YearMonth.of(2036, 3));
    // the grids' summaries of the month: one filed on time, the others not (yet)
    Instant first = at(2036, 4, 1, 6);
    driver.clockAt(first);
    scheduler.openMonth(month, first);
    MonthlySummary xiaogang = summaries.findBySubjectKindAndSubjectCodeAndPeriodStart(SubjectKind.GRID,
        "village-xiaogang", month.start()).orElseThrow();
    ProcessInstance grid = instance(xiaogang.getProcessInstanceId());
    driver.runJobs(grid);
    driver.clockAt(at(2036, 4, 3, 9));
    driver.complete("gao.shihua", grid, SummaryProcess.FILE,
        vars("filingChoice", "file", "monthWork", "巡查 4 次", "nextPlan", "防汛检查"));

    Instant sixth = at(2036, 4, 6, 6);
    driver.clockAt(sixth);
    TownSummary town = scheduler.openTown(month, sixth).get(0);
    ProcessInstance instance = instance(town.getProcessInstanceId());
    assertThat(instance).hasBusinessKey("town-bieshan/2036-03").isWaitingAt(SummaryProcess.COUNT_TOWN);
    driver.runJobs(instance);
    assertThat(instance).isWaitingAt(SummaryProcess.REVIEW_TOWN);
    Task review = driver.task(instance, SummaryProcess.REVIEW_TOWN);
    assertThat(review.getName()).isEqualTo("审核报送全镇月度汇总 · 别山镇 · 2036年3月 · 4月10日 24 时前");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .containsExactly("safety-office");
    String facts = (String) engine.getRuntimeService().getVariable(instance.getId(), SummaryVariables.TOWN_FACTS.name());
    int rows = summaries.findByTownCodeAndPeriodStart("bieshan", month.start()).size();
    assertThat(facts).contains("应报 " + rows + " 份，已报 1 份（其中逾期报送 0 份），未报 " + (rows - 1) + " 份")
        .contains("### 按片（村级网格）").contains("| 东片 | 3/1 |").contains("### 按部门").contains("| 镇教委 |")
        .contains("### 按网格类型").contains("| 学校 | 10/0 |");

    assertThatThrownBy(() -> driver.complete("wang.celi", instance, SummaryProcess.REVIEW_TOWN, vars("reviewRemarks", "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写审核意见");
    driver.clockAt(at(2036, 4, 8, 10));
    driver.complete("wang.celi", instance, SummaryProcess.REVIEW_TOWN, vars("reviewRemarks", "本月总体平稳，63 个网格和部门逾期未报，已督办"));
    List<Task> acknowledgements = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(SummaryProcess.ACKNOWLEDGE_TOWN).list();
    assertThat(acknowledgements).extracting(Task::getAssignee).containsExactlyInAnyOrder("zhang.shili", "xu.yanghua");
    assertThat(acknowledgements).extracting(Task::getName).containsOnly("知悉全镇月度汇总 · 别山镇 · 2036年3月");
    TownSummary filed = towns.findById(town.getId()).orElseThrow();
    assertThat(filed.getStatus()).isEqualTo(TownSummaryStatus.FILED);
    assertThat(filed.getFiledByName()).isEqualTo("王测丽");
    assertThat(filed.isFiledLate()).isFalse();
    assertThat(filed.getSummariesFiled()).isEqualTo(1);
    assertThat(filed.getSummariesTotal()).isEqualTo(rows);

    for (Task task : acknowledgements) {
      driver.as(task.getAssignee(), () -> {
        taskService.complete(task.getId(), vars("acknowledgeRemarks", task.getAssignee().equals("zhang.shili") ? "已阅，抓好整改" : ""));
        return null;
      });
    }
    assertThat(instance).hasPassed(SummaryProcess.RECORD_ACKNOWLEDGED, SummaryProcess.TOWN_ACKNOWLEDGED).isEnded();
    TownSummary acknowledged = towns.findById(town.getId()).orElseThrow();
    assertThat(acknowledged.getStatus()).isEqualTo(TownSummaryStatus.ACKNOWLEDGED);
    assertThat(acknowledged.getAcknowledgements()).extracting(TownAcknowledgement::getName, TownAcknowledgement::getRemarks)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张示例", "已阅，抓好整改"),
            org.assertj.core.groups.Tuple.tuple("许样华", null));
    assertThat(scheduler.openTown(month, sixth.plusSeconds(60))).as("opened once").isEmpty();
  }

  private ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
