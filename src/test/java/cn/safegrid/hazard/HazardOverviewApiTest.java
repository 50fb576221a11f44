package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisors' list (/api/hazards/overview, Cockpit's 隐患督办): what a hazard is, where it
 * stands, how late it is, found by number, area, village, department, tier and status, with the
 * ledger's rights.
 */
@SafeGridTest
class HazardOverviewApiTest {

  static final String TOWN = Http.basic("zhang.shili", "demo");

  @LocalServerPort int port;
  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @Autowired RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();
  final List<String> instances = new ArrayList<>();
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void cleanUp() {
    driver.resetClock();
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
  }

  @Test
  void aRowSaysWhatTheHazardIsWhereItStandsAndHowLateItIs() throws Exception {
    String number = report("dong.liyong", "village-xiaogang", "fire", "小岗村 · 柴草垛");
    JsonNode row = only(number, TOWN);
    assertThat(row.path("gridName").asText()).isEqualTo("小岗村");
    assertThat(row.path("areaName").asText()).isEqualTo("东片");
    assertThat(row.path("categoryName").asText()).isEqualTo("消防安全");
    assertThat(row.path("leadUnitName").asText()).isEqualTo("消防队");
    List<String> steps = new ArrayList<>();
    row.path("currentSteps").forEach(step -> steps.add(step.asText()));
    assertThat(steps).as("open tasks and who holds them").contains("受理隐患（消防队）", "提出协办意见（派出所）");
    assertThat(row.path("daysOverdue").asInt()).isZero();
    assertThat(row.path("escalationLabel").asText()).isEqualTo("未逾期升级");
    assertThat(row.path("open").asBoolean()).isTrue();

    Hazard hazard = hazards.findByNumber(number).orElseThrow();
    driver.clockAt(hazard.getRectificationDue().plus(Duration.ofHours(30)));
    assertThat(only(number, TOWN).path("daysOverdue").asInt()).as("the second day past the deadline").isEqualTo(2);
  }

  @Test
  void itIsSearchedAndFilteredAsSupervisorsAsk() throws Exception {
    String xiaogang = report("dong.liyong", "village-xiaogang", "special-equipment", "小岗村 · 锅炉");
    String dazhuang = report("chen.yangang", "village-dazhuang", "fire", "大庄村 · 草垛");
    assertThat(numbers("q=" + xiaogang, TOWN)).containsExactly(xiaogang);
    assertThat(numbers("areaCode=east&open=true", TOWN)).contains(xiaogang).doesNotContain(dazhuang);
    assertThat(numbers("gridCode=village-dazhuang", TOWN)).contains(dazhuang).doesNotContain(xiaogang);
    assertThat(numbers("department=fire-brigade", TOWN)).contains(dazhuang).doesNotContain(xiaogang);
    assertThat(numbers("escalation=NONE&open=true", TOWN)).contains(xiaogang, dazhuang);
    assertThat(numbers("escalation=LEVEL_TWO", TOWN)).doesNotContain(xiaogang, dazhuang);
    assertThat(numbers("open=false", TOWN)).doesNotContain(xiaogang, dazhuang);
    assertThat(numbers("open=true", Http.basic("gao.shihua", "demo"))).as("小岗村's leader").contains(xiaogang)
        .doesNotContain(dazhuang);

    JsonNode options = json.readTree(http.get("/api/hazards/overview/filter-options", Http.basic("peng.shitao", "demo")).getBody());
    List<String> villages = new ArrayList<>();
    options.path("villages").forEach(v -> villages.add(v.path("name").asText()));
    assertThat(villages).as("东片's villages for its deputy leader").contains("小岗村", "东河村", "石桥村").doesNotContain("大庄村");
    assertThat(http.get("/api/hazards/overview?open=maybe", TOWN).getStatusCode().value()).isEqualTo(400);
  }

  private String report(String user, String grid, String category, String location) {
    ProcessInstance instance = driver.report(user, grid, category, "general", location, "HazardOverviewApiTest");
    instances.add(instance.getId());
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private JsonNode only(String number, String auth) throws Exception {
    JsonNode page = json.readTree(http.get("/api/hazards/overview?q=" + number, auth).getBody());
    assertThat(page.path("content").size()).as(page.toString()).isEqualTo(1);
    return page.path("content").get(0);
  }

  private List<String> numbers(String query, String auth) throws Exception {
    JsonNode page = json.readTree(http.get("/api/hazards/overview?size=200&" + query, auth).getBody());
    List<String> numbers = new ArrayList<>();
    page.path("content").forEach(row -> numbers.add(row.path("number").asText()));
    return numbers;
  }
}
