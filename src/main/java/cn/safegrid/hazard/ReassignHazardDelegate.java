package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.TaskContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 改派牵头单位: the safety office's choice of another lead unit takes effect. */
@Component
class ReassignHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;

  ReassignHazardDelegate(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    HazardLedger.Routing routing = ledger.reassign(hazardId, TaskContext.currentUser(), NEW_LEAD_DEPARTMENT.get(execution),
        REASSIGN_REASON.get(execution));
    HazardLedger.Supervisors supervisors = ledger.supervisorsOf(hazardId);
    LEAD_GROUP.set(execution, routing.leadGroup());
    VERIFIER_GROUP.set(execution, supervisors.verifierGroup());
    LEVEL_TWO_LEADER.set(execution, supervisors.levelTwoLeader());
  }
}
