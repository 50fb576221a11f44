package cn.safegrid.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.GridKind;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** inspection-frequency.dmn rule by rule, and the checklist forms: driven by the round's variables, no copies. */
@SafeGridTest
class InspectionRulesTest {

  @Autowired DecisionService decisions;
  @Autowired InspectionPlan plan;

  @ParameterizedTest(name = "{0}: {1} a week, {2}")
  @CsvSource({
      "VILLAGE, 1, village, true",
      "ENTERPRISE, 2, unit, true",
      "SCHOOL, 2, unit, true",
      "HOSPITAL, 2, unit, true",
      "INSTITUTION, 2, unit, true",
      "SUB_GRID, 0, none, false",
      "TOWN, 0, none, false",
      "SPACESHIP, 0, none, false"})
  void theRegulationsFrequencyByGridKind(String kind, int times, String checklist, boolean keyPlaces) {
    Map<String, Object> result = decisions.evaluateDecisionByKey(InspectionPlan.DECISION)
        .variables(Map.of("gridKind", kind)).evaluate().getSingleResult().getEntryMap();
    assertThat(result).containsEntry("inspectionsPerWeek", times).containsEntry("checklist", checklist)
        .containsEntry("keyHazardForm", keyPlaces);
  }

  @Test
  void aRoundsDueTimeReadsAsTheEndOfADayOrAsDayAndTime(@Autowired cn.safegrid.system.TownClock clock) {
    var town = RoundAnswers.TOWN;
    // a window that ends at midnight is due "by 7 March, 24:00"; a shorter one (more than 7 rounds a week) at its hour
    assertThat(clock.deadline(java.time.ZonedDateTime.of(2027, 3, 8, 0, 0, 0, 0, town).toInstant()))
        .isEqualTo("3月7日 24 时前");
    assertThat(clock.deadline(java.time.ZonedDateTime.of(2027, 3, 8, 12, 0, 0, 0, town).toInstant()))
        .isEqualTo("3月8日 12:00 前");
  }

  @Test
  void aGridsOwnFrequencyOverridesItsKinds() {
    var duties = plan.dutiesByKind();
    var village = new cn.safegrid.grid.RegistryData.GridRow("v", "村", GridKind.VILLAGE, "t", "town", "a", null, null, 3);
    assertThat(InspectionPlan.dutyOf(village, duties).roundsPerWeek()).isEqualTo(3);
    var subGrid = new cn.safegrid.grid.RegistryData.GridRow("s", "食堂", GridKind.SUB_GRID, "t", "u", null, null, null, 5);
    assertThat(InspectionPlan.dutyOf(subGrid, duties).inspects()).as("a kind that does not inspect stays so").isFalse();
  }

  @ParameterizedTest
  @CsvSource({"village-inspection", "unit-inspection"})
  void eachChecklistFormAsksTheRoundsItemsFromItsVariablesAndNamesNoItem(String form) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(new File("forms/" + form + ".form"));
    Set<String> keys = new HashSet<>();
    collect(schema.get("components"), keys);
    // the form's variables: the two lists (one field each) and nothing of a particular item
    assertThat(keys).containsExactlyInAnyOrder(InspectionVariables.CHECKLIST_ITEMS, InspectionVariables.KEY_PLACES,
        "label", "hint", "result", "remark", "category", "grade", "location", "name");
    JsonNode items = list(schema, InspectionVariables.CHECKLIST_ITEMS);
    assertThat(items.path("allowAddRemove").asBoolean(true)).as("the round's items, none added or removed").isFalse();
    assertThat(field(items, "result").path("properties").path("allPassed").asText()).isEqualTo("passed");
    assertThat(field(items, "result").path("validate").path("required").asBoolean()).isTrue();
    for (JsonNode list : List.of(items, list(schema, InspectionVariables.KEY_PLACES))) {
      JsonNode category = field(list, "category");
      assertThat(category.path("valuesKey").asText()).as("categories from the round's variable")
          .isEqualTo(InspectionVariables.CATEGORY_OPTIONS);
      assertThat(category.has("values")).as("no copy of the category list").isFalse();
    }
  }

  @Test
  void noFormCopiesTheCatalogue(@Autowired cn.safegrid.catalogue.Catalogue catalogue) throws Exception {
    Set<String> codes = new HashSet<>();
    catalogue.categories().forEach(c -> codes.add(c.code()));
    catalogue.checklist("village").items().forEach(i -> codes.add(i.key()));
    catalogue.checklist("unit").items().forEach(i -> codes.add(i.key()));
    File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(forms).isNotEmpty();
    for (File form : forms) {
      String text = java.nio.file.Files.readString(form.toPath());
      for (String code : codes) {
        assertThat(text).as("%s names the catalogue's “%s”", form.getName(), code)
            .doesNotContain("\"" + code + "\"").doesNotContain("\"" + code + "Result\"");
      }
    }
  }

  private static JsonNode list(JsonNode schema, String path) {
    for (JsonNode component : schema.get("components")) {
      if (path.equals(component.path("path").asText())) {
        return component;
      }
    }
    throw new AssertionError("no list " + path);
  }

  private static JsonNode field(JsonNode list, String key) {
    for (JsonNode component : list.get("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("path")) {
        keys.add(component.get("path").asText());
      }
      if (component.has("components")) {
        collect(component.get("components"), keys);
      }
    }
  }
}
