package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.*;

import cn.safegrid.grid.Registry;
import cn.safegrid.system.TownClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A summary or statistics task comes up: its name says who, which period and by when
 * (「填报月度汇总表 · 小岗村 · 2026年3月 · 4月5日 24 时前」); a supervision order is recorded in the
 * ledger with the names of those it went to.
 */
@Component
class SummaryTaskListener implements TaskListener {

  private final SummaryLedger summaries;
  private final StatisticsLedger statistics;
  private final Registry registry;
  private final TownClock clock;

  SummaryTaskListener(SummaryLedger summaries, StatisticsLedger statistics, Registry registry, TownClock clock) {
    this.summaries = summaries;
    this.statistics = statistics;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String instance = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case SummaryProcess.FILE, SummaryProcess.FILE_FOR_LEADER -> {
        MonthlySummary summary = summaries.summaryOf(SUMMARY_ID.require(task), instance);
        task.setName(task.getName() + " · " + summary.getSubjectName() + " · " + summary.period().label() + " · "
            + clock.deadline(summary.getDueAt()));
      }
      case SummaryProcess.SUPERVISE -> {
        MonthlySummary summary = summaries.summaryOf(SUMMARY_ID.require(task), instance);
        task.setName(task.getName() + " · " + summary.getSubjectName() + " · " + summary.period().label());
        summaries.supervisionOrdered(summary.getId(), SummaryPeople.supervisors(registry.current(), summary).names());
      }
      case SummaryProcess.REVIEW_TOWN -> {
        TownSummary town = summaries.townOf(TOWN_SUMMARY_ID.require(task), instance);
        task.setName(task.getName() + " · " + town.getTownName() + " · " + town.period().label() + " · "
            + clock.deadline(town.getDueAt()));
      }
      case SummaryProcess.ACKNOWLEDGE_TOWN -> {
        TownSummary town = summaries.townOf(TOWN_SUMMARY_ID.require(task), instance);
        task.setName(task.getName() + " · " + town.getTownName() + " · " + town.period().label());
      }
      case SummaryProcess.SIGN -> {
        HazardStatistics table = statistics.statisticsOf(STATISTICS_ID.require(task), instance);
        task.setName(task.getName() + " · " + table.getSubjectName() + " · " + table.period().label() + " · "
            + clock.deadline(table.getDueAt()));
      }
      default -> throw new IllegalStateException("summaryTaskListener is not meant for " + task.getTaskDefinitionKey());
    }
  }
}
