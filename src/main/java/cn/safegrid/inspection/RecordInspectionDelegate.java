package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.*;

import cn.safegrid.catalogue.CatalogueViews.ItemView;
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
 * 登记排查结果: reads the submitted checklist (the rows of the checklist items and of the key
 * places, each a JSON list) and hands it to the ledger, which stores it and reports each finding as
 * a hazard. The rows come back with the form's fields only, in the order they were given: the
 * items are those of the checklist version the round opened with, the key places those named in
 * {@code keyPlaceCodes}. Runs in the officer's completion, so a refusal reaches his form.
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
    List<ItemView> asked = ledger.askedItems(ledger.find(inspectionId));
    List<Map<String, Object>> rows = rows(execution, CHECKLIST_ITEMS, "排查项目");
    if (rows.size() != asked.size()) {
      throw Refusal.of(CHECKLIST_ITEMS, "排查项目的结果不完整（应为 " + asked.size() + " 项），请刷新后重新填写");
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      ItemView item = asked.get(i);
      Object label = row.get("label");
      if (label != null && !label.toString().equals(item.label())) {
        throw Refusal.of(CHECKLIST_ITEMS, "排查项目与本次排查的排查表不一致，请刷新后重新填写");
      }
      answers.add(new InspectionLedger.Answer(item.key(), item.label(), false, text(row, "result"), text(row, "remark"),
          text(row, "category"), text(row, "grade"), text(row, "location")));
    }
    List<Map<String, Object>> places = rows(execution, KEY_PLACES, "重点部位");
    String codes = KEY_PLACE_CODES.get(execution);
    List<String> placeCodes = codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    if (places.size() != placeCodes.size()) {
      throw Refusal.of(KEY_PLACES, "重点部位的排查结果不完整，请刷新后重新填写");
    }
    for (int i = 0; i < places.size(); i++) {
      Map<String, Object> place = places.get(i);
      answers.add(new InspectionLedger.Answer(placeCodes.get(i), String.valueOf(place.get("name")), true,
          text(place, "result"), text(place, "remark"), text(place, "category"), text(place, "grade"), null));
    }
    ledger.record(inspectionId, TaskContext.currentUser(), answers);
  }

  private static String text(Map<String, Object> row, String name) {
    Object value = row.get(name);
    return value == null ? null : value.toString();
  }

  /** A list as the form submitted it (JSON value, or a string of JSON). */
  private List<Map<String, Object>> rows(DelegateExecution execution, String variable, String what) {
    Object value = execution.getVariable(variable);
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
      throw Refusal.of(variable, what + "的排查结果无法读取，请刷新后重新填写");
    }
  }
}
