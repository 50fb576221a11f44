package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.TOWN_SUMMARY_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记领导已知悉: every level-1 leader asked has acknowledged the town summary. */
@Component
class RecordTownAcknowledgedDelegate implements JavaDelegate {

  private final SummaryLedger ledger;

  RecordTownAcknowledgedDelegate(SummaryLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.townAcknowledged(ledger.townOf(TOWN_SUMMARY_ID.require(execution), execution.getProcessInstanceId()).getId());
  }
}
