package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.SafeGridProperties;
import cn.safegrid.system.TaskPriority;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the monthly-summary model asks of a summary — who files it, whom the leader named, when it is
 * due, who supervises it ({@code ${summaryCase.filers(execution)}} …) — answered from the ledger (the
 * summary the process instance was started for) and the registry, never from a process variable a
 * client could have written.
 */
@Component("summaryCase")
public class SummaryCase implements CaseLedger {

  private final MonthlySummaryRepository summaries;
  private final Registry registry;
  private final SafeGridProperties properties;

  SummaryCase(MonthlySummaryRepository summaries, Registry registry, SafeGridProperties properties) {
    this.summaries = summaries;
    this.registry = registry;
    this.properties = properties;
  }

  /** The grid's leader (or department's head) who files, when he can log in. */
  public List<String> filers(DelegateExecution execution) {
    return SummaryPeople.filers(registry.current(), summaryOf(execution)).users();
  }

  /** The group that files when the registry names no leader who can log in; else none. */
  public List<String> filerGroups(DelegateExecution execution) {
    return SummaryPeople.filers(registry.current(), summaryOf(execution)).groups();
  }

  /** Whether the leader named a deputy to file (the ledger records whom). */
  public boolean delegated(DelegateExecution execution) {
    return summaryOf(execution).getDelegatedTo() != null;
  }

  /** The deputy the leader named, as the ledger recorded him after checking him against the registry. */
  public String deputy(DelegateExecution execution) {
    String deputy = summaryOf(execution).getDelegatedTo();
    if (deputy == null) {
      throw new IllegalStateException("月度汇总没有记录代为填报的人");
    }
    return deputy;
  }

  public Date due(DelegateExecution execution) {
    return Date.from(summaryOf(execution).getDueAt());
  }

  /** How long after the reminder the upper grid supervises ({@code safegrid.summaries.supervise-after}). */
  public String superviseAfter(DelegateExecution execution) {
    return properties.summaries().superviseAfter().toString();
  }

  public List<String> supervisors(DelegateExecution execution) {
    return SummaryPeople.supervisors(registry.current(), summaryOf(execution)).users();
  }

  public List<String> supervisorGroups(DelegateExecution execution) {
    return SummaryPeople.supervisors(registry.current(), summaryOf(execution)).groups();
  }

  /** The summary's grid (none for a department), and its tasks' priority: overdue once reminded. */
  @Override
  public Optional<CaseState> caseOf(String processInstanceId) {
    return summaries.findByProcessInstanceId(processInstanceId).map(summary -> new CaseState(summary.gridCode(),
        summary.getStatus() == SummaryStatus.OVERDUE
            ? (summary.getSupervisionOrderedAt() != null ? TaskPriority.ESCALATED : TaskPriority.OVERDUE)
            : TaskPriority.NORMAL));
  }

  /**
   * The summary of the instance. While the scheduler is still starting the instance (before the
   * ledger links it), the one the instance was started for: its business key — which only the engine
   * holds — must name that very summary, still unlinked.
   */
  MonthlySummary summaryOf(DelegateExecution execution) {
    Optional<MonthlySummary> linked = summaries.findByProcessInstanceId(execution.getProcessInstanceId());
    if (linked.isPresent()) {
      return linked.get();
    }
    Long id = SummaryVariables.SUMMARY_ID.get(execution);
    return Optional.ofNullable(id).flatMap(summaries::findById)
        .filter(s -> s.getProcessInstanceId() == null)
        .filter(s -> s.businessKey().equals(execution.getProcessBusinessKey()))
        .orElseThrow(() -> new IllegalStateException(
            "流程实例 " + execution.getProcessInstanceId() + " 在月度汇总台账中没有记录"));
  }
}
