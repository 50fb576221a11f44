package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ledger's HTTP API as officers' clients meet it, bad input included. */
@SafeGridTest
class HazardApiTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String OTHER_VILLAGER = Http.basic("chen.yangang", "demo");
  static final String SAFETY_OFFICE = Http.basic("wang.celi", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aReportWithAnUnknownGridOrNoDescriptionIsRefusedFieldByField() throws Exception {
    var response = http.post("/api/hazards", VILLAGER, Map.of("gridCode", "village-nowhere", "hazardCategory", "fire",
        "grade", "general", "location", "村口", "description", " "));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.get("message").asText()).contains("隐患上报信息有误");
    assertThat(error.get("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("gridCode", "description");
    assertThat(error.toString()).contains("网格“village-nowhere”不存在");
  }

  @Test
  void malformedJsonIsA400NotA500() {
    var response = http.post("/api/hazards", VILLAGER,
        new org.springframework.http.HttpEntity<>("{\"gridCode\": ", jsonHeaders()));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void theEngineRestStartRefusesAnUnknownGridWithA400() {
    Map<String, Object> variables = Map.of(
        "gridCode", Map.of("value", "village-nowhere", "type", "String"),
        "grade", Map.of("value", "general", "type", "String"),
        "location", Map.of("value", "某处", "type", "String"),
        "description", Map.of("value", "某事", "type", "String"));
    var response = http.post("/engine-rest/process-definition/key/hazard-rectification/start", VILLAGER,
        Map.of("variables", variables));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("网格“village-nowhere”不存在");
  }

  @Test
  void anUnknownCategoryIsRoutedToTheSafetyOffice() throws Exception {
    JsonNode hazard = report("village-xiaogang", "beehive", "蜂窝");
    assertThat(detail(hazard.get("number").asText(), SAFETY_OFFICE).at("/hazard/leadUnitName").asText())
        .isEqualTo("领导小组办公室");
  }

  @Test
  void officersSeeOnlyTheHazardsTheirRolesCover() throws Exception {
    String number = report("village-xiaogang", "electrical", "电线私拉乱接").get("number").asText();
    assertThat(http.get("/api/hazards/" + number, VILLAGER).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/api/hazards/" + number, OTHER_VILLAGER).getStatusCode().value()).isEqualTo(404);
    assertThat(list("?gridCode=village-xiaogang&size=200", OTHER_VILLAGER).get("totalElements").asInt()).isZero();
    assertThat(numbers(list("?gridCode=village-xiaogang&size=200", Http.basic("wu.yangli", "demo")))).contains(number);
    assertThat(numbers(list("?q=" + number, Http.basic("yuan.shijun", "demo")))).as("the liaison cadre").contains(number);
  }

  @Test
  void theDetailNamesAreaDepartmentsStatusesAndTheCurrentStepInChinese() throws Exception {
    // a fire lane in 小岗村: the village grid leads, the fire brigade assists
    JsonNode hazard = report("village-xiaogang", "fire-lane", "消防通道被柴草堵塞");
    String number = hazard.get("number").asText();
    JsonNode detail = detail(number, VILLAGER);
    JsonNode view = detail.get("hazard");
    assertThat(view.get("areaCode").asText()).isEqualTo("east");
    assertThat(view.get("areaName").asText()).isEqualTo("东片");
    assertThat(json.convertValue(view.get("assistingDepartments"), java.util.List.class)).contains("fire-brigade");
    assertThat(json.convertValue(view.get("assistingDepartmentNames"), java.util.List.class)).contains("消防队");
    assertThat(view.get("sourceLabel").isNull()).isTrue();
    assertThat(view.get("sourceInspection").isNull()).isTrue();

    JsonNode routed = null;
    for (JsonNode event : detail.get("trail")) {
      if (event.get("action").asText().equals("ROUTED")) {
        routed = event;
      }
    }
    assertThat(routed).isNotNull();
    assertThat(routed.get("fromStatusLabel").asText()).isEqualTo("已上报");
    assertThat(routed.get("toStatusLabel").asText()).isEqualTo("已分办");
    assertThat(routed.get("actorName").asText()).isEqualTo("系统");

    JsonNode step = step(detail, "受理隐患");
    assertThat(step.get("groupName").asText()).isEqualTo("小岗村网格");
    assertThat(step.get("assigneeName").isNull()).isTrue();
    assertThat(step.get("createdAt").asText()).isNotEmpty();
    assertThat(step.get("taskId").asText()).as("a candidate opens it in Tasklist")
        .isEqualTo(tasks.createTaskQuery().processInstanceId(view.get("processInstanceId").asText())
            .taskDefinitionKey("Task_AcceptHazard").singleResult().getId());
    assertThat(step(detail(number, SAFETY_OFFICE), "受理隐患").get("groupName").asText()).isEqualTo("小岗村网格");
    assertThat(http.get("/api/hazards/" + number, OTHER_VILLAGER).getStatusCode().value())
        .as("the current step is part of the hazard: another village's officer gets 404").isEqualTo(404);

    // a special-equipment hazard is the market regulator's: the villager who reported it sees who holds
    // it, but cannot open the department's task
    JsonNode equipment = detail(report("village-xiaogang", "special-equipment", "电梯无年检标志").get("number").asText(),
        VILLAGER);
    JsonNode accept = step(equipment, "受理隐患");
    assertThat(accept.get("groupName").asText()).isEqualTo("市场监管所");
    assertThat(accept.get("taskId").isNull()).isTrue();
    String taskId = tasks.createTaskQuery().processInstanceId(equipment.at("/hazard/processInstanceId").asText())
        .singleResult().getId();
    tasks.claim(taskId, "huang.shimin");
    assertThat(step(detail(equipment.at("/hazard/number").asText(), VILLAGER), "受理隐患").get("assigneeName").asText())
        .isEqualTo("黄示敏");
  }

  @Test
  void theFilterOptionsOfferTheGridsOfTheHazardsOneSeesAndChineseNames() throws Exception {
    report("village-xiaogang", "electrical", "配电箱无门");
    report(OTHER_VILLAGER, "village-dazhuang", "electrical", "电线老化");
    JsonNode mine = json.readTree(http.get("/api/hazards/filter-options", OTHER_VILLAGER).getBody());
    assertThat(mine.get("grids").findValuesAsText("code")).contains("village-dazhuang").doesNotContain("village-xiaogang");
    assertThat(mine.get("grids").findValuesAsText("name")).contains("大庄村");
    JsonNode office = json.readTree(http.get("/api/hazards/filter-options", SAFETY_OFFICE).getBody());
    assertThat(office.get("grids").findValuesAsText("code")).contains("village-xiaogang", "village-dazhuang");
    assertThat(option(office.get("categories"), "special-equipment")).isEqualTo("特种设备");
    assertThat(option(office.get("categories"), "other")).isEqualTo("其他");
    assertThat(option(office.get("statuses"), "ROUTED")).isEqualTo("已分办");
    assertThat(option(office.get("grades"), "major")).isEqualTo("重大隐患");
    assertThat(option(office.get("escalations"), "LEVEL_TWO")).isEqualTo("二级网格长督办");
    assertThat(option(office.get("areas"), "east")).isEqualTo("东片");
    assertThat(option(office.get("departments"), "fire-brigade")).isEqualTo("消防队");
    assertThat(http.get("/api/hazards/filter-options", null).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void theLedgerPagesAreStaticFilesAndTheirDataNeedsALogin() {
    for (String page : java.util.List.of("/ledger/hazards.html", "/ledger/hazard.html", "/ledger/inspections.html",
        "/ledger/inspection.html", "/ledger/ledger.js", "/ledger/ledger.css")) {
      var response = http.getBytes(page, null);
      assertThat(response.getStatusCode().value()).as(page).isEqualTo(200);
    }
    String html = new String(http.getBytes("/ledger/hazards.html", null).getBody(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("隐患台账", "排查台账", "返回任务列表", "/camunda/app/tasklist/");
    var anonymous = new WebappSession(port).get("/api/hazards", "X-XSRF-TOKEN", "Fetch");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("no login box over the page").isEmpty();
  }

  @Test
  void theLedgerFiltersPagesAndSorts() throws Exception {
    String number = report("village-xiaogang", "fire-lane", "消防通道堵塞").get("number").asText();
    JsonNode page = list("?department=fire-brigade&status=ROUTED&grade=general&overdue=false&size=5&sort=reportedAt,asc",
        SAFETY_OFFICE);
    assertThat(page.get("size").asInt()).isEqualTo(5);
    assertThat(numbers(list("?department=fire-brigade&size=200", SAFETY_OFFICE))).as("assisting department").contains(number);
    assertThat(http.get("/api/hazards?sort=password", SAFETY_OFFICE).getStatusCode().value()).isEqualTo(400);
    assertThat(http.get("/api/hazards?size=100000", SAFETY_OFFICE).getStatusCode().value()).isEqualTo(400);
    assertThat(http.get("/api/hazards?status=NOPE", SAFETY_OFFICE).getStatusCode().value()).isEqualTo(400);
    assertThat(page.get("content").isArray()).isTrue();
  }

  @Test
  void theLedgerExportsToExcelWithChineseHeaders() throws Exception {
    String number = report("village-xiaogang", "biogas", "沼气池无盖").get("number").asText();
    var response = http.getBytes("/api/hazards/export.xlsx?gridCode=village-xiaogang", SAFETY_OFFICE);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("filename*=UTF-8''");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      var sheet = workbook.getSheet("隐患台账");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("隐患编号");
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        found |= number.equals(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void photosMustBeImagesOfAtMostFiveMegabytes() throws Exception {
    String number = report("village-xiaogang", "fire-water", "消防栓无水").get("number").asText();
    var png = http.postFile("/api/hazards/" + number + "/photos?stage=REPORT", VILLAGER, "file", "现场.png", png());
    assertThat(png.getStatusCode().value()).isEqualTo(201);
    String url = json.readTree(png.getBody()).get("url").asText();
    var stored = http.getBytes(url, VILLAGER);
    assertThat(stored.getHeaders().getContentType().toString()).isEqualTo("image/png");

    var text = http.postFile("/api/hazards/" + number + "/photos", VILLAGER, "file", "fake.png", "not an image".getBytes());
    assertThat(text.getStatusCode().value()).isEqualTo(415);
    assertThat(text.getBody()).contains("只能上传 JPG、PNG 或 WebP");
    byte[] big = new byte[6 * 1024 * 1024];
    System.arraycopy(png(), 0, big, 0, png().length);
    var tooLarge = http.postFile("/api/hazards/" + number + "/photos", VILLAGER, "file", "big.png", big);
    assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
    assertThat(http.postFile("/api/hazards/" + number + "/photos", OTHER_VILLAGER, "file", "x.png", png())
        .getStatusCode().value()).isEqualTo(404);
    assertThat(detail(number, VILLAGER).get("photos")).hasSize(1);
    assertThat(detail(number, VILLAGER).get("trail").findValuesAsText("actionLabel")).contains("上传照片");
  }

  @Test
  void officersReachThePhotoPageFromTheFormAndUploadWithTheirTasklistLogin() throws Exception {
    JsonNode hazard = report("village-xiaogang", "fire-lane", "消防通道堆放杂物");
    String number = hazard.get("number").asText();
    String summary = (String) runtime.getVariable(hazard.get("processInstanceId").asText(), "hazardSummary");
    assertThat(summary).contains("[查看或上传照片](/hazard-photos.html?number=" + number + ")");
    var page = http.getBytes("/hazard-photos.html", null);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(page.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("上传照片", "拍摄环节");

    var browser = new WebappSession(port);
    assertThat(browser.login("dong.liyong", "demo")).isEqualTo(200);
    String photos = "/api/hazards/" + number + "/photos";
    var list = browser.get(photos, "X-XSRF-TOKEN", "Fetch");
    assertThat(list.statusCode()).isEqualTo(200);
    String token = list.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    assertThat(browser.postFile(photos + "?stage=REPORT", "file", "现场.png", "image/png", png(), null).statusCode())
        .as("an upload without the session's token").isEqualTo(403);
    var uploaded = browser.postFile(photos + "?stage=REPORT", "file", "现场.png", "image/png", png(), token);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(json.readTree(uploaded.body()).get("uploadedByName").asText()).isEqualTo("董例勇");

    // logged out, the page's requests get a plain 401 (no browser login box); HTTP Basic clients a challenge
    var anonymous = new WebappSession(port).get("/api/hazards/" + number, "X-XSRF-TOKEN", "Fetch");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(new WebappSession(port).get("/api/hazards/" + number).headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void completingATaskOneIsNotACandidateForIsForbidden() throws Exception {
    JsonNode hazard = report("village-xiaogang", "special-equipment", "电梯年检过期");
    String task = tasks.createTaskQuery().processInstanceId(hazard.get("processInstanceId").asText())
        .singleResult().getId();
    var response = http.post("/engine-rest/task/" + task + "/complete", OTHER_VILLAGER, Map.of("variables", Map.of()));
    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void upperGridLeadersReadTheirLowerGridsTasksAndOtherVillagesDoNot() throws Exception {
    JsonNode hazard = report("village-xiaogang", "special-equipment", "配电房门锁损坏");
    String task = tasks.createTaskQuery().processInstanceId(hazard.get("processInstanceId").asText())
        .singleResult().getId();
    // the level-2 leader of the east area, the village's own leader (a watcher), the other village
    assertThat(http.get("/engine-rest/task/" + task, Http.basic("wu.yangli", "demo")).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + task, Http.basic("gao.shihua", "demo")).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + task, OTHER_VILLAGER).getStatusCode().value()).isIn(403, 404);
    // the village leader may read it but not take it over from the department
    assertThat(http.post("/engine-rest/task/" + task + "/claim", Http.basic("gao.shihua", "demo"),
        Map.of("userId", "gao.shihua")).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void anIncompleteTaskFormIsRefusedWithA400AndTheTaskStaysOpen() throws Exception {
    JsonNode hazard = report("village-xiaogang", "special-equipment", "锅炉无检验标志");
    String task = tasks.createTaskQuery().processInstanceId(hazard.get("processInstanceId").asText())
        .singleResult().getId();
    String officer = Http.basic("huang.shimin", "demo");
    http.post("/engine-rest/task/" + task + "/claim", officer, Map.of("userId", "huang.shimin"));
    var response = http.post("/engine-rest/task/" + task + "/submit-form", officer, Map.of("variables",
        Map.of("acceptance", Map.of("value", "accept", "type", "String"))));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("请填写整改责任单位");
    var completed = http.post("/engine-rest/task/" + task + "/complete", officer, Map.of("variables",
        Map.of("acceptance", Map.of("value", "maybe", "type", "String"))));
    assertThat(completed.getStatusCode().value()).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  private JsonNode report(String grid, String category, String description) throws Exception {
    return report(VILLAGER, grid, category, description);
  }

  private JsonNode report(String reporter, String grid, String category, String description) throws Exception {
    var response = http.post("/api/hazards", reporter, Map.of("gridCode", grid, "hazardCategory", category,
        "grade", "general", "location", "小岗村", "description", description));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    JsonNode hazard = json.readTree(response.getBody());
    management.createJobQuery().processInstanceId(hazard.get("processInstanceId").asText()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    return hazard;
  }

  private JsonNode detail(String number, String authorization) throws Exception {
    return json.readTree(http.get("/api/hazards/" + number, authorization).getBody());
  }

  private JsonNode list(String query, String authorization) throws Exception {
    var response = http.get("/api/hazards" + query, authorization);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private static JsonNode step(JsonNode detail, String taskName) {
    for (JsonNode step : detail.get("currentSteps")) {
      if (step.get("taskName").asText().equals(taskName)) {
        return step;
      }
    }
    throw new AssertionError("no current step " + taskName + " in " + detail.get("currentSteps"));
  }

  private static String option(JsonNode options, String code) {
    for (JsonNode option : options) {
      if (option.get("code").asText().equals(code)) {
        return option.get("name").asText();
      }
    }
    throw new AssertionError("no option " + code + " in " + options);
  }

  private static java.util.List<String> numbers(JsonNode page) {
    return page.get("content").findValuesAsText("number");
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }
}
