package cn.safegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue API as the safety office and officers meet it: who may change it, what is refused
 * (400 or 409, a Chinese message naming the field, nothing changed), and that a change is recorded.
 * Tests add categories of their own (codes test-…; categories are never deleted) and put a checklist
 * they edit back as it was.
 */
@SafeGridTest
class CatalogueApiTest {

  static final String CLERK = Http.basic("chen.yanhai", "demo");       // 领导小组办公室干事: a registry editor
  static final String ADMIN = Http.basic("admin", "demo");
  static final String OFFICER = Http.basic("zheng.cehong", "demo");     // 消防队 head: an officer
  static final String VILLAGE_LEADER = Http.basic("gao.shihua", "demo"); // 小岗村网格长
  static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired Catalogue catalogue;
  @Autowired HazardDriver hazards;
  @Autowired cn.safegrid.hazard.HazardRepository ledger;
  Http http;

  @BeforeEach
  void http() {
    http = new Http(port);
  }

  private static String newCode() {
    return "test-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
  }

  private static Map<String, Object> category(String code, String name, String group, Boolean catchAll) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("group", group);
    body.put("hint", "电动自行车在楼道、室内充电");
    if (catchAll != null) {
      body.put("routeToCatchAll", catchAll);
    }
    return body;
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void everyLoggedInOfficerReadsTheCatalogue() throws Exception {
    JsonNode categories = body(http.get("/api/catalogue/categories", VILLAGE_LEADER));
    assertThat(categories.size()).isGreaterThanOrEqualTo(51);
    assertThat(categories.get(0).get("code").asText()).isEqualTo("fire");
    assertThat(categories.get(0).get("group").asText()).isEqualTo("消防");
    JsonNode village = body(http.get("/api/catalogue/checklists/village", OFFICER));
    assertThat(village.get("items").get(0).get("label").asText()).isEqualTo("消防安全（灭火器材、用火用气）");
    JsonNode options = body(http.get("/api/catalogue/category-options", VILLAGE_LEADER));
    assertThat(options.get(0).get("label").asText()).isEqualTo("消防 · 消防安全");
    assertThat(options.get(options.size() - 1).get("value").asText()).isEqualTo("other");
    assertThat(http.get("/api/catalogue/categories", null).getStatusCode().value()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zheng.cehong", "gao.shihua"})
  void anOfficerOrAVillageLeaderIsRefusedAndNothingChanges(String login) throws Exception {
    String who = Http.basic(login, "demo");
    String code = newCode();
    var create = http.post("/api/catalogue/categories", who, category(code, "电动自行车充电", "消防", true));
    assertThat(create.getStatusCode().value()).isEqualTo(403);
    assertThat(body(create).get("message").asText()).isEqualTo(Catalogue.EDITORS_ONLY);
    assertThat(catalogue.category(code)).isEmpty();

    var rename = http.put("/api/catalogue/categories/fire", who, category("fire", "火", "消防", null));
    assertThat(rename.getStatusCode().value()).isEqualTo(403);
    assertThat(catalogue.categoryName("fire")).isEqualTo("消防安全");

    ChecklistView before = catalogue.checklist("village");
    var save = http.put("/api/catalogue/checklists/village", who, Map.of("items", List.of(
        Map.of("key", "only", "label", "唯一一项"))));
    assertThat(save.getStatusCode().value()).isEqualTo(403);
    assertThat(catalogue.checklist("village")).isEqualTo(before);
  }

  @Test
  void theSafetyOfficeAddsACategoryTheRoutingTableLacksOnlyWhenItConfirmsTheCatchAll() throws Exception {
    String code = newCode();
    var unconfirmed = http.post("/api/catalogue/categories", CLERK, category(code, "电动自行车充电", "消防", null));
    assertThat(unconfirmed.getStatusCode().value()).isEqualTo(400);
    assertThat(body(unconfirmed).get("fieldErrors").get(0).get("field").asText()).isEqualTo("routeToCatchAll");
    assertThat(body(unconfirmed).get("message").asText()).contains("路由表").contains("领导小组办公室");
    assertThat(catalogue.category(code)).isEmpty();

    var created = http.post("/api/catalogue/categories", CLERK, category(code, "电动自行车充电", "消防", true));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasPath("/api/catalogue/categories/" + code);
    assertThat(body(created).get("routeToCatchAll").asBoolean()).isTrue();
    assertThat(catalogue.categoryOptions()).extracting(CatalogueViews.Option::value).contains(code);
    assertThat(catalogue.changes().get(0).subject()).isEqualTo("隐患类别 " + code);
    assertThat(catalogue.changes().get(0).userId()).isEqualTo("chen.yanhai");

    // a hazard reported under it goes to the safety office and keeps the name it was filed with
    var instance = hazards.report("dong.liyong", "village-xiaogang", code, "general", "小岗村东街 3 号楼道",
        "楼道内多辆电动自行车充电");
    var hazard = ledger.findByProcessInstanceId(instance.getId()).orElseThrow();
    assertThat(hazard.getCategoryName()).isEqualTo("电动自行车充电");
    assertThat(hazard.getLeadDepartment()).isEqualTo("safety-office");
    var renamed = category(code, "电动车充电", "消防", null);
    assertThat(http.put("/api/catalogue/categories/" + code, ADMIN, renamed).getStatusCode().value()).isEqualTo(200);
    assertThat(ledger.findByProcessInstanceId(instance.getId()).orElseThrow().getCategoryName()).as("filed with").isEqualTo("电动自行车充电");

    // retiring it while that hazard is open: 409 with the count, still in use
    Map<String, Object> retire = new LinkedHashMap<>(renamed);
    retire.put("active", false);
    var refused = http.put("/api/catalogue/categories/" + code, CLERK, retire);
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(body(refused).get("message").asText()).contains("还有 1 项未销号的隐患").contains("电动车充电");
    assertThat(catalogue.category(code).orElseThrow().active()).isTrue();
  }

  @Test
  void aCategoryNoOneUsesIsRetiredAndLeavesTheFormsButNotTheLedger() throws Exception {
    String code = newCode();
    http.post("/api/catalogue/categories", CLERK, category(code, "临时类别", "其他", true));
    Map<String, Object> retire = category(code, "临时类别", "其他", null);
    retire.put("active", false);
    var retired = http.put("/api/catalogue/categories/" + code, CLERK, retire);
    assertThat(retired.getStatusCode().value()).isEqualTo(200);
    assertThat(body(retired).get("active").asBoolean()).isFalse();
    assertThat(catalogue.categoryOptions()).extracting(CatalogueViews.Option::value).doesNotContain(code);
    assertThat(catalogue.categoryName(code)).isEqualTo("临时类别");
    assertThat(body(http.get("/api/hazards/filter-options", CLERK)).get("categories").findValuesAsText("name"))
        .contains("临时类别（已停用）");
  }

  @Test
  void aCategoryAChecklistItemDefaultsToIsNotRetired() throws Exception {
    Map<String, Object> retire = category("fire-water", "消防水源", "消防", null);
    retire.put("active", false);
    var refused = http.put("/api/catalogue/categories/fire-water", CLERK, retire);
    assertThat(refused.getStatusCode().value()).isIn(409);
    assertThat(body(refused).get("message").asText()).contains("消防水源").contains("默认类别");
    assertThat(catalogue.category("fire-water").orElseThrow().active()).isTrue();
  }

  @Test
  void badCategoriesAreRefusedFieldByFieldAndNothingIsAdded() throws Exception {
    record Bad(Map<String, Object> body, String field, String says) {}
    List<Bad> bad = List.of(
        new Bad(category("fire", "消防安全", "消防", true), "code", "已存在"),
        new Bad(category(null, "无编码", "消防", true), "code", "请填写类别编码"),
        new Bad(category("Bad Code", "大写", "消防", true), "code", "无效"),
        new Bad(category("other", "其他", "其他", true), "code", "其他"),
        new Bad(category(newCode(), "  ", "消防", true), "name", "请填写类别名称"),
        new Bad(category(newCode(), "长".repeat(101), "消防", true), "name", "100"),
        new Bad(category(newCode(), "无分组", "", true), "group", "分组"));
    int before = catalogue.categories().size();
    for (Bad b : bad) {
      var answer = http.post("/api/catalogue/categories", CLERK, b.body());
      assertThat(answer.getStatusCode().value()).as("%s", b.body()).isEqualTo(400);
      JsonNode error = body(answer);
      assertThat(error.get("fieldErrors").findValuesAsText("field")).as("%s", b.body()).contains(b.field());
      assertThat(error.get("message").asText()).as("%s", b.body()).contains(b.says());
    }
    assertThat(catalogue.categories()).hasSize(before);
    var unknown = http.put("/api/catalogue/categories/no-such-category", CLERK, category(null, "无", "无", null));
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void badChecklistsAreRefusedAndTheCurrentVersionStays() throws Exception {
    String retired = newCode();
    http.post("/api/catalogue/categories", CLERK, category(retired, "已停用的类别", "其他", true));
    Map<String, Object> retire = category(retired, "已停用的类别", "其他", null);
    retire.put("active", false);
    http.put("/api/catalogue/categories/" + retired, CLERK, retire);
    ChecklistView before = catalogue.checklist("unit");
    record Bad(Object items, String field, String says) {}
    List<Bad> bad = List.of(
        new Bad(List.of(), "items", "至少"),
        new Bad(List.of(Map.of("key", "a", "label", "甲"), Map.of("key", "a", "label", "乙")), "items[1].key", "重复"),
        new Bad(List.of(Map.of("key", "a", "label", " ")), "items[0].label", "请填写项目名称"),
        new Bad(List.of(Map.of("key", "1a", "label", "甲")), "items[0].key", "无效"),
        new Bad(List.of(Map.of("key", "a", "label", "甲", "defaultCategory", "drone-crash")),
            "items[0].defaultCategory", "不是隐患类别目录中的类别"),
        new Bad(List.of(Map.of("key", "a", "label", "甲", "defaultCategory", retired)),
            "items[0].defaultCategory", "已停用"),
        new Bad(List.of(Map.of("key", "a", "label", "甲", "defaultCategoryByGridKind", Map.of("SPACESHIP", "fire"))),
            "items[0].defaultCategoryByGridKind.SPACESHIP", "网格类型"));
    for (Bad b : bad) {
      var answer = http.put("/api/catalogue/checklists/unit", CLERK, Map.of("items", b.items()));
      assertThat(answer.getStatusCode().value()).as("%s", b.items()).isEqualTo(400);
      assertThat(body(answer).get("fieldErrors").findValuesAsText("field")).as("%s", b.items()).contains(b.field());
      assertThat(body(answer).get("message").asText()).as("%s", b.items()).contains(b.says());
    }
    assertThat(catalogue.checklist("unit")).isEqualTo(before);
    assertThat(http.put("/api/catalogue/checklists/spaceship", CLERK, Map.of("items", List.of(
        Map.of("key", "a", "label", "甲")))).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aSavedChecklistIsANewVersionAndTheOldOneStaysReadable() throws Exception {
    ChecklistView before = catalogue.checklist("unit");
    List<Map<String, Object>> items = new ArrayList<>(requests(before.items()));
    items.add(Map.of("key", "eBikeCharging", "label", "电动自行车充电", "hint", "是否在楼内充电", "defaultCategory", "fire"));
    try {
      var saved = http.put("/api/catalogue/checklists/unit", CLERK, Map.of("items", items));
      assertThat(saved.getStatusCode().value()).isEqualTo(200);
      assertThat(body(saved).get("version").asInt()).isEqualTo(before.version() + 1);
      assertThat(body(saved).get("items")).hasSize(before.items().size() + 1);
      assertThat(catalogue.checklist("unit").items().get(0).defaultCategoryByGridKind())
          .as("per-kind defaults kept").isEqualTo(before.items().get(0).defaultCategoryByGridKind());
      JsonNode old = body(http.get("/api/catalogue/checklists/unit/versions/" + before.version(), OFFICER));
      assertThat(old.get("items")).hasSize(before.items().size());
    } finally {
      restore(before);
    }
  }

  @Test
  void aCategoryChangedSinceItWasReadIsA409NamingWhoChangedItAndKeepsHisChange() throws Exception {
    String code = newCode();
    http.post("/api/catalogue/categories", ADMIN, category(code, "电动自行车充电", "消防", true));
    JsonNode read = body(http.get("/api/catalogue/categories/" + code, VILLAGE_LEADER));
    long version = read.get("version").asLong();

    Map<String, Object> clerks = category(code, "电动车充电", "消防", null);
    clerks.put("version", version);
    var first = http.put("/api/catalogue/categories/" + code, CLERK, clerks);
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
    assertThat(body(first).get("version").asLong()).isEqualTo(version + 1);

    Map<String, Object> admins = category(code, "电动自行车（充电）", "用电", null);
    admins.put("version", version);
    var stale = http.put("/api/catalogue/categories/" + code, ADMIN, admins);
    assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(409);
    JsonNode error = body(stale);
    assertThat(error.get("message").asText()).contains("已被 陈演海（chen.yanhai）于").contains("本次修改未保存");
    assertThat(error.get("fieldErrors").get(0).get("field").asText()).isEqualTo("version");
    assertThat(catalogue.category(code).orElseThrow().name()).isEqualTo("电动车充电");
    assertThat(catalogue.category(code).orElseThrow().group()).isEqualTo("消防");

    admins.put("version", version + 1); // read again: his change goes through
    assertThat(http.put("/api/catalogue/categories/" + code, ADMIN, admins).getStatusCode().value()).isEqualTo(200);
    assertThat(catalogue.category(code).orElseThrow().name()).isEqualTo("电动自行车（充电）");
  }

  @Test
  void twoEditsOfOneCategoryAtOnceAreOneSavedAndOneA409NeverA500() throws Exception {
    String code = newCode();
    http.post("/api/catalogue/categories", ADMIN, category(code, "同时修改", "其他", true));
    long version = catalogue.category(code).orElseThrow().version();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.CompletableFuture<Integer>> edits = new ArrayList<>();
    for (String who : List.of(CLERK, ADMIN)) {
      Map<String, Object> edit = category(code, "同时修改（" + who.hashCode() + "）", "其他", null);
      edit.put("version", version);
      edits.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Http(port).put("/api/catalogue/categories/" + code, who, edit).getStatusCode().value();
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var edit : edits) {
      statuses.add(edit.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(catalogue.category(code).orElseThrow().version()).isEqualTo(version + 1);

    // two creates of one code at once: one is created, the other refused (400 exists, or 409 created meanwhile)
    String twice = newCode();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.CompletableFuture<Integer>> creates = new ArrayList<>();
    for (String who : List.of(CLERK, ADMIN)) {
      creates.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Http(port).post("/api/catalogue/categories", who, category(twice, "同时新建", "其他", true))
            .getStatusCode().value();
      }));
    }
    go.countDown();
    List<Integer> created = new ArrayList<>();
    for (var create : creates) {
      created.add(create.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    assertThat(created).contains(201).hasSize(2).allMatch(s -> s == 201 || s == 400 || s == 409)
        .filteredOn(s -> s == 201).hasSize(1);
  }

  @Test
  void aChecklistSavedSinceItWasReadIsA409NamingWhoSavedIt() throws Exception {
    ChecklistView before = catalogue.checklist("unit");
    List<Map<String, Object>> items = new ArrayList<>(requests(before.items()));
    items.add(Map.of("key", "eBikeCharging", "label", "电动自行车充电"));
    try {
      var first = http.put("/api/catalogue/checklists/unit", CLERK, Map.of("items", items, "version", before.version()));
      assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
      var stale = http.put("/api/catalogue/checklists/unit", ADMIN,
          Map.of("items", requests(before.items()), "version", before.version()));
      assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(409);
      assertThat(body(stale).get("message").asText()).contains("已被 陈演海（chen.yanhai）于")
          .contains("保存为第 " + (before.version() + 1) + " 版");
      assertThat(catalogue.checklist("unit").version()).isEqualTo(before.version() + 1);
      assertThat(catalogue.checklist("unit").items()).hasSize(before.items().size() + 1);
    } finally {
      restore(before);
    }
  }

  void restore(ChecklistView wanted) {
    CatalogueTestSupport.restore(catalogue, wanted);
  }

  static List<Map<String, Object>> requests(List<ItemView> items) {
    return CatalogueTestSupport.requests(items);
  }
}
