package cn.safegrid.hazard;

import cn.safegrid.system.ApiException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Reporting a hazard from the app (the API, an inspection's findings): the report is checked first,
 * so bad input is a 400 with field messages, then a hazard-rectification instance is started with
 * the same variables the report form and the REST start use.
 */
@Service
public class HazardReporting {

  private final HazardLedger ledger;
  private final HazardRepository hazards;
  private final RuntimeService runtime;

  HazardReporting(HazardLedger ledger, HazardRepository hazards, RuntimeService runtime) {
    this.ledger = ledger;
    this.hazards = hazards;
    this.runtime = runtime;
  }

  /** Starts the loop for a report made by the engine's current user (the reporter). */
  public Hazard report(HazardReport report) {
    var problems = ledger.problemsOf(report);
    if (!problems.isEmpty()) {
      throw ApiException.invalid("隐患上报信息有误，请按提示修改", problems);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(HazardVariables.GRID_CODE.name(), report.gridCode());
    variables.put(HazardVariables.HAZARD_CATEGORY.name(), report.hazardCategory());
    variables.put(HazardVariables.GRADE.name(), report.grade());
    variables.put(HazardVariables.LOCATION.name(), report.location());
    variables.put(HazardVariables.DESCRIPTION.name(), report.description());
    if (report.source() != null) {
      variables.put(HazardVariables.SOURCE.name(), report.source());
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(HazardProcess.KEY, variables);
    return hazards.findByNumber(instance.getBusinessKey()).orElseThrow();
  }
}
