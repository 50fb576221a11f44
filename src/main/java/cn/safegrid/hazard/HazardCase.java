package cn.safegrid.hazard;

import cn.safegrid.rules.RuleBook;
import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.TaskPriority;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the hazard model asks of a case — who works its tasks, whom to notify, whether it is major,
 * when its timers fire ({@code ${hazardCase.lead(execution)}}, {@code ${hazardCase.due(execution)}} …)
 * — answered from the ledger (the hazard the process instance was recorded for) and the registry,
 * never from a process variable a client could have written. The gateways on a task's own outcome
 * ({@code acceptance}, {@code verification} …) read the officer's checked form fields instead.
 */
@Component("hazardCase")
public class HazardCase implements CaseLedger {

  private final HazardRepository hazards;
  private final HazardLedger ledger;
  private final RuleBook rules;

  HazardCase(HazardRepository hazards, HazardLedger ledger, RuleBook rules) {
    this.hazards = hazards;
    this.ledger = ledger;
    this.rules = rules;
  }

  /** The group of the unit that leads the rectification (routing or reassignment). */
  public String lead(DelegateExecution execution) {
    return hazardOf(execution).getLeadGroup();
  }

  /** The group that verifies the rectification: the village's leaders, or the lead unit itself. */
  public String verifier(DelegateExecution execution) {
    return supervisors(execution).verifierGroup();
  }

  /** The level-2 grid leader (片长 or the department's head) as the registry names him now. */
  public String levelTwoLeader(DelegateExecution execution) {
    return supervisors(execution).levelTwoLeader();
  }

  /**
   * The town's level-1 grid leaders as the registry names them now (the party secretary and the
   * mayor): the candidate users of the level-1 supervision order, which either of them may claim.
   */
  public List<String> levelOneLeaders(DelegateExecution execution) {
    return supervisors(execution).levelOneLeaders();
  }

  /**
   * Who must acknowledge a major hazard: every level-1 leader and the level-2 leader, one task each,
   * once per person.
   */
  public List<String> leadersToNotify(DelegateExecution execution) {
    HazardLedger.Supervisors supervisors = supervisors(execution);
    LinkedHashSet<String> leaders = new LinkedHashSet<>(supervisors.levelOneLeaders());
    leaders.add(supervisors.levelTwoLeader());
    return List.copyOf(leaders);
  }

  public boolean major(DelegateExecution execution) {
    return hazardOf(execution).getGrade() == HazardGrade.MAJOR;
  }

  /** The departments the routing asked to assist, in the order the rule gave them. */
  public List<String> assistingDepartments(DelegateExecution execution) {
    String codes = hazardOf(execution).getAssistingDepartments();
    return codes == null ? List.of() : Arrays.stream(codes.split(",")).filter(code -> !code.isBlank()).toList();
  }

  public boolean assisted(DelegateExecution execution) {
    return !assistingDepartments(execution).isEmpty();
  }

  /** The version of the routing table that routes this hazard: the one in force when it was reported. */
  public int routingRules(DelegateExecution execution) {
    Integer version = hazardOf(execution).getRoutingRuleVersion();
    return version != null ? version : rules.activeVersion(HazardProcess.ROUTING_DECISION);
  }

  /** The version of the deadline table that sets this hazard's deadlines: the one in force when it was reported. */
  public int deadlineRules(DelegateExecution execution) {
    Integer version = hazardOf(execution).getDeadlineRuleVersion();
    return version != null ? version : rules.activeVersion(HazardProcess.DEADLINES_DECISION);
  }

  /** The rectification deadline the ledger fixed at assignment. */
  public Date due(DelegateExecution execution) {
    return date(hazardOf(execution).getRectificationDue(), "整改期限");
  }

  public Date levelTwoAt(DelegateExecution execution) {
    return date(hazardOf(execution).getLevelTwoAt(), "二级督办时间");
  }

  public Date levelOneAt(DelegateExecution execution) {
    return date(hazardOf(execution).getLevelOneAt(), "一级督办时间");
  }

  public Date accountabilityAt(DelegateExecution execution) {
    return date(hazardOf(execution).getAccountabilityAt(), "移交问责时间");
  }

  /** The hazard's grid, and its tasks' priority by how far overdue it is. */
  @Override
  public Optional<CaseState> caseOf(String processInstanceId) {
    return hazards.findByProcessInstanceId(processInstanceId).map(hazard -> new CaseState(hazard.getGridCode(),
        switch (hazard.getEscalation()) {
          case NONE -> TaskPriority.NORMAL;
          case OVERDUE -> TaskPriority.OVERDUE;
          case LEVEL_TWO, LEVEL_ONE, ACCOUNTABILITY -> TaskPriority.ESCALATED;
        }));
  }

  private HazardLedger.Supervisors supervisors(DelegateExecution execution) {
    return ledger.supervisorsOf(hazardOf(execution).getId());
  }

  private static Date date(Instant instant, String what) {
    if (instant == null) {
      throw new IllegalStateException("隐患台账中没有" + what + "，无法安排计时");
    }
    return Date.from(instant);
  }

  private Hazard hazardOf(DelegateExecution execution) {
    return hazards.findByProcessInstanceId(execution.getProcessInstanceId()).orElseThrow(() ->
        new IllegalStateException("流程实例 " + execution.getProcessInstanceId() + " 在隐患台账中没有记录"));
  }
}
