package cn.safegrid.summary;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.grid.Registry;
import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.TaskPriority;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the town-monthly-summary model asks: the office that reviews it, when it is due, and the
 * town's level-1 leaders who acknowledge it (the registry now), from the ledger.
 */
@Component("townSummaryCase")
public class TownSummaryCase implements CaseLedger {

  private final TownSummaryRepository towns;
  private final Registry registry;

  TownSummaryCase(TownSummaryRepository towns, Registry registry) {
    this.towns = towns;
    this.registry = registry;
  }

  /** The safety office (领导小组办公室) reviews and files the town summary (三（一）4, 四（一）). */
  public String office(DelegateExecution execution) {
    townOf(execution);
    return GridGroups.SAFETY_OFFICE;
  }

  public Date due(DelegateExecution execution) {
    return Date.from(townOf(execution).getDueAt());
  }

  /** One acknowledgement task each. */
  public List<String> levelOneLeaders(DelegateExecution execution) {
    List<String> leaders = SummaryPeople.levelOneLeaders(registry.current(), townOf(execution).getTownCode());
    if (leaders.isEmpty()) {
      throw new IllegalStateException("镇级网格没有可登录的一级网格长，无法报送全镇月度汇总；请在网格台账中补充");
    }
    return leaders;
  }

  @Override
  public Optional<CaseState> caseOf(String processInstanceId) {
    return towns.findByProcessInstanceId(processInstanceId).map(town -> new CaseState(null, TaskPriority.NORMAL));
  }

  TownSummary townOf(DelegateExecution execution) {
    Optional<TownSummary> linked = towns.findByProcessInstanceId(execution.getProcessInstanceId());
    if (linked.isPresent()) {
      return linked.get();
    }
    Long id = SummaryVariables.TOWN_SUMMARY_ID.get(execution);
    return Optional.ofNullable(id).flatMap(towns::findById)
        .filter(t -> t.getProcessInstanceId() == null)
        .filter(t -> t.businessKey().equals(execution.getProcessBusinessKey()))
        .orElseThrow(() -> new IllegalStateException(
            "流程实例 " + execution.getProcessInstanceId() + " 在全镇月度汇总台账中没有记录"));
  }
}
