package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The grids an officer may report a hazard in, as the report form reads them
 * ({@code GET /api/registry/me/report-grids}): the registry's at the moment asked, in Chinese, his
 * own grid first; the same rule the report's check applies; and no form keeps a copy.
 */
@SafeGridTest
class ReportGridsApiTest {

  static final String PATH = "/api/registry/me/report-grids";
  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String OFFICE = Http.basic("wang.celi", "demo");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired Registry registry;
  @Autowired ReportingGrids reportingGrids;

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
  void aVillagerGetsEveryGridInChineseWithHisOwnFirstAndTheTownGridLast() throws Exception {
    List<Map<String, String>> options = options(VILLAGER);
    assertThat(options.get(0)).isEqualTo(option("小岗村（东片，您所在的网格）", "village-xiaogang"));
    assertThat(options.get(options.size() - 1)).isEqualTo(option("别山镇（镇机关及公共区域）", "town-bieshan"));
    assertThat(options).contains(option("大庄村（西片）", "village-dazhuang"), option("别山镇中心小学（学校）", "school-bieshan-central"),
        option("别山镇中心小学教学楼（基础网格）", "school-bieshan-central-teaching"), option("别山镇卫生院（医院）", "hospital-bieshan"),
        option("别山镇敬老院（事业单位）", "institution-bieshan-elderly-home"), option("别山样板建材厂（企业）", "enterprise-yangban-building-materials"));
    // villages by area, then the units, each followed by its sub-grids
    List<String> values = options.stream().map(o -> o.get("value")).toList();
    assertThat(values.subList(1, 12)).allMatch(code -> code.startsWith("village-"));
    assertThat(values.subList(12, values.size())).noneMatch(code -> code.startsWith("village-"));
    assertThat(values.subList(values.indexOf("school-bieshan-central"), values.indexOf("school-bieshan-central") + 3))
        .containsExactlyInAnyOrder("school-bieshan-central", "school-bieshan-central-teaching", "school-bieshan-central-canteen");
    assertThat(values.indexOf("enterprise-yangban-building-materials-workshop"))
        .isEqualTo(values.indexOf("enterprise-yangban-building-materials") + 1);
    assertThat(values).containsExactlyInAnyOrderElementsOf(registry.current().data().grids().stream().map(GridRow::code).toList());
  }

  @Test
  void aLiaisonCadreHasTheVillageHeCoversFirstAndAnOfficerWithoutAVillageOrUnitHasNoneMarked() throws Exception {
    assertThat(options(Http.basic("yuan.shijun", "demo")).get(0)).isEqualTo(option("小岗村（东片，您所在的网格）", "village-xiaogang"));
    // 黄示敏 (市场监管所) is in the town grid only: nothing is his own, so he chooses
    List<Map<String, String>> market = options(Http.basic("huang.shimin", "demo"));
    assertThat(market).noneMatch(o -> o.get("label").contains("您所在的网格"));
    assertThat(market.get(0).get("value")).startsWith("village-");
    assertThat(options(Http.basic("admin", "demo"))).hasSize(registry.current().data().grids().size());
  }

  @Test
  void theListIsTheRuleTheReportIsCheckedWith() throws Exception {
    for (Map<String, String> option : options(VILLAGER)) {
      assertThat(reportingGrids.problemWith("dong.liyong", option.get("value"))).as(option.get("label")).isEmpty();
    }
    assertThat(reportingGrids.problemWith("dong.liyong", "village-nowhere")).contains("网格“village-nowhere”不存在，请从网格列表中选择");
    assertThat(reportingGrids.gridOf("dong.liyong", " ")).map(GridRow::code).contains("village-xiaogang");
    assertThat(reportingGrids.problemWith("huang.shimin", "")).contains("请选择隐患所在的网格");
  }

  @Test
  void aGridTheSafetyOfficeAddsIsOfferedAtOnceAndARemovedOneIsGone() throws Exception {
    Map<String, Object> grid = new LinkedHashMap<>();
    grid.put("code", "village-report-test");
    grid.put("name", "测试新村");
    grid.put("kind", "VILLAGE");
    grid.put("townCode", "bieshan");
    grid.put("parentCode", "town-bieshan");
    grid.put("areaCode", "north");
    assertThat(http.post("/api/registry/grids", OFFICE, grid).getStatusCode().value()).isEqualTo(201);
    assertThat(options(VILLAGER)).contains(option("测试新村（北片）", "village-report-test"));

    assertThat(http.delete("/api/registry/grids/village-report-test", OFFICE).getStatusCode().value()).isEqualTo(204);
    assertThat(options(VILLAGER)).extracting(o -> o.get("value")).doesNotContain("village-report-test");
  }

  @Test
  void withoutALoginTheListIsRefused() throws Exception {
    var refused = http.get(PATH, null);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).containsPattern("\\p{IsHan}");
  }

  @Test
  void noFormCopiesTheRegistrysGrids() throws Exception {
    File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(forms).isNotEmpty();
    List<String> codes = new ArrayList<>(registry.current().data().grids().stream().map(GridRow::code).toList());
    for (File form : forms) {
      String text = Files.readString(form.toPath());
      for (String code : codes) {
        assertThat(text).as("%s names the registry's grid “%s”", form.getName(), code).doesNotContain(code);
      }
    }
  }

  private List<Map<String, String>> options(String login) throws Exception {
    var response = http.get(PATH, login);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode body = json.readTree(response.getBody());
    List<Map<String, String>> options = new ArrayList<>();
    body.forEach(o -> {
      assertThat(o.size()).as("label and value only: %s", o).isEqualTo(2);
      options.add(Map.of("label", o.get("label").asText(), "value", o.get("value").asText()));
    });
    return options;
  }

  private static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }
}
