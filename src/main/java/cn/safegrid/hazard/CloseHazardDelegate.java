package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.HAZARD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 销号: the rectification passed verification (and, for a major hazard, the closure review). */
@Component
class CloseHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;

  CloseHazardDelegate(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.close(ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId()));
  }
}
