package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 统计隐患排查治理情况: the period's figures from the hazard ledger, and the form's view of them. */
@Component
class CountHazardStatisticsDelegate implements JavaDelegate {

  private final StatisticsLedger ledger;
  private final SummaryFacts facts;

  CountHazardStatisticsDelegate(StatisticsLedger ledger, SummaryFacts facts) {
    this.ledger = ledger;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HazardStatistics table = ledger.statisticsOf(STATISTICS_ID.require(execution), execution.getProcessInstanceId());
    STATISTICS_FACTS.set(execution, facts.ofStatistics(ledger.count(table.getId())));
  }
}
