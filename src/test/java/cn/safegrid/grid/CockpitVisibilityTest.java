package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Supervisors in Cockpit see what the ledger shows them, over the engine's own API, which is what
 * Cockpit reads: a town leader every hazard, an area's (deputy) leader his area's villages, a
 * department head his department's, a village's grid leader his village. The engine's grants
 * follow the registry: a leader who leaves his post stops seeing at once.
 */
@SafeGridTest
class CockpitVisibilityTest {

  /** Town leader (一级网格长): everything. */
  static final String TOWN = "zhang.shili";
  /** 东片副片长 and head of 农业发展服务中心·农办. */
  static final String AREA = "peng.shitao";
  /** Head of 消防队. */
  static final String FIRE_HEAD = "zheng.cehong";
  /** Head of 镇教委 (schools are its sector). */
  static final String EDUCATION_HEAD = "lin.cehua";
  /** 小岗村's grid leader. */
  static final String VILLAGE = "gao.shihua";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;
  @Autowired Registry registry;
  final ObjectMapper json = new ObjectMapper();
  final List<String> instances = new ArrayList<>();
  Http http;
  RegistryBackup backup;

  String xiaogangBoiler;   // 小岗村（东片）, special equipment: 市场监管所 leads
  String dazhuangFire;     // 大庄村（西片）, fire: 消防队 leads, 派出所 assists
  String xiaogangBiogas;   // 小岗村（东片）, biogas: 农办 leads
  String dongheWiring;     // 东河村（东片）, electrical: the village itself
  String schoolKitchen;    // 别山镇中心小学, school: 镇教委 leads

