package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.SafeGridTest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * hazard-routing.dmn and hazard-deadlines.dmn, rule by rule: every category of the regulation
 * reaches the department section 三(二) names, and nothing unknown is left unrouted.
 */
@SafeGridTest
class HazardRoutingTest {

  @Autowired DecisionService decisions;

  static Stream<Arguments> regulation() {
    return Stream.of(
        route("industrial-trade", "enterprise-economy", ""), route("food-drug", "enterprise-economy", ""),
        route("railway", "comprehensive-governance", ""), route("road-traffic", "comprehensive-governance", ""),
        route("road-transport", "comprehensive-governance", ""),
        route("road-construction-enterprise", "comprehensive-governance", ""),
        route("forest-fire", "agri-forestry", ""),
        route("well-cellar", "agri-office", ""), route("biogas", "agri-office", ""), route("straw-burning", "agri-office", ""),
        route("water-facility", "agri-water", ""), route("flood-drought", "agri-water", ""),
        route("livestock-farm", "agri-veterinary", ""), route("veterinary-drug", "agri-veterinary", ""),
        route("auto-repair", "environment", ""), route("hazardous-waste", "environment", ""),
        route("fire", "fire-brigade", "police"),
        route("nine-small-places", "police", ""), route("social-security", "police", ""),
        route("town-village-construction", "village-construction", ""), route("land-planning", "village-construction", ""),
        route("rural-housing", "village-construction", ""),
        route("dilapidated-housing", "public-service", ""), route("elderly-care", "public-service", ""),
        route("cemetery", "public-service", ""),
        route("party-service-centre", "party-building", ""), route("mass-organisation-venue", "party-building", ""),
        route("building-construction", "law-enforcement", ""), route("illegal-mining", "law-enforcement", ""),
        route("coal-conversion-works", "coal-conversion", ""),
        route("toilet-renovation-works", "toilet-renovation", ""), route("sewer-works", "toilet-renovation", ""),
        route("market", "market-committee", ""), route("special-equipment", "market-supervision", ""),
        route("government-premises", "general-office", ""), route("civil-air-defence", "general-office", ""),
        route("school", "education", ""),
        route("culture-venue", "culture", ""), route("tourism", "culture", ""), route("religious-heritage", "culture", ""),
        route("entertainment", "culture", ""),
        route("medical", "health", ""), route("rural-road-construction", "urban-construction", ""),
        route("group-rental", "area-group", ""), route("small-shop", "area-group", ""),
        route("electrical", "village-grid", ""), route("fire-lane", "village-grid", "fire-brigade"),
        route("firewood-pile", "village-grid", "fire-brigade"), route("fire-water", "village-grid", "fire-brigade"),
        route("hazardous-chemicals", "safety-office", ""), route("confined-space", "safety-office", ""),
        // 三（二）2: the village grid answers for its private enterprises and sole traders
        route("individual-business", "village-grid", ""),
        // （二）12: 户厕办 also for the toilets and sewers in use in every village and household
        route("household-toilet-use", "toilet-renovation", ""),
        // （二）15: 人大 and 纪委 for their own offices; the departments listed by name for their own sector
        route("npc-premises", "npc-office", ""), route("discipline-premises", "discipline", ""),
        route("citizen-service-centre-premises", "citizen-service-centre", ""), route("finance-premises", "finance", ""),
        route("investment-projects", "investment-promotion", ""), route("demolition-works", "demolition", ""),
        route("cyberspace-premises", "cyberspace", ""), route("petition-reception", "petitions", ""),
        route("street-structures", "public-management", ""), route("veterans-service-premises", "veterans-service", ""),
        route("rural-collective-assets", "agri-economy", ""), route("militia", "armed-forces", ""));
  }

  @Autowired cn.safegrid.grid.Registry registry;

  /** 任务安排（二）1–15 and 四（一）: every department of the town leads the hazards of some category. */
  @org.junit.jupiter.api.Test
  void everyDepartmentOfTheRegistryIsRoutable() {
    java.util.Set<String> leads = new java.util.HashSet<>();
    for (var category : catalogue.categories()) {
      leads.add((String) decisions.evaluateDecisionByKey(HazardProcess.ROUTING_DECISION)
          .variables(Map.of("hazardCategory", category.code())).evaluate().getSingleResult().getEntry("leadDepartment"));
    }
    assertThat(leads).containsAll(registry.current().data().departments().stream()
        .map(cn.safegrid.grid.RegistryData.DepartmentRow::code).toList());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("regulation")
  void routesEachCategoryToTheDepartmentTheRegulationNames(String category, String lead, String assisting) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(HazardProcess.ROUTING_DECISION)
        .variables(Map.of("hazardCategory", category)).evaluate();
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("leadDepartment", lead).containsEntry("assistingDepartments", assisting);
  }

  @Autowired cn.safegrid.catalogue.Catalogue catalogue;

  @ParameterizedTest
  @MethodSource("regulation")
  void everyCategoryOfTheRegulationIsInTheCatalogue(String category) {
    assertThat(catalogue.category(category)).isPresent().get()
        .satisfies(c -> assertThat(c.routeToCatchAll()).as("the table has its own rule").isFalse());
  }

  @org.junit.jupiter.api.Test
  void theTableCoversEveryCategoryOfTheCatalogueExceptThoseConfirmedForTheCatchAll() {
    assertThat(regulation().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(catalogue.categories().stream()
            .filter(c -> !c.routeToCatchAll()).map(c -> c.code()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"drone-crash", "", "other", "FIRE"})
  @NullSource
  void unknownOrMissingCategoriesGoToTheSafetyOffice(String category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("hazardCategory", category);
    DmnDecisionResult result = decisions.evaluateDecisionByKey(HazardProcess.ROUTING_DECISION)
        .variables(variables).evaluate();
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("leadDepartment", "safety-office");
  }

  static Stream<Arguments> deadlines() {
    return Stream.of(
        Arguments.of("major", "school", 30, 1, 3, 7),
        Arguments.of("general", "fire", 3, 1, 3, 7),
        Arguments.of("general", "special-equipment", 3, 1, 3, 7),
        Arguments.of("general", "school", 7, 2, 5, 10),
        Arguments.of(null, "school", 7, 2, 5, 10),
        Arguments.of("unknown", null, 7, 2, 5, 10));
  }

  @ParameterizedTest(name = "{0}/{1} → {2} days")
  @MethodSource("deadlines")
  void givesEveryHazardADeadlineAndEscalationsThatGrow(String grade, String category, int days, int levelTwo,
      int levelOne, int accountability) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("grade", grade);
    variables.put("hazardCategory", category);
    Map<String, Object> result = decisions.evaluateDecisionByKey(HazardProcess.DEADLINES_DECISION)
        .variables(variables).evaluate().getSingleResult().getEntryMap();
    assertThat(result).containsEntry("rectificationDays", days).containsEntry("levelTwoAfterDays", levelTwo)
        .containsEntry("levelOneAfterDays", levelOne).containsEntry("accountabilityAfterDays", accountability);
  }

  private static Arguments route(String category, String lead, String assisting) {
    return Arguments.of(category, lead, assisting);
  }
}
