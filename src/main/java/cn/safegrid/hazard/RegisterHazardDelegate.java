package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.Refusal;
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
    HazardReport report = new HazardReport(GRID_CODE.get(execution), HAZARD_CATEGORY.get(execution),
        GRADE.get(execution), LOCATION.get(execution), DESCRIPTION.get(execution), REPORTER_ID.get(execution),
        SOURCE.get(execution));
    List<ApiError.FieldError> problems = ledger.problemsOf(report);
    if (!problems.isEmpty()) {
      throw Refusal.of(problems.get(0).field(), "隐患上报信息有误：" + String.join("；",
          problems.stream().map(ApiError.FieldError::message).toList()));
    }
    Hazard hazard = ledger.register(report, execution.getProcessInstanceId());
    // the rule tables read these; a report without a category is routed to the safety office
    GRID_CODE.set(execution, hazard.getGridCode());
    HAZARD_CATEGORY.set(execution, hazard.getCategory());
    GRADE.set(execution, hazard.getGrade().code());
    execution.setProcessBusinessKey(hazard.getNumber());
    HAZARD_ID.set(execution, hazard.getId());
    HAZARD_NUMBER.set(execution, hazard.getNumber());
    GRID_NAME.set(execution, hazard.getGridName());
    MAJOR.set(execution, hazard.getGrade() == HazardGrade.MAJOR);
    cn.safegrid.system.TaskContext.NAME_SUFFIX.set(execution, hazard.getNumber() + " · " + hazard.getGridName());
  }
}
