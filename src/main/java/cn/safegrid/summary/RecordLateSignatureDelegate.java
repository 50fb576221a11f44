package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.STATISTICS_ID;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未签署: the deadline passed unsigned; the ledger records it and the task turns urgent. */
@Component
class RecordLateSignatureDelegate implements JavaDelegate {

  private final StatisticsLedger ledger;
  private final TaskContext tasks;

  RecordLateSignatureDelegate(StatisticsLedger ledger, TaskContext tasks) {
    this.ledger = ledger;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.remind(ledger.statisticsOf(STATISTICS_ID.require(execution), execution.getProcessInstanceId()).getId());
    tasks.raisePriority(execution, TaskPriority.OVERDUE);
  }
}
