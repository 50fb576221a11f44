package cn.safegrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fills and submits a task's Camunda Form over the engine REST API the way Tasklist does:
 * fetches the deployed form, checks that every value the test gives is a field of that form (so a
 * renamed field breaks the test, not the officer), and submits the values as typed variables.
 */
public final class TaskForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;

  public TaskForms(Http http) {
    this.http = http;
  }

  /** The form's field keys (input components, nested groups included). */
  public Set<String> fieldKeys(String taskId, String authorization) throws Exception {
    var response = http.get("/engine-rest/task/" + taskId + "/deployed-form", authorization);
    assertThat(response.getStatusCode().value()).as("deployed form of task %s", taskId).isEqualTo(200);
    Set<String> keys = new HashSet<>();
    collect(JSON.readTree(response.getBody()).path("components"), keys);
    return keys;
  }

  /** Submits the form with these values; returns the HTTP status. */
  public int submit(String taskId, String authorization, Map<String, String> values) throws Exception {
    assertThat(fieldKeys(taskId, authorization)).as("fields of the task's form").containsAll(values.keySet());
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", "String")));
    return http.post("/engine-rest/task/" + taskId + "/submit-form", authorization, Map.of("variables", variables))
        .getStatusCode().value();
  }

  /**
   * Submits typed variables ({"value": …, "type": "String" | "Json" …}) — how Tasklist submits a
   * form with a list field — after checking that each is a field (or list) of the task's form.
   */
  public int submitTyped(String taskId, String authorization, Map<String, Map<String, Object>> variables)
      throws Exception {
    assertThat(fieldKeys(taskId, authorization)).as("fields of the task's form").containsAll(variables.keySet());
    return http.post("/engine-rest/task/" + taskId + "/submit-form", authorization, Map.of("variables", variables))
        .getStatusCode().value();
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("path")) {
        keys.add(component.get("path").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
