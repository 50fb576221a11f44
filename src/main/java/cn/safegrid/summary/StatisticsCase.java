package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.TaskPriority;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the hazard-statistics model asks: the principal person in charge who signs (the registry now)
 * and the deadline, from the ledger.
 */
@Component("statisticsCase")
public class StatisticsCase implements CaseLedger {

  private final HazardStatisticsRepository statistics;
  private final Registry registry;

  StatisticsCase(HazardStatisticsRepository statistics, Registry registry) {
    this.statistics = statistics;
    this.registry = registry;
  }

  public List<String> principals(DelegateExecution execution) {
    return SummaryPeople.principals(registry.current(), tableOf(execution)).users();
  }

  public List<String> principalGroups(DelegateExecution execution) {
    return SummaryPeople.principals(registry.current(), tableOf(execution)).groups();
  }

  public Date due(DelegateExecution execution) {
    return Date.from(tableOf(execution).getDueAt());
  }

  @Override
  public Optional<CaseState> caseOf(String processInstanceId) {
    return statistics.findByProcessInstanceId(processInstanceId).map(table -> new CaseState(table.gridCode(),
        table.getStatus() == StatisticsStatus.OVERDUE ? TaskPriority.OVERDUE : TaskPriority.NORMAL));
  }

  HazardStatistics tableOf(DelegateExecution execution) {
    Optional<HazardStatistics> linked = statistics.findByProcessInstanceId(execution.getProcessInstanceId());
    if (linked.isPresent()) {
      return linked.get();
    }
    Long id = SummaryVariables.STATISTICS_ID.get(execution);
    return Optional.ofNullable(id).flatMap(statistics::findById)
        .filter(t -> t.getProcessInstanceId() == null)
        .filter(t -> t.businessKey().equals(execution.getProcessBusinessKey()))
        .orElseThrow(() -> new IllegalStateException(
            "流程实例 " + execution.getProcessInstanceId() + " 在隐患统计台账中没有记录"));
  }
}
