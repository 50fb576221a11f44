package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总全镇数据: the town's own figures from the ledgers, and the form's view of them and of the grids' filing. */
@Component
class CountTownFiguresDelegate implements JavaDelegate {

  private final SummaryLedger ledger;
  private final SummaryFacts facts;

  CountTownFiguresDelegate(SummaryLedger ledger, SummaryFacts facts) {
    this.ledger = ledger;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TownSummary town = ledger.townOf(TOWN_SUMMARY_ID.require(execution), execution.getProcessInstanceId());
    TOWN_FACTS.set(execution, facts.ofTown(ledger.countTown(town.getId())));
  }
}