  @BeforeEach
  void hazards() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
    xiaogangBoiler = report("dong.liyong", "village-xiaogang", "special-equipment", "小岗村锅炉房");
    dazhuangFire = report("chen.yangang", "village-dazhuang", "fire", "大庄村柴草垛旁");
    xiaogangBiogas = report("dong.liyong", "village-xiaogang", "biogas", "小岗村东头沼气池");
    dongheWiring = report("dong.liyong", "village-donghe", "electrical", "东河村小卖部");
    schoolKitchen = report("gao.shili", "school-bieshan-central", "school", "中心小学食堂");
  }

  @AfterEach
  void putBack() {
    backup.restore();
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
  }

  @Test
  void eachSupervisorSeesInCockpitExactlyTheHazardsTheLedgerShowsHim() {
    for (String login : List.of(TOWN, AREA, FIRE_HEAD, EDUCATION_HEAD, VILLAGE)) {
      assertThat(engineHazards(login)).as("%s: the engine's instances = the ledger's open hazards", login)
          .isEqualTo(ledgerHazards(login));
    }
    assertThat(engineHazards(TOWN)).contains(xiaogangBoiler, dazhuangFire, xiaogangBiogas, dongheWiring, schoolKitchen);
    assertThat(engineHazards(AREA)).as("东片's villages and 农办's hazards")
        .contains(xiaogangBoiler, xiaogangBiogas, dongheWiring).doesNotContain(dazhuangFire, schoolKitchen);
    assertThat(engineHazards(FIRE_HEAD)).as("消防队's").contains(dazhuangFire)
        .doesNotContain(xiaogangBoiler, xiaogangBiogas, dongheWiring, schoolKitchen);
    assertThat(engineHazards(EDUCATION_HEAD)).as("镇教委's schools").contains(schoolKitchen)
        .doesNotContain(xiaogangBoiler, dazhuangFire, xiaogangBiogas, dongheWiring);
    assertThat(engineHazards(VILLAGE)).as("小岗村's").contains(xiaogangBoiler, xiaogangBiogas)
        .doesNotContain(dazhuangFire, dongheWiring, schoolKitchen);
  }

  @Test
  void aSupervisorReadsTheTasksAndVariablesOfHisInstancesOnly() {
    String mine = instanceOf(xiaogangBoiler);
    String notMine = instanceOf(dazhuangFire);
    String auth = Http.basic(VILLAGE, "demo");
    assertThat(array(http.get("/engine-rest/task?processInstanceId=" + mine + "&maxResults=50", auth)))
        .as("小岗村's leader reads the 受理 task of 小岗村's hazard").isNotEmpty();
    assertThat(array(http.get("/engine-rest/task?processInstanceId=" + notMine + "&maxResults=50", auth))).isEmpty();
    assertThat(http.get("/engine-rest/process-instance/" + mine + "/variables", auth).getStatusCode().value())
        .isEqualTo(200);
    assertThat(http.get("/engine-rest/process-instance/" + notMine + "/variables", auth).getStatusCode().value())
        .isIn(403, 404);
  }

  @Test
  void cockpitsCountsAreHisInstancesToo() throws Exception {
    var session = new WebappSession(port);
    assertThat(cockpitLogin(session, AREA)).isEqualTo(200);
    JsonNode statistics = json.readTree(session.get(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50").body());
    long hazards = 0;
    for (JsonNode entry : statistics) {
      if (entry.path("key").asText().equals("hazard-rectification")) {
        hazards = entry.path("instances").asLong();
      }
    }
    assertThat(hazards).as("the hazard process's running instances on Cockpit's process list")
        .isEqualTo(engineHazards(AREA).size());
    JsonNode count = json.readTree(session.postJson("/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "{\"processDefinitionKey\":\"hazard-rectification\"}").body());
    assertThat(count.path("count").asLong()).isEqualTo(engineHazards(AREA).size());
  }

  @Test
  void theGrantsFollowTheRegistry() {
    assertThat(engineHazards(AREA)).contains(xiaogangBoiler, dongheWiring, xiaogangBiogas);

    // 东片 gets another deputy leader: 彭示涛 keeps only what his department leads
    registry.edit(data -> data.withAreas(data.areas().stream()
        .map(a -> a.code().equals("east") ? new RegistryData.AreaRow(a.code(), a.name(), a.townCode(), a.leaderCode(), null) : a)
        .toList()));
    assertThat(engineHazards(AREA)).contains(xiaogangBiogas).doesNotContain(xiaogangBoiler, dongheWiring);
    assertThat(engineHazards(AREA)).isEqualTo(ledgerHazards(AREA));
    assertThat(array(http.get("/engine-rest/task?processInstanceId=" + instanceOf(xiaogangBoiler) + "&maxResults=50",
        Http.basic(AREA, "demo")))).as("nor the tasks of the area's hazards").isEmpty();

    backup.restore();
    assertThat(engineHazards(AREA)).contains(xiaogangBoiler, dongheWiring, xiaogangBiogas);
  }

  @Test
  void townWideReadersNeedNoGrantsByName() {
    assertThat(authorizations.createAuthorizationQuery().userIdIn(TOWN).resourceType(Resources.PROCESS_INSTANCE).count())
        .as("the town leader reads every instance through his group").isZero();
    assertThat(authorizations.createAuthorizationQuery().userIdIn(VILLAGE).resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instanceOf(xiaogangBoiler)).count()).isEqualTo(1);
  }

  @Test
  void anOfficerWithoutCockpitGetsNeitherItsApiNorTheEngineQueries() throws Exception {
    var session = new WebappSession(port);
    assertThat(session.login("dong.liyong", "demo")).isEqualTo(200);
    var refused = session.postJson("/camunda/api/cockpit/plugin/base/default/process-instance?maxResults=50", "{}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("驾驶舱");
    assertThat(session.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=5")
        .statusCode()).isEqualTo(403);
    assertThat(http.post("/engine-rest/process-instance?maxResults=50", Http.basic("dong.liyong", "demo"), "{}")
        .getStatusCode().value()).isEqualTo(403);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String report(String user, String grid, String category, String location) {
    ProcessInstance instance = driver.report(user, grid, category, "general", location, "CockpitVisibilityTest");
    instances.add(instance.getId());
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private String instanceOf(String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  /** Numbers of the running hazard instances the engine lets him read (what Cockpit lists). */
  private Set<String> engineHazards(String login) {
    Set<String> numbers = new TreeSet<>();
    for (JsonNode instance : array(http.get("/engine-rest/process-instance?processDefinitionKey=hazard-rectification"
        + "&maxResults=2000", Http.basic(login, "demo")))) {
      numbers.add(instance.path("businessKey").asText());
    }
    return numbers;
  }

  /**
   * Numbers of the open hazards the ledger shows him (Cockpit's 隐患督办 page) whose process runs
   * (other tests in this context end theirs by deleting the instance and leave the ledger open).
   */
  private Set<String> ledgerHazards(String login) {
    Set<String> numbers = new TreeSet<>();
    for (int page = 0; ; page++) {
      JsonNode answer = body(http.get("/api/hazards/overview?open=true&size=200&page=" + page, Http.basic(login, "demo")));
      answer.path("content").forEach(row -> {
        if (runtime.createProcessInstanceQuery().processInstanceId(row.path("processInstanceId").asText()).count() > 0) {
          numbers.add(row.path("number").asText());
        }
      });
      if (answer.path("last").asBoolean(true)) {
        return numbers;
      }
    }
  }

  private int cockpitLogin(WebappSession session, String login) {
    session.get("/camunda/app/cockpit/");
    return session.login(login, "demo");
  }

  private JsonNode array(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode node = body(response);
    assertThat(node.isArray()).as(response.getBody()).isTrue();
    return node;
  }

  private JsonNode body(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError(response.getBody(), e);
    }
  }
}
