package cn.safegrid.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works a hazard's tasks, as the model's candidate groups ask it
 * ({@code ${hazardGroups.lead(execution)}}): read from the ledger — the hazard the process instance
 * was recorded for — and the registry, never from a process variable a client could have written.
 */
@Component("hazardGroups")
public class HazardGroups {

  private final HazardRepository hazards;
  private final HazardLedger ledger;

  HazardGroups(HazardRepository hazards, HazardLedger ledger) {
    this.hazards = hazards;
    this.ledger = ledger;
  }

  /** The group of the unit that leads the rectification (routing or reassignment). */
  public String lead(DelegateExecution execution) {
    return hazardOf(execution).getLeadGroup();
  }

  /** The group that verifies the rectification: the village's leaders, or the lead unit itself. */
  public String verifier(DelegateExecution execution) {
    return ledger.supervisorsOf(hazardOf(execution).getId()).verifierGroup();
  }

  private Hazard hazardOf(DelegateExecution execution) {
    return hazards.findByProcessInstanceId(execution.getProcessInstanceId()).orElseThrow(() ->
        new IllegalStateException("流程实例 " + execution.getProcessInstanceId() + " 在隐患台账中没有记录"));
  }
}
