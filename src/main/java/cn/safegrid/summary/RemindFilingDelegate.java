package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.SUMMARY_ID;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒逾期未报: the deadline passed unfiled; the ledger records it and the task turns urgent (已逾期). */
@Component
class RemindFilingDelegate implements JavaDelegate {

  private final SummaryLedger ledger;
  private final TaskContext tasks;

  RemindFilingDelegate(SummaryLedger ledger, TaskContext tasks) {
    this.ledger = ledger;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.remind(ledger.summaryOf(SUMMARY_ID.require(execution), execution.getProcessInstanceId()).getId());
    tasks.raisePriority(execution, TaskPriority.OVERDUE);
  }
}
