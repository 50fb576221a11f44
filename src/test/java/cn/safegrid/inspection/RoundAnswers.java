package cn.safegrid.inspection;

import cn.safegrid.grid.GridRole;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryIndex;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;

/** How tests fill an inspection round's form, and who of a grid may fill it. */
final class RoundAnswers {

  private RoundAnswers() {}

  /** Every item of the checklist answered "passed". */
  static Map<String, Object> allPassed(ChecklistItem.Checklist checklist) {
    Map<String, Object> answers = new HashMap<>();
    for (ChecklistItem item : ChecklistItem.of(checklist)) {
      answers.put(item.key() + "Result", "passed");
    }
    return answers;
  }

  /** The key-place list as the form submits it: the rows it was given, each with a result. */
  static Object keyPlacesAnswered(RuntimeService runtime, String processInstanceId, String result) {
    Object given = runtime.getVariable(processInstanceId, InspectionVariables.KEY_PLACES);
    StringBuilder json = new StringBuilder("[");
    try {
      var rows = new ObjectMapper().readTree(given.toString());
      for (int i = 0; i < rows.size(); i++) {
        json.append(i == 0 ? "" : ",").append("{\"name\":").append(rows.get(i).get("name").toString())
            .append(",\"result\":\"").append(result).append("\",\"remark\":\"\"}");
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  /** A member of the grid who can log in (a candidate of its inspection tasks). */
  static String member(RegistryIndex index, String gridCode) {
    return index.assignments(gridCode).stream().filter(a -> a.role() == GridRole.GRID_MEMBER)
        .map(a -> index.person(a.personCode()).orElseThrow()).filter(RegistryData.PersonRow::canLogIn)
        .findFirst().orElseThrow().loginId();
  }
}
