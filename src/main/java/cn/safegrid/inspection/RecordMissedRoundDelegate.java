package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.INSPECTION_ID;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录漏查: a day past due and still not done; the upper grid is asked to supervise. */
@Component
class RecordMissedRoundDelegate implements JavaDelegate {

  private final InspectionLedger ledger;
  private final TaskContext tasks;

  RecordMissedRoundDelegate(InspectionLedger ledger, TaskContext tasks) {
    this.ledger = ledger;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.missed(ledger.inspectionOf(INSPECTION_ID.require(execution), execution.getProcessInstanceId()));
    tasks.raisePriority(execution, TaskPriority.ESCALATED);
  }
}
