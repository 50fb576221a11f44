package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.*;

import cn.safegrid.system.TaskContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 开启加密排查: the officer who starts extra-inspection-round (in Tasklist or over REST) opens an
 * extra round of his own grid. The officer is whoever is logged in, never a variable; a refusal
 * (not his grid, no reason) is a 400 the start form shows, and nothing is started.
 */
@Component
class OpenExtraRoundDelegate implements JavaDelegate {

  private final ExtraRounds extraRounds;

  OpenExtraRoundDelegate(ExtraRounds extraRounds) {
    this.extraRounds = extraRounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection round = extraRounds.open(TaskContext.currentUser(), GRID_CODE.get(execution), EXTRA_REASON.get(execution));
    execution.setProcessBusinessKey(round.businessKey());
    INSPECTION_ID.set(execution, round.getId());
  }
}
