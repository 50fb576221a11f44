package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.Refusal;
import cn.safegrid.system.TaskContext;
import cn.safegrid.system.ApiError;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记隐患: checks the report (an unknown grid or an empty description is refused with a 400 that
 * Tasklist and REST clients show as is), enters it in the ledger, and makes its number the
 * business key.
 */
@Component
class RegisterHazardDelegate implements JavaDelegate {

  private final HazardLedger ledger;

  RegisterHazardDelegate(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the reporter is whoever starts the process (an officer in Tasklist or over REST, the inspector
    // whose findings start it); nobody can report in another's name
    String reporter = TaskContext.currentUser();
    HazardReport report = new HazardReport(GRID_CODE.get(execution), HAZARD_CATEGORY.get(execution),
        GRADE.get(execution), LOCATION.get(execution), DESCRIPTION.get(execution), reporter,
        SOURCE.get(execution));
    List<ApiError.FieldError> problems = ledger.problemsOf(report);
    if (!problems.isEmpty()) {
      throw Refusal.of(problems.get(0).field(), "隐患上报信息有误：" + String.join("；",
          problems.stream().map(ApiError.FieldError::message).toList()));
    }
    Hazard hazard = ledger.register(report, execution.getProcessInstanceId());
    // the rule tables and the watchers read these as the ledger has them: a report without a grid
    // is the reporter's own grid's, one without a category goes to the safety office
    setIfChanged(execution, GRID_CODE, hazard.getGridCode());
    setIfChanged(execution, HAZARD_CATEGORY, hazard.getCategory());
    setIfChanged(execution, GRADE, hazard.getGrade().code());
    execution.setProcessBusinessKey(hazard.getNumber());
    HAZARD_ID.set(execution, hazard.getId());
  }

  private static void setIfChanged(DelegateExecution execution, cn.safegrid.system.VariableKey<String> key, String value) {
    if (!execution.hasVariable(key.name()) || !java.util.Objects.equals(key.get(execution), value)) {
      key.set(execution, value);
    }
  }
}
