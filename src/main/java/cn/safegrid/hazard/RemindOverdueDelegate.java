package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒整改逾期: the deadline has passed; the open tasks turn urgent and show in 已逾期. The
 * escalation timers that follow fire at the dates the ledger fixed at assignment ({@link HazardCase}).
 */
@Component
class RemindOverdueDelegate implements JavaDelegate {

  private final HazardLedger ledger;
  private final HazardFormView forms;
  private final TaskContext tasks;

  RemindOverdueDelegate(HazardLedger ledger, HazardFormView forms, TaskContext tasks) {
    this.ledger = ledger;
    this.forms = forms;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    ledger.remindOverdue(hazardId);
    tasks.raisePriority(execution, TaskPriority.OVERDUE);
    forms.refresh(execution, hazardId);
  }
}
