package cn.safegrid.hazard;

import cn.safegrid.system.VariableKey;
import java.util.Map;

/**
 * The variables of the hazard process, typed. The process keeps keys and decision values; the
 * facts live in the ledger. {@link #HAZARD_SUMMARY} is the ledger's read-only view for the task
 * forms, refreshed when the facts change. Variables cost writes (runtime and history rows): only
 * what a model expression, a form or a later step needs is kept here.
 */
public final class HazardVariables {

  // reported (start form, REST start, inspection finding)
  public static final VariableKey<String> GRID_CODE = VariableKey.of("gridCode", String.class);
  public static final VariableKey<String> HAZARD_CATEGORY = VariableKey.of("hazardCategory", String.class);
  public static final VariableKey<String> GRADE = VariableKey.of("grade", String.class);
  public static final VariableKey<String> LOCATION = VariableKey.of("location", String.class);
  public static final VariableKey<String> DESCRIPTION = VariableKey.of("description", String.class);
  /** Optional: where the report came from (an inspection round and item). */
  public static final VariableKey<String> SOURCE = VariableKey.of("source", String.class);

  // registered
  public static final VariableKey<Long> HAZARD_ID = VariableKey.of("hazardId", Long.class);

  // decisions: the rule tables' answers as they were given (outputs by name, see the .dmn files);
  // taken (read and removed) by the assignment in the same transaction, so never stored
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final VariableKey<Map<String, Object>> ROUTING = VariableKey.of("routing", (Class) Map.class);
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final VariableKey<Map<String, Object>> DEADLINES = VariableKey.of("deadlines", (Class) Map.class);

  // who works the hazard and when (lead unit, assisting departments, leaders, deadlines) is not a
  // variable: the model asks the ledger and the registry through the hazardCase bean (HazardCase)

  /** Task-local on 重新分办: the units the hazard may go to, JSON [{label, value}] for the form's select. */
  public static final String LEAD_OPTIONS = "leadOptions";

  // the forms' view of the ledger: facts and earlier remarks, markdown
  public static final VariableKey<String> HAZARD_SUMMARY = VariableKey.of("hazardSummary", String.class);

  // task outcomes (form fields)
  public static final VariableKey<String> ACCEPTANCE = VariableKey.of("acceptance", String.class);
  public static final VariableKey<String> RESPONSIBLE_UNIT = VariableKey.of("responsibleUnit", String.class);
  public static final VariableKey<String> RESPONSIBLE_PERSON = VariableKey.of("responsiblePerson", String.class);
  public static final VariableKey<String> RESPONSIBLE_PHONE = VariableKey.of("responsiblePhone", String.class);
  public static final VariableKey<String> MEASURES = VariableKey.of("measures", String.class);
  public static final VariableKey<String> RETURN_REASON = VariableKey.of("returnReason", String.class);
  public static final VariableKey<String> NEW_LEAD_DEPARTMENT = VariableKey.of("newLeadDepartment", String.class);
  public static final VariableKey<String> REASSIGN_REASON = VariableKey.of("reassignReason", String.class);
  public static final VariableKey<String> ASSISTING_REMARKS = VariableKey.of("assistingRemarks", String.class);
  public static final VariableKey<String> ASSISTING_DEPARTMENT = VariableKey.of("assistingDepartment", String.class);
  public static final VariableKey<String> ACKNOWLEDGE_REMARKS = VariableKey.of("acknowledgeRemarks", String.class);
  public static final VariableKey<String> PLAN_GOAL = VariableKey.of("planGoal", String.class);
  public static final VariableKey<String> PLAN_METHOD = VariableKey.of("planMethod", String.class);
  public static final VariableKey<String> PLAN_FUNDS = VariableKey.of("planFunds", String.class);
  public static final VariableKey<String> PLAN_RESPONSIBLE = VariableKey.of("planResponsible", String.class);
  public static final VariableKey<String> PLAN_TIME_LIMIT = VariableKey.of("planTimeLimit", String.class);
  public static final VariableKey<String> PLAN_SAFETY_MEASURES = VariableKey.of("planSafetyMeasures", String.class);
  public static final VariableKey<String> PLAN_DECISION = VariableKey.of("planDecision", String.class);
  public static final VariableKey<String> PLAN_OPINION = VariableKey.of("planOpinion", String.class);
  public static final VariableKey<String> RECTIFICATION_RESULT = VariableKey.of("rectificationResult", String.class);
  public static final VariableKey<String> VERIFICATION = VariableKey.of("verification", String.class);
  public static final VariableKey<String> VERIFICATION_OPINION = VariableKey.of("verificationOpinion", String.class);
  public static final VariableKey<String> CLOSURE_DECISION = VariableKey.of("closureDecision", String.class);
  public static final VariableKey<String> CLOSURE_OPINION = VariableKey.of("closureOpinion", String.class);
  public static final VariableKey<String> SUPERVISION_INSTRUCTIONS = VariableKey.of("supervisionInstructions", String.class);
  public static final VariableKey<String> ACCOUNTABILITY_FINDINGS = VariableKey.of("accountabilityFindings", String.class);
  /** Local input of the escalation service task: {@code level-two} or {@code level-one}. */
  public static final VariableKey<String> ESCALATION_LEVEL = VariableKey.of("escalationLevel", String.class);

  private HazardVariables() {}
}
