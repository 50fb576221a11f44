package cn.safegrid.worklist;

import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.inspection.InspectionProcess;
import cn.safegrid.inspection.InspectionVariables;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The ledger page of the case a process instance works on: a hazard's detail page (the business key
 * is the hazard number) or an inspection round's (the business key is grid/week/round). Callers
 * run as the system; the page itself asks the ledger API, which checks the reader's rights.
 */
@Component
class CaseLinks {

  static final String HAZARD_PROCESS = HazardProcess.KEY;
  static final String INSPECTION_PROCESS = InspectionProcess.KEY;

  record Link(String href, String label) {}

  private final HistoryService history;

  CaseLinks(HistoryService history) {
    this.history = history;
  }

  /** A round's page is addressed by the ledger's id, which the round process carries. */
  private Link inspection(String processInstanceId) {
    var id = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(InspectionVariables.INSPECTION_ID.name()).singleResult();
    return id == null || id.getValue() == null ? null
        : new Link("/ledger/inspection.html?id=" + id.getValue(), "查看本次排查记录");
  }

  Link of(String processInstanceId, String processDefinitionKey) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    String key = instance == null ? null : instance.getBusinessKey();
    if (key == null) {
      return null;
    }
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
    return switch (processDefinitionKey) {
      case HAZARD_PROCESS -> new Link("/ledger/hazard.html?number=" + encoded, "查看隐患 " + key);
      case INSPECTION_PROCESS -> inspection(processInstanceId);
      default -> null;
    };
  }
}
