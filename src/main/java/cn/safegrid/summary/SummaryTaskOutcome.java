package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.*;

import cn.safegrid.system.Refusal;
import cn.safegrid.system.TaskContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A summary or statistics task is done: what the officer submitted is checked (a refusal the form
 * shows) and recorded in the ledger — the filing or the deputy named, the supervision, the town
 * summary's review and each leader's acknowledgement, the signature.
 */
@Component
class SummaryTaskOutcome implements ExecutionListener {

  private final SummaryLedger summaries;
  private final StatisticsLedger statistics;

  SummaryTaskOutcome(SummaryLedger summaries, StatisticsLedger statistics) {
    this.summaries = summaries;
    this.statistics = statistics;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String actor = TaskContext.currentUser();
    String instance = execution.getProcessInstanceId();
    switch (execution.getCurrentActivityId()) {
      case SummaryProcess.FILE -> {
        Long id = summaries.summaryOf(SUMMARY_ID.require(execution), instance).getId();
        String choice = FILING_CHOICE.get(execution);
        if (DELEGATE.equals(choice)) {
          summaries.delegate(id, actor, DEPUTY.get(execution));
        } else if (FILE.equals(choice)) {
          file(id, actor, execution);
        } else {
          throw Refusal.of(FILING_CHOICE.name(), "请选择本人填报，或交副网格长代为填报");
        }
      }
      case SummaryProcess.FILE_FOR_LEADER -> file(summaries.summaryOf(SUMMARY_ID.require(execution), instance).getId(),
          actor, execution);
      case SummaryProcess.SUPERVISE -> summaries.supervised(
          summaries.summaryOf(SUMMARY_ID.require(execution), instance).getId(), actor, SUPERVISION_REMARKS.get(execution));
      case SummaryProcess.REVIEW_TOWN -> summaries.fileTown(
          summaries.townOf(TOWN_SUMMARY_ID.require(execution), instance).getId(), actor, REVIEW_REMARKS.get(execution));
      case SummaryProcess.ACKNOWLEDGE_TOWN -> summaries.acknowledgeTown(
          summaries.townOf(TOWN_SUMMARY_ID.require(execution), instance).getId(), actor,
          ACKNOWLEDGE_REMARKS.get(execution));
      case SummaryProcess.SIGN -> statistics.sign(
          statistics.statisticsOf(STATISTICS_ID.require(execution), instance).getId(), actor, SIGNED.get(execution),
          SIGNATURE_REMARKS.get(execution));
      default -> throw new IllegalStateException("summaryTaskOutcome is not meant for " + execution.getCurrentActivityId());
    }
  }

  private void file(Long id, String actor, DelegateExecution execution) {
    summaries.file(id, actor, FIGURES_REMARKS.get(execution), MONTH_WORK.get(execution), HELP_NEEDED.get(execution),
        NEXT_PLAN.get(execution));
  }
}
