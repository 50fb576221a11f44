package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/** The registry API for grids, areas, departments and the current user, as each role meets it. */
@SafeGridTest
class RegistryApiTest {

  static final String OFFICE = Http.basic("wang.celi", "demo");
  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String LEVEL_TWO_LEADER = Http.basic("jiang.yanhai", "demo");
  static final String API = "/api/registry";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;

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

  // ---- CRUD

  @ParameterizedTest
  @ValueSource(strings = {"wang.celi", "admin"})
  void theSafetyOfficeAndTheAdministratorCreateReadRenameAndDeleteAVillage(String login) throws Exception {
    String editor = Http.basic(login, "demo");
    var created = http.post(API + "/grids", editor, village("village-api-test", "测试村"));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasPath(API + "/grids/village-api-test");
    assertThat(identityService.createGroupQuery().groupId("grid-village-api-test").count()).isEqualTo(1);

    JsonNode read = body(http.get(API + "/grids/village-api-test", editor));
    assertThat(read.get("name").asText()).isEqualTo("测试村");
    assertThat(read.get("kind").asText()).isEqualTo("VILLAGE");
    assertThat(read.get("areaCode").asText()).isEqualTo("east");

    var renamed = http.put(API + "/grids/village-api-test", editor, village(null, "测试新村"));
    assertThat(renamed.getStatusCode().value()).isEqualTo(200);
    assertThat(body(http.get(API + "/grids/village-api-test", editor)).get("name").asText()).isEqualTo("测试新村");

    assertThat(http.delete(API + "/grids/village-api-test", editor).getStatusCode().value()).isEqualTo(204);
    assertThat(http.get(API + "/grids/village-api-test", editor).getStatusCode().value()).isEqualTo(404);
    assertThat(identityService.createGroupQuery().groupId("grid-village-api-test").count()).isZero();
    backup.assertUnchanged();
  }

  @Test
  void anAreaAndADepartmentGoThroughTheSameRoundTrip() throws Exception {
    Map<String, Object> area = new LinkedHashMap<>(Map.of("code", "api-test", "name", "测试片", "townCode", "bieshan"));
    assertThat(http.post(API + "/areas", OFFICE, area).getStatusCode().value()).isEqualTo(201);
    area.put("name", "测试片（改）");
    assertThat(body(http.put(API + "/areas/api-test", OFFICE, area)).get("name").asText()).isEqualTo("测试片（改）");
    assertThat(http.delete(API + "/areas/api-test", OFFICE).getStatusCode().value()).isEqualTo(204);

    Map<String, Object> department = new LinkedHashMap<>(Map.of("code", "api-test", "name", "测试办", "townCode", "bieshan"));
    assertThat(http.post(API + "/departments", OFFICE, department).getStatusCode().value()).isEqualTo(201);
    assertThat(identityService.createGroupQuery().groupId("dept-api-test").count()).isEqualTo(1);
    assertThat(http.put(API + "/departments/api-test/members", OFFICE, List.of("p-062")).getStatusCode().value())
        .isEqualTo(200);
    assertThat(texts(body(http.get(API + "/departments/api-test/members", OFFICE)))).containsExactly("p-062");
    assertThat(http.delete(API + "/departments/api-test", OFFICE).getStatusCode().value()).isEqualTo(204);
    assertThat(identityService.createGroupQuery().groupId("dept-api-test").count()).isZero();
    backup.assertUnchanged();
  }

  @Test
  void anAreaWithVillagesCannotBeDeleted() throws Exception {
    var refused = http.delete(API + "/areas/east", OFFICE);
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(body(refused).get("message").asText()).contains("小岗村");
    backup.assertUnchanged();
  }

  @Test
  void aNewTownComesWithItsTownGrid() throws Exception {
    var town = Map.of("code", "api-test", "name", "测试镇", "district", "天津市蓟州区", "hazardPrefix", "CS");
    assertThat(http.post(API + "/towns", OFFICE, town).getStatusCode().value()).isEqualTo(201);
    assertThat(body(http.get(API + "/grids/town-api-test", OFFICE)).get("kind").asText()).isEqualTo("TOWN");
    assertThat(http.delete(API + "/towns/api-test", OFFICE).getStatusCode().value()).isEqualTo(204);
    backup.assertUnchanged();
  }

  // ---- refusals save nothing

