package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.*;

import cn.safegrid.system.Refusal;
import cn.safegrid.system.TaskContext;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记排查结果: reads the submitted checklist (one set of fields per item, and the key places as a
 * JSON list) and hands it to the ledger, which stores it and reports each finding as a hazard.
 * Runs in the officer's completion, so a refusal reaches his form.
 */
@Component
class RecordInspectionDelegate implements JavaDelegate {

  private final InspectionLedger ledger;
  private final ObjectMapper json = new ObjectMapper();

  RecordInspectionDelegate(InspectionLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long inspectionId = ledger.inspectionOf(INSPECTION_ID.require(execution), execution.getProcessInstanceId());
    List<InspectionLedger.Answer> answers = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.of(ledger.find(inspectionId).getChecklist())) {
      String key = item.key();
      answers.add(new InspectionLedger.Answer(key, item.label(), false, text(execution, key + "Result"),
          text(execution, key + "Remark"), text(execution, key + "Category"), text(execution, key + "Grade"),
          text(execution, key + "Location")));
    }
    List<Map<String, Object>> places = keyPlaces(execution);
    String codes = KEY_PLACE_CODES.get(execution);
    List<String> placeCodes = codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    if (places.size() != placeCodes.size()) {
      throw Refusal.of(KEY_PLACES, "重点部位的排查结果不完整，请刷新后重新填写");
    }
    for (int i = 0; i < places.size(); i++) {
      Map<String, Object> place = places.get(i);
      answers.add(new InspectionLedger.Answer(placeCodes.get(i), String.valueOf(place.get("name")), true,
          (String) place.get("result"), (String) place.get("remark"), (String) place.get("category"),
          (String) place.get("grade"), null));
    }
    ledger.record(inspectionId, TaskContext.currentUser(), answers);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The key-place list as the form submitted it (JSON value, or a string of JSON). */
  private List<Map<String, Object>> keyPlaces(DelegateExecution execution) {
    Object value = execution.getVariable(KEY_PLACES);
    if (value == null) {
      return List.of();
    }
    String text = value instanceof String s ? s : value.toString();
    try {
      if (value instanceof List<?>) {
        text = json.writeValueAsString(value);
      }
      return json.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
    } catch (Exception unreadable) {
      throw Refusal.of(KEY_PLACES, "重点部位排查结果无法读取，请刷新后重新填写");
    }
  }
}
