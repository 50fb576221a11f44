package cn.safegrid.grid;

import static cn.safegrid.grid.RegistryApiTest.codes;
import static cn.safegrid.grid.RegistryApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/** Key places (重点部位、危险源) of a grid through the registry API, as each role meets them. */
@SafeGridTest
class KeyPlaceApiTest {

  static final String OFFICE = RegistryApiTest.OFFICE;
  static final String VILLAGER = RegistryApiTest.VILLAGER;
  static final String LEVEL_TWO_LEADER = RegistryApiTest.LEVEL_TWO_LEADER;
  static final String EDUCATION_HEAD = Http.basic("lin.cehua", "demo");
  static final String GRIDS = "/api/registry/grids/";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired KeyPlaceRepository keyPlaces;

  Http http;
  RegistryBackup backup;

  @BeforeEach
  void remember() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
  }

  @AfterEach
  void putBack() {
    backup.restore();
  }

  @Test
  void theDemoTownsKeyPlacesAreStoredAndLoadedBackUnchanged() {
    assertThat(Set.copyOf(backup.before().keyPlaces())).isEqualTo(Set.copyOf(RegistryStartup.demoTown().keyPlaces()));
    assertThat(keyPlaces.count()).isEqualTo(backup.before().keyPlaces().size());
  }

  // ---- reading

  @Test
  void anOfficerReadsTheKeyPlacesOfHisOwnGridsOnly() throws Exception {
    JsonNode xiaogang = body(http.get(GRIDS + "village-xiaogang/key-places", VILLAGER));
    assertThat(codes(xiaogang)).containsExactly(
        "village-xiaogang-granary", "village-xiaogang-lpg-store", "village-xiaogang-straw-yard");
    assertThat(xiaogang.get(1).get("name").asText()).isEqualTo("液化气瓶存放点");
    assertThat(xiaogang.get(1).get("hazardSource").asBoolean()).isTrue();
    assertThat(xiaogang.get(1).get("gridCode").asText()).isEqualTo("village-xiaogang");

    var other = http.get(GRIDS + "village-dazhuang/key-places", VILLAGER);
    assertThat(other.getStatusCode().value()).isEqualTo(404);
    assertThat(body(other).get("message").asText()).contains("找不到网格");
    assertThat(http.get(GRIDS + "village-nowhere/key-places", OFFICE).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get(GRIDS + "village-xiaogang/key-places", null).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aUnitsKeyPlacesIncludeThoseOfItsSubGridsWhenAskedFor() throws Exception {
    assertThat(codes(body(http.get(GRIDS + "school-bieshan-central/key-places", EDUCATION_HEAD))))
        .containsExactly("school-bieshan-central-power-room");
    assertThat(codes(body(http.get(GRIDS + "school-bieshan-central/key-places?includeSubGrids=true", EDUCATION_HEAD))))
        .containsExactly("school-bieshan-central-canteen-gas", "school-bieshan-central-power-room",
            "school-bieshan-central-teaching-lab-chemicals");
    assertThat(http.get(GRIDS + "school-bieshan-central/key-places", VILLAGER).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theWholeRegistryCarriesTheKeyPlaces() throws Exception {
    JsonNode registry = body(http.get("/api/registry", LEVEL_TWO_LEADER));
    assertThat(registry.get("keyPlaces")).hasSize(backup.before().keyPlaces().size());
    assertThat(codes(registry.get("keyPlaces"))).contains("hospital-bieshan-oxygen-store");
  }

  // ---- writing

  @Test
  void theSafetyOfficeReplacesAGridsKeyPlacesAndLeavesOtherGridsAlone() throws Exception {
    var replaced = http.put(GRIDS + "village-xiaogang/key-places", OFFICE, List.of(
        place("village-xiaogang-granary", "村集体粮库", false, "新建粮库，2026 年启用"),
        place("village-xiaogang-fuel-point", "加油点", null, " ")));

    assertThat(replaced.getStatusCode().value()).as(replaced.getBody()).isEqualTo(200);
    assertThat(codes(body(replaced))).containsExactly("village-xiaogang-fuel-point", "village-xiaogang-granary");
    RegistryData after = backup.stored();
    assertThat(after.keyPlaces().stream().filter(k -> k.gridCode().equals("village-xiaogang"))).containsExactlyInAnyOrder(
        new KeyPlaceRow("village-xiaogang-granary", "village-xiaogang", "村集体粮库", false, "新建粮库，2026 年启用"),
        new KeyPlaceRow("village-xiaogang-fuel-point", "village-xiaogang", "加油点", false, null));
    assertThat(after.keyPlaces().stream().filter(k -> !k.gridCode().equals("village-xiaogang")))
        .containsExactlyInAnyOrderElementsOf(backup.before().keyPlaces().stream()
            .filter(k -> !k.gridCode().equals("village-xiaogang")).toList());
    assertThat(codes(body(http.get(GRIDS + "village-xiaogang/key-places", VILLAGER))))
        .containsExactly("village-xiaogang-fuel-point", "village-xiaogang-granary");
  }

  @Test
  void onlyTheSafetyOfficeAndAdministratorsChangeKeyPlaces() throws Exception {
    List<Map<String, Object>> none = List.of();
    for (String other : List.of(VILLAGER, LEVEL_TWO_LEADER, EDUCATION_HEAD)) {
      var refused = http.put(GRIDS + "village-xiaogang/key-places", other, none);
      assertThat(refused.getStatusCode().value()).isEqualTo(403);
      assertThat(body(refused).get("message").asText()).contains("领导小组办公室");
    }
    assertThat(http.put(GRIDS + "village-xiaogang/key-places", null, none).getStatusCode().value()).isEqualTo(401);
    backup.assertUnchanged();
  }

  @Test
  void aKeyPlaceWithoutANameIsRefusedNamingItsPlaceInTheList() throws Exception {
    var refused = http.put(GRIDS + "village-xiaogang/key-places", OFFICE, List.of(
        place("village-xiaogang-granary", "村粮库", false, null), place("village-xiaogang-well", " ", false, null)));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).containsEntry("[1].name", "请填写重点部位名称（name）");
    backup.assertUnchanged();
  }

  @Test
  void aKeyPlaceBreakingARegistryRuleIsRefusedAndNothingIsSaved() throws Exception {
    var badCode = http.put(GRIDS + "village-xiaogang/key-places", OFFICE, List.of(place("Xiaogang Granary", "村粮库", false, null)));
    assertThat(badCode.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(badCode))).containsKey("keyPlaces[Xiaogang Granary].code");

    var onTheTownGrid = http.put(GRIDS + "town-bieshan/key-places", OFFICE, List.of(place("town-bieshan-archive", "档案室", false, null)));
    assertThat(onTheTownGrid.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(onTheTownGrid))).hasEntrySatisfying("keyPlaces[town-bieshan-archive].gridCode",
        message -> assertThat(message).contains("不能属于镇级网格"));

    var takenByAnotherGrid = http.put(GRIDS + "village-donghe/key-places", OFFICE,
        List.of(place("village-xiaogang-granary", "东河村粮库", false, null)));
    assertThat(takenByAnotherGrid.getStatusCode().value()).isEqualTo(400);
    assertThat(body(takenByAnotherGrid).get("message").asText()).contains("重点部位“village-xiaogang-granary”重复");

    Map<String, Object> elsewhere = place("village-xiaogang-granary", "村粮库", false, null);
    elsewhere.put("gridCode", "village-donghe");
    var otherGridInBody = http.put(GRIDS + "village-xiaogang/key-places", OFFICE, List.of(elsewhere));
    assertThat(otherGridInBody.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(otherGridInBody))).containsKey("gridCode");

    assertThat(http.put(GRIDS + "village-nowhere/key-places", OFFICE, List.of()).getStatusCode().value()).isEqualTo(404);
    backup.assertUnchanged();
  }

  @Test
  void aDeletedGridTakesItsKeyPlacesWithIt() throws Exception {
    Map<String, Object> village = new LinkedHashMap<>(Map.of("code", "village-api-test", "name", "测试村",
        "kind", "VILLAGE", "townCode", "bieshan", "parentCode", "town-bieshan", "areaCode", "east"));
    assertThat(http.post("/api/registry/grids", OFFICE, village).getStatusCode().value()).isEqualTo(201);
    assertThat(http.put(GRIDS + "village-api-test/key-places", OFFICE, List.of(
        place("village-api-test-granary", "村粮库", false, null),
        place("village-api-test-lpg-store", "液化气瓶存放点", true, null))).getStatusCode().value()).isEqualTo(200);
    assertThat(keyPlaces.count()).isEqualTo(backup.before().keyPlaces().size() + 2);

    assertThat(http.delete(GRIDS + "village-api-test", OFFICE).getStatusCode().value()).isEqualTo(204);

    assertThat(keyPlaces.count()).isEqualTo(backup.before().keyPlaces().size());
    backup.assertUnchanged();
  }

  // ----

  @Test
  void aKeyPlacesDefaultCategoryIsOneOfTheCatalogueAndTheWorkbookSaysIt() throws Exception {
    Map<String, Object> biogas = place("village-xiaogang-biogas", "集中沼气池", false, null);
    biogas.put("hazardCategory", "biogas-pit");
    var refused = http.put(GRIDS + "village-xiaogang/key-places", OFFICE, List.of(biogas));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("“biogas-pit”不在隐患类别目录中");
    assertThat(body(http.get(GRIDS + "village-xiaogang/key-places", OFFICE)).findValuesAsText("code"))
        .doesNotContain("village-xiaogang-biogas");

    biogas.put("hazardCategory", "biogas");
    List<Map<String, Object>> places = new java.util.ArrayList<>();
    places.add(biogas);
    assertThat(http.put(GRIDS + "village-xiaogang/key-places", OFFICE, places).getStatusCode().value()).isEqualTo(200);
    assertThat(body(http.get(GRIDS + "village-xiaogang/key-places", OFFICE)).findValuesAsText("hazardCategory"))
        .containsExactly("biogas");
  }

  private static Map<String, Object> place(String code, String name, Boolean hazardSource, String description) {
    Map<String, Object> place = new HashMap<>();
    place.put("code", code);
    place.put("name", name);
    place.put("hazardSource", hazardSource);
    place.put("description", description);
    return place;
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }
}
