package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定牵头单位和期限: turns the two rule tables' answers into who works the hazard (groups,
 * leaders) and when (deadlines and escalation dates), and records both in the ledger.
 */
@Component
class AssignHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;

  AssignHazardDelegate(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(execution), execution.getProcessInstanceId());
    // the rule tables' answers are used here only; the decision history keeps them with their
    // inputs, and taking them in the transaction that set them writes them nowhere
    Map<String, Object> routed = ROUTING.take(execution);
    Map<String, Object> days = DEADLINES.take(execution);
    HazardLedger.Routing routing = ledger.route(hazardId, (String) routed.get("leadDepartment"),
        (String) routed.get("assistingDepartments"));
    HazardLedger.Deadlines deadlines = ledger.setDeadlines(hazardId, days(days, "rectificationDays"),
        days(days, "levelTwoAfterDays"), days(days, "levelOneAfterDays"), days(days, "accountabilityAfterDays"));
    HazardLedger.Supervisors supervisors = ledger.supervisorsOf(hazardId);

    LEAD_GROUP.set(execution, routing.leadGroup());
    HAS_ASSISTING_DEPARTMENTS.set(execution, !routing.assistingDepartments().isEmpty());
    if (!routing.assistingDepartments().isEmpty()) {
      ASSISTING_DEPARTMENTS.set(execution, routing.assistingDepartments());
    }
    VERIFIER_GROUP.set(execution, supervisors.verifierGroup());
    if (HazardGrade.MAJOR.code().equals(GRADE.get(execution))) {
      // a major hazard's plan and closure go to him at once; a general one's only when overdue
      LEVEL_TWO_LEADER.set(execution, supervisors.levelTwoLeader());
      LEADERS_TO_NOTIFY.set(execution,
          List.copyOf(new java.util.LinkedHashSet<>(List.of(supervisors.levelOneLeader(), supervisors.levelTwoLeader()))));
    }
    RECTIFICATION_DUE.set(execution, Date.from(deadlines.due()));
  }

  /** A day count of hazard-deadlines; an empty or non-numeric cell is a modelling error. */
  private static int days(Map<String, Object> deadlines, String output) {
    if (!(deadlines.get(output) instanceof Number number)) {
      throw new IllegalStateException("hazard-deadlines gave no number for " + output + ": " + deadlines);
    }
    return number.intValue();
  }
}
