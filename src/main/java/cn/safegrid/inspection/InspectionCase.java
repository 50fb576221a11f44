package cn.safegrid.inspection;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.TaskPriority;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the inspection model asks of a round — whose task it is, which checklist, when it is due,
 * when it is missed and closed ({@code ${inspectionCase.group(execution)}} …) — answered from the ledger (the round the process
 * instance was started for), never from a process variable a client could have written.
 */
@Component("inspectionCase")
public class InspectionCase implements CaseLedger {

  private final InspectionRepository inspections;

  InspectionCase(InspectionRepository inspections) {
    this.inspections = inspections;
  }

  /** The grid's members, who inspect it. */
  public String group(DelegateExecution execution) {
    return GridGroups.grid(roundOf(execution).getGridCode());
  }

  public boolean village(DelegateExecution execution) {
    return roundOf(execution).getChecklist() == Checklist.VILLAGE;
  }

  public Date due(DelegateExecution execution) {
    return Date.from(roundOf(execution).getDueAt());
  }

  /**
   * How long after the reminder an undone round is missed and goes to the upper grid: the period
   * the town's table (inspection-deadlines.dmn) gave the round when it opened, e.g. {@code P1D}.
   */
  public String missedAfter(DelegateExecution execution) {
    return roundOf(execution).getMissedAfter();
  }

  /** How long after being missed a round still undone is closed: the round's period from the table, e.g. {@code P13D}. */
  public String closeAfter(DelegateExecution execution) {
    return roundOf(execution).getCloseAfter();
  }

  /** The round's grid, and its tasks' priority: overdue once reminded, escalated once missed. */
  @Override
  public Optional<CaseState> caseOf(String processInstanceId) {
    return inspections.findByProcessInstanceId(processInstanceId).map(round -> new CaseState(round.getGridCode(),
        switch (round.getStatus()) {
          case OVERDUE -> TaskPriority.OVERDUE;
          case MISSED, CLOSED_UNFINISHED -> TaskPriority.ESCALATED;
          default -> TaskPriority.NORMAL;
        }));
  }

  /**
   * The round of the instance. While the scheduler is still starting the instance (its first task
   * is created before the ledger links the round), the round is the one the instance was started
   * for: its business key — which only the engine holds — must name that very round, still unlinked.
   */
  Inspection roundOf(DelegateExecution execution) {
    Optional<Inspection> linked = inspections.findByProcessInstanceId(execution.getProcessInstanceId());
    if (linked.isPresent()) {
      return linked.get();
    }
    Long id = InspectionVariables.INSPECTION_ID.get(execution);
    return Optional.ofNullable(id).flatMap(inspections::findById)
        .filter(round -> round.getProcessInstanceId() == null)
        .filter(round -> round.businessKey().equals(execution.getProcessBusinessKey()))
        .orElseThrow(() -> new IllegalStateException(
            "流程实例 " + execution.getProcessInstanceId() + " 在排查台账中没有记录"));
  }
}
