package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.*;

import cn.safegrid.system.Refusal;
import cn.safegrid.system.TaskContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The upper grid's supervision order for a missed round is done: its remarks go to the ledger. */
@Component
class InspectionTaskOutcome implements ExecutionListener {

  private final InspectionLedger ledger;

  InspectionTaskOutcome(InspectionLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String remarks = SUPERVISION_REMARKS.get(execution);
    if (remarks == null || remarks.isBlank()) {
      throw Refusal.of(SUPERVISION_REMARKS.name(), "请填写督办意见");
    }
    ledger.supervised(ledger.inspectionOf(INSPECTION_ID.require(execution), execution.getProcessInstanceId()), TaskContext.currentUser(), remarks.trim());
  }
}
