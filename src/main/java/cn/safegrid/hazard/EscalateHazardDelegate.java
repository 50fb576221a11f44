package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.TaskPriority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 升级至二级 / 一级网格长: records the escalation (input {@code escalationLevel}: {@code level-two}
 * or {@code level-one}) before the leader's supervision order is issued.
 */
@Component
class EscalateHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;
  private final HazardFormView forms;
  private final TaskContext tasks;

  EscalateHazardDelegate(HazardLedger ledger, HazardFormView forms, TaskContext tasks) {
    this.ledger = ledger;
    this.forms = forms;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    String escalation = ESCALATION_LEVEL.require(execution);
    int level = switch (escalation) {
      case "level-two" -> 2;
      case "level-one" -> 1;
      default -> throw new IllegalStateException("escalationLevel must be level-two or level-one, not " + escalation);
    };
    HazardLedger.Supervisors supervisors = ledger.supervisorsOf(hazardId);
    ledger.escalate(hazardId, level,
        level == 1 ? supervisors.levelOneLeaders() : java.util.List.of(supervisors.levelTwoLeader()));
    tasks.raisePriority(execution, TaskPriority.ESCALATED);
    forms.refresh(execution, hazardId);
  }
}
