package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.HAZARD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 移交纪委问责: the last escalation. The ledger marks the hazard for accountability (the hand-over
 * record a later accountability process picks up); until that process exists the discipline
 * commission gets a review task.
 */
@Component
class OpenAccountabilityCaseDelegate implements JavaDelegate {

  private final HazardLedger ledger;
  private final HazardFormView forms;

  OpenAccountabilityCaseDelegate(HazardLedger ledger, HazardFormView forms) {
    this.ledger = ledger;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    ledger.openAccountability(hazardId);
    forms.refresh(execution, hazardId);
  }
}
