package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.VariableKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A hazard task comes (round again): its stale outcome fields are cleared — a form must not offer
 * last round's verdict — the ledger's status moves on, and the form's view of the facts is
 * brought up to date. What the officer submits is checked and
 * recorded by {@link HazardTaskOutcome}.
 */
@Component
class HazardTaskListener implements TaskListener {

  /** Outcome fields a form must show empty each time its task comes round again. */
  private static final Map<String, List<VariableKey<String>>> OUTCOMES = Map.of(
      HazardProcess.ACCEPT, List.of(ACCEPTANCE, RETURN_REASON),
      HazardProcess.REASSIGN, List.of(NEW_LEAD_DEPARTMENT, REASSIGN_REASON),
      HazardProcess.APPROVE_PLAN, List.of(PLAN_DECISION, PLAN_OPINION),
      HazardProcess.VERIFY, List.of(VERIFICATION, VERIFICATION_OPINION),
      HazardProcess.REVIEW_CLOSURE, List.of(CLOSURE_DECISION, CLOSURE_OPINION),
      HazardProcess.SUPERVISE_LEVEL_TWO, List.of(SUPERVISION_INSTRUCTIONS),
      HazardProcess.SUPERVISE_LEVEL_ONE, List.of(SUPERVISION_INSTRUCTIONS));

  private final HazardLedger ledger;
  private final HazardFormView forms;
  private final ObjectMapper json = new ObjectMapper();

  HazardTaskListener(HazardLedger ledger, HazardFormView forms) {
    this.ledger = ledger;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task);
    }
  }

  private void created(DelegateTask task) {
    OUTCOMES.getOrDefault(task.getTaskDefinitionKey(), List.of())
        .forEach(variable -> task.getExecution().removeVariable(variable.name()));
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(task), task.getProcessInstanceId());
    Hazard hazard = ledger.find(hazardId);
    // readable at a glance in any task list: "整改隐患 BS-2026-000123 · 小岗村"
    task.setName(task.getName() + " " + hazard.getNumber() + " · " + hazard.getGridName());
    switch (task.getTaskDefinitionKey()) {
      case HazardProcess.DRAFT_PLAN -> ledger.planStarted(hazardId);
      case HazardProcess.RECTIFY -> ledger.rectificationStarted(hazardId);
      case HazardProcess.REVIEW_CLOSURE -> ledger.closureReviewStarted(hazardId);
      case HazardProcess.REASSIGN -> task.setVariableLocal(LEAD_OPTIONS, SpinValues.jsonValue(json(ledger.leadOptions(hazardId))).create());
      default -> { }
    }
    // the form shows the facts and remarks as they are when the task comes up
    forms.refresh(task.getExecution(), hazardId);
  }


  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
