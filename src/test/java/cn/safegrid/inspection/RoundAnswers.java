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

  /** The grid's round of a year among the rounds given. */
  static Inspection round(List<Inspection> rounds, String gridCode, int year) {
    return rounds.stream().filter(i -> i.getGridCode().equals(gridCode) && i.getWeekStart().getYear() == year)
        .findFirst().orElseThrow();
  }

  /** The grid's round among those a scheduler run opened. */
  static Inspection round(List<Inspection> opened, String gridCode) {
    return opened.stream().filter(i -> i.getGridCode().equals(gridCode)).findFirst().orElseThrow();
  }

  /**
   * The round's checklist answered "passed" item by item, as the form submits it: the rows the round
   * was given ({@code checklistItems}), each with the form's fields only; {@link ChecklistAnswers#set}
   * changes one item's answer. Also a map of the variables to complete the task with.
   */
  static ChecklistAnswers allPassed(RuntimeService runtime, String processInstanceId) {
    return new ChecklistAnswers(runtime.getVariable(processInstanceId, InspectionVariables.CHECKLIST_ITEMS));
  }

  /** The checklist's rows as the form submits them, and the task variables that carry them. */
  static final class ChecklistAnswers extends HashMap<String, Object> {

    private final List<String> keys = new java.util.ArrayList<>();
    private final List<com.fasterxml.jackson.databind.JsonNode> given = new java.util.ArrayList<>();
    private final com.fasterxml.jackson.databind.node.ArrayNode rows;

    ChecklistAnswers(Object checklistItems) {
      ObjectMapper json = new ObjectMapper();
      rows = json.createArrayNode();
      try {
        for (var row : json.readTree(checklistItems.toString())) {
          keys.add(row.get("key").asText());
          given.add(row);
          rows.addObject().put("label", row.get("label").asText()).put("hint", row.path("hint").asText(""))
              .put("result", "passed").put("remark", "");
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      refresh();
    }

    /** The item keys in the order the form lists them. */
    List<String> keys() {
      return keys;
    }

    /**
     * Sets one field of one item's row: {@code result} (passed, hazard, na), {@code remark},
     * {@code category}, {@code grade} or {@code location}. A finding shows the category and grade
     * the row was given, as the form does once 发现隐患 is picked.
     */
    ChecklistAnswers set(String itemKey, String field, String value) {
      int i = keys.indexOf(itemKey);
      if (i < 0) {
        throw new IllegalArgumentException("the round asks no item " + itemKey + " (" + keys + ")");
      }
      var row = (com.fasterxml.jackson.databind.node.ObjectNode) rows.get(i);
      row.put(field, value);
      if (field.equals("result") && value.equals("hazard")) {
        if (!row.has("category") && given.get(i).hasNonNull("category")) {
          row.put("category", given.get(i).get("category").asText());
        }
        if (!row.has("grade")) {
          row.put("grade", "general");
        }
      }
      refresh();
      return this;
    }

    private void refresh() {
      put(InspectionVariables.CHECKLIST_ITEMS, SpinValues.jsonValue(rows.toString()).create());
    }

    /** The rows as JSON text (what Tasklist sends as the value of the Json variable). */
    String json() {
      return rows.toString();
    }
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
