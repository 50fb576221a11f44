package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import java.util.Date;
import java.util.List;
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
  private final HazardFormView forms;

  AssignHazardDelegate(HazardLedger ledger, HazardFormView forms) {
    this.ledger = ledger;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long hazardId = HAZARD_ID.require(execution);
    HazardLedger.Routing routing = ledger.route(hazardId, LEAD_DEPARTMENT.get(execution),
        ASSISTING_DEPARTMENTS_CSV.get(execution));
    HazardLedger.Deadlines deadlines = ledger.setDeadlines(hazardId, RECTIFICATION_DAYS.require(execution),
        LEVEL_TWO_AFTER_DAYS.require(execution), LEVEL_ONE_AFTER_DAYS.require(execution),
        ACCOUNTABILITY_AFTER_DAYS.require(execution));
    HazardLedger.Supervisors supervisors = ledger.supervisorsOf(hazardId);

    LEAD_DEPARTMENT.set(execution, routing.leadDepartment());
    LEAD_GROUP.set(execution, routing.leadGroup());
    ASSISTING_DEPARTMENTS.set(execution, routing.assistingDepartments());
    VERIFIER_GROUP.set(execution, supervisors.verifierGroup());
    LEVEL_TWO_LEADER.set(execution, supervisors.levelTwoLeader());
    LEVEL_ONE_LEADER.set(execution, supervisors.levelOneLeader());
    LEADERS_TO_NOTIFY.set(execution, Boolean.TRUE.equals(MAJOR.get(execution))
        ? List.copyOf(new java.util.LinkedHashSet<>(List.of(supervisors.levelOneLeader(), supervisors.levelTwoLeader())))
        : List.of());
    RECTIFICATION_DUE.set(execution, Date.from(deadlines.due()));
    LEVEL_TWO_ESCALATION_AT.set(execution, Date.from(deadlines.levelTwoAt()));
    LEVEL_ONE_ESCALATION_AT.set(execution, Date.from(deadlines.levelOneAt()));
    ACCOUNTABILITY_AT.set(execution, Date.from(deadlines.accountabilityAt()));
    forms.refresh(execution, hazardId);
  }
}
