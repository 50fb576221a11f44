package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定牵头单位和期限: turns the two rule tables' answers into who works the hazard (lead unit,
 * assisting departments) and when (deadlines and escalation dates), and records both in the
 * ledger, where the model's tasks and timers read them ({@link HazardCase}).
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
    ledger.route(hazardId, (String) routed.get("leadDepartment"), (String) routed.get("assistingDepartments"));
    ledger.setDeadlines(hazardId, days(days, "rectificationDays"),
        days(days, "levelTwoAfterDays"), days(days, "levelOneAfterDays"), days(days, "accountabilityAfterDays"));
    // a major hazard needs its leaders at once: fail here, with the registry's message, rather
    // than at the first task that asks hazardCase for them
    ledger.supervisorsOf(hazardId);
  }

  /** A day count of hazard-deadlines; an empty or non-numeric cell is a modelling error. */
  private static int days(Map<String, Object> deadlines, String output) {
    if (!(deadlines.get(output) instanceof Number number)) {
      throw new IllegalStateException("hazard-deadlines gave no number for " + output + ": " + deadlines);
    }
    return number.intValue();
  }
}
