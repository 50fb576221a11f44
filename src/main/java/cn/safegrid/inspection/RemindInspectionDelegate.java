package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.INSPECTION_ID;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒排查逾期: the round is due and not done; its task turns urgent (已逾期) for the grid. */
@Component
class RemindInspectionDelegate implements JavaDelegate {

  private final InspectionLedger ledger;
  private final TaskContext tasks;

  RemindInspectionDelegate(InspectionLedger ledger, TaskContext tasks) {
    this.ledger = ledger;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.remind(ledger.inspectionOf(INSPECTION_ID.require(execution), execution.getProcessInstanceId()));
    tasks.raisePriority(execution, TaskPriority.OVERDUE);
  }
}