  @Test
  void aVillageWithoutAreaIsRefusedNamingTheField() throws Exception {
    var refused = http.post(API + "/grids", OFFICE, village("village-api-test", "测试村", null));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused)))
        .anySatisfy((field, message) -> {
          assertThat(field).endsWith("areaCode");
          assertThat(message).contains("必须属于一个片");
        });
    backup.assertUnchanged();
  }

  @Test
  void anInvalidPhoneIsRefusedNamingTheField() throws Exception {
    Map<String, Object> person = personRow("p-067");
    person.put("phone", "12345");
    var refused = http.put(API + "/people/p-067", OFFICE, person);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).anySatisfy((field, message) -> {
      assertThat(field).endsWith("phone");
      assertThat(message).contains("不是有效的手机号");
    });
    backup.assertUnchanged();
  }

  @Test
  void aMissingNameIsRefusedWithAChineseMessage() throws Exception {
    var refused = http.post(API + "/grids", OFFICE, village("village-api-test", " "));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).containsEntry("name", "请填写网格名称");
    backup.assertUnchanged();
  }

  @Test
  void anExistingCodeIsAConflict() throws Exception {
    var refused = http.post(API + "/grids", OFFICE, village("village-xiaogang", "另一个小岗村"));
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(body(refused).get("message").asText()).contains("已存在");
    backup.assertUnchanged();
  }

  @Test
  void aCodeInTheBodyMustMatchThePath() throws Exception {
    var refused = http.put(API + "/grids/village-xiaogang", OFFICE, village("village-dazhuang", "小岗村"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).containsKey("code");
    backup.assertUnchanged();
  }

  @Test
  void changingAnUnknownGridIsNotFound() throws Exception {
    var refused = http.put(API + "/grids/village-nowhere", OFFICE, village(null, "无此村"));
    assertThat(refused.getStatusCode().value()).isEqualTo(404);
    assertThat(body(refused).get("message").asText()).contains("找不到网格");
    assertThat(http.delete(API + "/grids/village-nowhere", OFFICE).getStatusCode().value()).isEqualTo(404);
    backup.assertUnchanged();
  }

  @Test
  void aSecondGridLeaderIsRefused() throws Exception {
    List<Object> assignments = new ArrayList<>(json.convertValue(
        body(http.get(API + "/grids/village-xiaogang/assignments", OFFICE)), List.class));
    assignments.add(Map.of("personCode", "p-065", "role", "GRID_LEADER"));
    var refused = http.put(API + "/grids/village-xiaogang/assignments", OFFICE, assignments);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(body(refused).get("message").asText()).contains("只能有一名网格长");
    backup.assertUnchanged();
  }

  @Test
  void theTownGridTakesTwoLevelOneLeadersButNotAThird() throws Exception {
    List<Object> town = new ArrayList<>(json.convertValue(
        body(http.get(API + "/grids/town-bieshan/assignments", OFFICE)), List.class));
    // without the mayor the secretary leads alone; the mayor comes back as co-leader
    List<Object> withoutMayor = town.stream().filter(a -> !"p-173".equals(((Map<?, ?>) a).get("personCode"))).toList();
    assertThat(http.put(API + "/grids/town-bieshan/assignments", OFFICE, withoutMayor).getStatusCode().value()).isEqualTo(200);
    assertThat(body(http.get(API + "/grids/town-bieshan/upper-leaders", OFFICE)).findValuesAsText("loginId"))
        .containsExactly("zhang.shili");
    var back = http.put(API + "/grids/town-bieshan/assignments", OFFICE, town);
    assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(200);
    assertThat(body(http.get(API + "/grids/town-bieshan/upper-leaders", OFFICE)).findValuesAsText("loginId"))
        .containsExactly("zhang.shili", "xu.yanghua");

    List<Object> three = new ArrayList<>(town);
    three.add(Map.of("personCode", "p-005", "role", "LEVEL1_LEADER"));
    var refused = http.put(API + "/grids/town-bieshan/assignments", OFFICE, three);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(body(refused).get("message").asText()).contains("最多设 2 名一级网格长", "《实施细则》三（一）");
    assertThat(body(refused).get("fieldErrors").get(0).get("field").asText()).isEqualTo("grids[town-bieshan].leader");
  }

  @Test
  void aGridMayInspectMoreOftenButNeverLessThanTheRegulationSays() throws Exception {
    Map<String, Object> school = new java.util.HashMap<>(json.convertValue(
        body(http.get(API + "/grids/school-bieshan-central", OFFICE)), Map.class));
    school.put("inspectionsPerWeek", 1);
    var refused = http.put(API + "/grids/school-bieshan-central", OFFICE, school);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    var error = body(refused).get("fieldErrors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("grids[school-bieshan-central].inspectionsPerWeek");
    assertThat(error.get("message").asText()).contains("不能少于 2 次", "《实施细则》三（三）2", "企事业单位网格每周不少于 2 次");
    backup.assertUnchanged();

    school.put("inspectionsPerWeek", 3);
    var accepted = http.put(API + "/grids/school-bieshan-central", OFFICE, school);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    assertThat(body(http.get(API + "/grids/school-bieshan-central", OFFICE)).get("inspectionsPerWeek").asInt()).isEqualTo(3);
    // the same rights as any grid edit: a level-2 leader reads, he does not write
    assertThat(http.put(API + "/grids/school-bieshan-central", LEVEL_TWO_LEADER, school).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aGridCannotBecomeItsOwnSubGridsChild() throws Exception {
    JsonNode school = body(http.get(API + "/grids/school-bieshan-central", OFFICE));
    Map<String, Object> cycle = json.convertValue(school, Map.class);
    cycle.put("parentCode", "school-bieshan-central-canteen");
    var refused = http.put(API + "/grids/school-bieshan-central", OFFICE, cycle);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused)).keySet()).anySatisfy(field -> assertThat(field).endsWith("parentCode"));
    backup.assertUnchanged();
  }

  @Test
  void anUnknownGridKindIsRefusedListingTheKinds() throws Exception {
    Map<String, Object> grid = village("village-api-test", "测试村");
    grid.put("kind", "CITY");
    var refused = http.post(API + "/grids", OFFICE, grid);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).hasEntrySatisfying("kind",
        message -> assertThat(message).contains("CITY", "VILLAGE", "SUB_GRID"));
    assertThat(http.get(API + "/grids?kind=CITY", OFFICE).getStatusCode().value()).isEqualTo(400);
    backup.assertUnchanged();
  }

  @Test
  void anUnknownRoleInAnAssignmentListIsRefusedNamingItsPlace() throws Exception {
    var refused = http.put(API + "/grids/village-xiaogang/assignments", OFFICE,
        List.of(Map.of("personCode", "p-064", "role", "GRID_LEADER"), Map.of("personCode", "p-065", "role", "CHIEF")));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(refused))).containsKey("[1].role");
    var incomplete = http.put(API + "/grids/village-xiaogang/assignments", OFFICE, List.of(Map.of("personCode", "p-064")));
    assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
    assertThat(fieldErrors(body(incomplete))).containsEntry("[0].role", "请选择职务（role）");
    var notAList = http.put(API + "/grids/village-xiaogang/assignments", OFFICE, Map.of("personCode", "p-064"));
    assertThat(notAList.getStatusCode().value()).isEqualTo(400);
    assertThat(body(notAList).get("message").asText()).contains("应为列表");
    backup.assertUnchanged();
  }

  // ---- assignments, members, helper queries

  @Test
  void replacingAGridsAssignmentsLeavesOtherGridsAlone() throws Exception {
    List<Map<String, Object>> xiaogang = new ArrayList<>();
    body(http.get(API + "/grids/village-xiaogang/assignments", OFFICE)).forEach(a -> {
      if (!a.get("personCode").asText().equals("p-069")) {
        xiaogang.add(Map.of("personCode", a.get("personCode").asText(), "role", a.get("role").asText()));
      }
    });
    var replaced = http.put(API + "/grids/village-xiaogang/assignments", OFFICE, xiaogang);
    assertThat(replaced.getStatusCode().value()).isEqualTo(200);
    assertThat(body(replaced)).hasSize(5);
    assertThat(body(replaced).get(0).get("roleLabel").asText()).isNotBlank();

    RegistryData after = backup.stored();
    assertThat(after.assignments().stream().filter(a -> a.gridCode().equals("village-xiaogang")))
        .noneMatch(a -> a.personCode().equals("p-069"));
    assertThat(after.assignments().stream().filter(a -> !a.gridCode().equals("village-xiaogang")))
        .containsExactlyInAnyOrderElementsOf(backup.before().assignments().stream()
            .filter(a -> !a.gridCode().equals("village-xiaogang")).toList());
  }

  @Test
  void aGridsLeadersAndUpperLeaders() throws Exception {
    String leader = Http.basic("gao.shihua", "demo");
    assertThat(logins(body(http.get(API + "/grids/village-xiaogang/leaders", leader))))
        .containsExactlyInAnyOrder("gao.shihua", "lin.yangjun", "zeng.liyong");
    assertThat(logins(body(http.get(API + "/grids/village-xiaogang/upper-leaders", leader))))
        .containsExactlyInAnyOrder("wu.yangli", "yuan.shijun");
    assertThat(logins(body(http.get(API + "/areas/east/inspection-group", leader))))
        .contains("wu.yangli", "yuan.shijun", "gao.shihua", "lin.yangjun").doesNotContain("dong.liyong");
    assertThat(http.get(API + "/areas/east/inspection-group", Http.basic("chen.yangang", "demo"))
        .getStatusCode().value()).isEqualTo(403);
  }

  // ---- who reads and writes what

  @Test
  void aVillagerRepresentativeReadsHisOwnVillageAndWritesNothing() throws Exception {
    assertThat(http.get(API + "/grids/village-xiaogang", VILLAGER).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get(API + "/grids/village-dazhuang", VILLAGER).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get(API + "/grids/village-dazhuang/assignments", VILLAGER).getStatusCode().value()).isEqualTo(404);
    assertThat(codes(body(http.get(API + "/grids", VILLAGER)))).containsExactly("village-xiaogang");

    var whole = http.get(API, VILLAGER);
    assertThat(whole.getStatusCode().value()).isEqualTo(403);
    assertThat(body(whole).get("message").asText()).contains("只有");

    var write = http.put(API + "/grids/village-xiaogang", VILLAGER, village(null, "改名村"));
    assertThat(write.getStatusCode().value()).isEqualTo(403);
    assertThat(body(write).get("message").asText()).contains("领导小组办公室");
    assertThat(http.post(API + "/grids", VILLAGER, village("village-api-test", "测试村")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(http.delete(API + "/people/p-067", VILLAGER).getStatusCode().value()).isEqualTo(403);
    backup.assertUnchanged();
  }

  @Test
  void aVillagersContactListHoldsHisVillageAndTheTownsLeadershipOnly() throws Exception {
    List<String> contacts = codes(body(http.get(API + "/people", VILLAGER)));
    assertThat(contacts).contains("p-064", "p-067", "p-017", "p-001", "p-002", "p-025")
        .doesNotContain("p-084", "p-081");
    assertThat(http.get(API + "/people/p-064", VILLAGER).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get(API + "/people/p-084", VILLAGER).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aLevelTwoLeaderReadsEverythingAndWritesNothing() throws Exception {
    assertThat(body(http.get(API + "/grids", LEVEL_TWO_LEADER))).hasSize(backup.before().grids().size());
    assertThat(http.get(API + "/grids/village-dazhuang", LEVEL_TWO_LEADER).getStatusCode().value()).isEqualTo(200);
    assertThat(body(http.get(API + "/people", LEVEL_TWO_LEADER))).hasSize(backup.before().people().size());
    assertThat(body(http.get(API, LEVEL_TWO_LEADER)).get("grids")).hasSize(backup.before().grids().size());
    assertThat(http.put(API + "/grids/village-dazhuang", LEVEL_TWO_LEADER, village(null, "改名村"))
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void requestsWithoutCredentialsAreRefused() {
    var refused = http.get(API + "/grids", null);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(refused.getBody()).contains("请先登录");
    assertThat(http.post(API + "/grids", null, village("village-api-test", "测试村")).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void meDescribesTheOfficerBehindTheRequest() throws Exception {
    JsonNode villager = body(http.get(API + "/me", VILLAGER));
    assertThat(villager.get("person").get("code").asText()).isEqualTo("p-067");
    assertThat(villager.get("assignments").get(0).get("roleLabel").asText()).isEqualTo("网格员");
    assertThat(villager.get("assignments").get(0).get("gridName").asText()).isEqualTo("小岗村");
    assertThat(texts(villager.get("visibleGrids"))).containsExactly("village-xiaogang");
    assertThat(texts(villager.get("groups"))).contains("grid-village-xiaogang");
    assertThat(villager.get("canEdit").asBoolean()).isFalse();

    JsonNode fireChief = body(http.get(API + "/me", Http.basic("zheng.cehong", "demo")));
    assertThat(fireChief.get("departments").get(0).get("code").asText()).isEqualTo("fire-brigade");
    assertThat(fireChief.get("departments").get(0).get("head").asBoolean()).isTrue();

    JsonNode admin = body(http.get(API + "/me", Http.basic("admin", "demo")));
    assertThat(admin.get("person").isNull()).isTrue();
    assertThat(admin.get("canEdit").asBoolean()).isTrue();
  }

  // ----

  private static Map<String, Object> village(String code, String name) {
    return village(code, name, "east");
  }

  private static Map<String, Object> village(String code, String name, String areaCode) {
    Map<String, Object> grid = new LinkedHashMap<>();
    grid.put("code", code);
    grid.put("name", name);
    grid.put("kind", "VILLAGE");
    grid.put("townCode", "bieshan");
    grid.put("parentCode", "town-bieshan");
    grid.put("areaCode", areaCode);
    return grid;
  }

  private Map<String, Object> personRow(String code) throws Exception {
    return json.convertValue(body(http.get(API + "/people/" + code, OFFICE)), Map.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  static Map<String, String> fieldErrors(JsonNode error) {
    Map<String, String> fields = new LinkedHashMap<>();
    error.path("fieldErrors").forEach(f -> fields.put(f.get("field").asText(), f.get("message").asText()));
    return fields;
  }

  static List<String> codes(JsonNode rows) {
    List<String> codes = new ArrayList<>();
    rows.forEach(r -> codes.add(r.get("code").asText()));
    return codes;
  }

  static List<String> logins(JsonNode people) {
    List<String> logins = new ArrayList<>();
    people.forEach(p -> logins.add(p.get("loginId").asText()));
    return logins;
  }

  static List<String> texts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}
