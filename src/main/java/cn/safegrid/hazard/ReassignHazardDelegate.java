package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.TaskContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 改派牵头单位: the safety office's choice of another lead unit takes effect in the ledger ({@link HazardCase}). */
@Component
class ReassignHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;

  ReassignHazardDelegate(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    ledger.reassign(hazardId, TaskContext.currentUser(), NEW_LEAD_DEPARTMENT.get(execution), REASSIGN_REASON.get(execution));
  }
}
