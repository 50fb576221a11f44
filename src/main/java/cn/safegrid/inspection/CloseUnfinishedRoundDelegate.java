package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.INSPECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭未完成的排查: two weeks past due the round is closed as missed, so task lists stay current. */
@Component
class CloseUnfinishedRoundDelegate implements JavaDelegate {

  private final InspectionLedger ledger;

  CloseUnfinishedRoundDelegate(InspectionLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.closeUnfinished(ledger.inspectionOf(INSPECTION_ID.require(execution), execution.getProcessInstanceId()));
  }
}
