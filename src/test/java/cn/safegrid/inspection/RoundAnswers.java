package cn.safegrid.inspection;

import cn.safegrid.grid.GridRole;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryIndex;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;

/** How tests find the rounds they open, fill a round's form, and who of a grid may fill it. */
final class RoundAnswers {

  static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  private RoundAnswers() {}

  /** An hour of a day in Bieshan. */
  static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, TOWN).toInstant();
  }

  /** The grid's round among those a scheduler run opened. */
  static Inspection round(List<Inspection> opened, String gridCode) {
    return opened.stream().filter(i -> i.getGridCode().equals(gridCode)).findFirst().orElseThrow();
  }

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
