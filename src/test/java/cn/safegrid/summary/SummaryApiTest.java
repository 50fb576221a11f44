package cn.safegrid.summary;

import static cn.safegrid.hazard.HazardDriver.vars;
import static cn.safegrid.summary.MonthlySummaryProcessTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summaries and statistics over REST and in Excel, as each role sees them, on the demo town's
 * March 2037 (opened once for the class): who reads what, the workbooks read back with POI, and a
 * hostile officer who can neither read nor file another grid's summary.
 */
@SafeGridTest
class SummaryApiTest {

  static final String MONTH = "2037-03";
  static final String OFFICE = Http.basic("wang.celi", "demo");
  static final String XIAOGANG_LEADER = Http.basic("gao.shihua", "demo");
  static final String DAZHUANG_LEADER = Http.basic("xiao.yangli", "demo");
  static final String EDUCATION_HEAD = Http.basic("lin.cehua", "demo");
  static final String EAST_DEPUTY = Http.basic("peng.shitao", "demo");
  static final String TOWN_LEADER = Http.basic("zhang.shili", "demo");

  @LocalServerPort int port;
  @Autowired SummaryScheduler scheduler;
  @Autowired MonthlySummaryRepository summaries;
  @Autowired HazardStatisticsRepository statistics;
  @Autowired HazardDriver driver;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;

  Http http;

  @BeforeEach
  void theMonthIsOpenCountedAndXiaogangFiled() {
    http = new Http(port);
    if (!summaries.findByPeriodStart(LocalDate.of(2037, 3, 1)).isEmpty()) {
      return;
    }
    try {
      // a hazard in 小岗村 on 10 March 2037, and a major one the day after
      driver.clockAt(at(2037, 3, 10, 9));
      driver.report("dong.liyong", "village-xiaogang", "fire", "general", "村西", "消防水池干涸");
      driver.report("dong.liyong", "village-xiaogang", "fire", "major", "粮库", "粮库电线老化");
      driver.clockAt(at(2037, 3, 12, 15));
      driver.report("chen.yangang", "village-dazhuang", "electrical", "general", "村委会东侧", "私拉乱接电线");
      driver.report("chen.yangang", "village-dazhuang", "biogas", "general", "集中沼气池", "沼气池盖板破损");
      driver.report("gao.shili", "school-bieshan-central", "school", "general", "教学楼", "安全出口指示灯损坏");
      driver.report("zhou.yanping", "enterprise-shili-auto-repair", "auto-repair", "general", "喷漆房", "排风机损坏");
      Instant first = at(2037, 4, 1, 6);
      driver.clockAt(first);
      scheduler.openMonth(ReportPeriod.month(YearMonth.of(2037, 3)), first);
      for (MonthlySummary s : summaries.findByPeriodStart(LocalDate.of(2037, 3, 1))) {
        driver.runJobs(instance(s.getProcessInstanceId()));
      }
      scheduler.openStatistics(ReportPeriod.quarter(2037, 1), first).forEach(t -> driver.runJobs(instance(t.getProcessInstanceId())));
      driver.clockAt(at(2037, 4, 3, 9));
      driver.complete("gao.shihua", instance(xiaogang().getProcessInstanceId()), SummaryProcess.FILE,
          vars("filingChoice", "file", "monthWork", "=HYPERLINK(\"http://x\",\"点我\") 召开例会 1 次", "nextPlan", "防火检查"));
    } finally {
      driver.resetClock();
    }
  }

  @Test
  void aVillageLeaderReadsHisVillagesSummaryAndNoOtherOne() throws Exception {
    JsonNode page = get("/api/summaries?month=" + MONTH, XIAOGANG_LEADER);
    assertThat(codes(page)).containsExactly("village-xiaogang");
    JsonNode row = page.get("content").get(0);
    assertThat(row.get("statusLabel").asText()).isEqualTo("已按时报送");
    assertThat(row.get("areaName").asText()).isEqualTo("东片");
    assertThat(row.at("/figures/hazardsFound").asInt()).isEqualTo(2);
    assertThat(row.at("/figures/majorFound").asInt()).isEqualTo(1);
    JsonNode detail = get("/api/summaries/" + xiaogang().getId(), XIAOGANG_LEADER);
    assertThat(detail.get("monthWork").asText()).startsWith("=HYPERLINK");
    assertThat(detail.get("categories").get(0).get("categoryName").asText()).isEqualTo("消防安全");

    long dazhuang = summary("village-dazhuang").getId();
    assertThat(http.get("/api/summaries/" + dazhuang, XIAOGANG_LEADER).getStatusCode().value()).isEqualTo(404);
    assertThat(http.getBytes("/api/summaries/" + dazhuang + "/export.xlsx", XIAOGANG_LEADER).getStatusCode().value())
        .isEqualTo(404);
    var town = http.get("/api/summaries/town?month=" + MONTH, XIAOGANG_LEADER);
    assertThat(town.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(town.getBody()).get("message").asText()).isEqualTo(SummaryAccess.TOWN_READERS_ONLY);
    assertThat(http.getBytes("/api/summaries/town/export.xlsx?month=" + MONTH, XIAOGANG_LEADER).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aDeputyAreaLeaderReadsHisAreasVillagesAndADepartmentHeadHisDepartmentAndItsSchools() throws Exception {
    assertThat(codes(get("/api/summaries?month=" + MONTH + "&kind=VILLAGE", EAST_DEPUTY)))
        .containsExactlyInAnyOrder("village-xiaogang", "village-donghe", "village-shiqiao");
    List<String> education = codes(get("/api/summaries?month=" + MONTH, EDUCATION_HEAD));
    assertThat(education).contains("education", "school-bieshan-central", "school-bieshan-kindergarten")
        .doesNotContain("village-xiaogang", "hospital-bieshan", "fire-brigade");
    assertThat(education).hasSize(11);
  }

  @Test
  void townLeadersAndTheOfficeReadEveryRowAndTheTownSummary() throws Exception {
    int rows = summaries.findByPeriodStart(LocalDate.of(2037, 3, 1)).size();
    assertThat(get("/api/summaries?month=" + MONTH + "&size=200", TOWN_LEADER).get("totalElements").asInt()).isEqualTo(rows);
    assertThat(get("/api/summaries?month=" + MONTH + "&status=FILED", OFFICE).get("totalElements").asInt()).isEqualTo(1);
    JsonNode town = get("/api/summaries/town?month=" + MONTH, OFFICE);
    assertThat(town.get("townName").asText()).isEqualTo("别山镇");
    assertThat(town.get("summaries").asInt()).isEqualTo(rows);
    assertThat(town.get("filed").asInt()).isEqualTo(1);
    assertThat(town.get("notFiled")).hasSize(rows - 1);
    assertThat(town.at("/figures/hazardsFound").asInt()).isGreaterThanOrEqualTo(2);
    List<String> areas = new ArrayList<>();
    town.get("byArea").forEach(line -> areas.add(line.get("name").asText() + " " + line.get("rows").asInt() + "/"
        + line.get("filed").asInt()));
    assertThat(areas).as("in the registry's order").containsExactly("东片 3/1", "北片 3/0", "南片 3/0", "西片 3/0");
    JsonNode east = town.get("byArea").get(0);
    assertThat(east.at("/figures/hazardsFound").asInt()).isEqualTo(summary("village-xiaogang").getFigures().getHazardsFound()
        + summary("village-donghe").getFigures().getHazardsFound() + summary("village-shiqiao").getFigures().getHazardsFound());
    List<String> kinds = new ArrayList<>();
    town.get("byKind").forEach(line -> kinds.add(line.get("name").asText() + " " + line.get("rows").asInt()));
    assertThat(kinds).containsExactly("村 12", "企业 4", "学校 10", "医院 2", "事业单位 1", "部门 35");
    assertThat(town.get("byDepartment")).hasSize(35);
  }

  @Test
  void theGridWorkbookIsTheOfficialTableWithMergedHeadersTotalsAndSignatures() throws Exception {
    var response = http.getBytes("/api/summaries/" + xiaogang().getId() + "/export.xlsx", XIAOGANG_LEADER);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    ReportSamples.keep("monthly-summary-formula-safe.xlsx", response.getBody());
    assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("monthly-summary-village-xiaogang-2037-03.xlsx")
        .contains("filename*=UTF-8''%E6%9C%88%E5%BA%A6%E6%B1%87%E6%80%BB%E8%A1%A8");
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheet("月度汇总表");
      assertThat(text(sheet, 0, 0)).isEqualTo("安全生产网格化管理情况月度汇总表");
      assertThat(merged(sheet)).contains("A1:X1", "D4:H4", "I4:R4", "S4:U4", "A4:A5", "B4:B5", "X4:X5");
      assertThat(text(sheet, 1, 0)).isEqualTo("填报单位：小岗村（村，东片）");
      assertThat(text(sheet, 1, 12)).isEqualTo("期间：2037年3月（2037年3月1日至3月31日）");
      assertThat(text(sheet, 3, 3)).isEqualTo("隐患排查");
      assertThat(text(sheet, 4, 3)).isEqualTo("应排查（次）");
      assertThat(text(sheet, 4, 8)).isEqualTo("发现隐患");
      assertThat(text(sheet, 5, 1)).isEqualTo("小岗村");
      assertThat(sheet.getRow(5).getCell(8).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(5).getCell(10).getNumericCellValue()).isEqualTo(1);
      assertThat(text(sheet, 6, 0)).isEqualTo("合计");
      assertThat(sheet.getRow(6).getCell(8).getNumericCellValue()).isEqualTo(2);
      Row categoryTotal = find(sheet, "合计", 0);
      assertThat(categoryTotal.getCell(3).getNumericCellValue()).isEqualTo(1);
      assertThat(categoryTotal.getCell(4).getNumericCellValue()).isEqualTo(1);
      assertThat(categoryTotal.getCell(5).getNumericCellValue()).isEqualTo(2);
      Row work = sheet.getRow(find(sheet, "本月网格工作情况", 0).getRowNum() + 1);
      Cell workCell = work.getCell(0);
      assertThat(workCell.getStringCellValue()).as("formula-safe").startsWith("'=HYPERLINK");
      assertThat(workCell.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(workCell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(find(sheet, "填报人：高示华", 0)).isNotNull();
      assertThat(text(sheet, find(sheet, "填报人：高示华", 0).getRowNum(), 16)).startsWith("日期：2037年4月3日");
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:5");
    }
  }

  @Test
  void theTownWorkbookHasTheTownSheetASheetPerAreaTheUnitsAndTheDepartments() throws Exception {
    var response = http.getBytes("/api/summaries/town/export.xlsx?month=" + MONTH, OFFICE);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    ReportSamples.keep("monthly-summary-town.xlsx", response.getBody());
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("全镇汇总", "东片", "北片", "南片", "西片", "企事业单位", "部门");
      Sheet east = workbook.getSheet("东片");
      assertThat(text(east, 0, 0)).isEqualTo("安全生产网格化管理情况月度汇总表");
      assertThat(merged(east)).contains("A1:X1", "D4:H4");
      List<String> villages = List.of(text(east, 5, 1), text(east, 6, 1), text(east, 7, 1));
      assertThat(villages).containsExactlyInAnyOrder("小岗村", "东河村", "石桥村");
      assertThat(text(east, 8, 0)).isEqualTo("合计");
      for (int column = 3; column < 23; column++) {
        double sum = 0;
        for (int r = 5; r <= 7; r++) {
          sum += east.getRow(r).getCell(column).getNumericCellValue();
        }
        assertThat(east.getRow(8).getCell(column).getNumericCellValue()).as("column %d", column).isEqualTo(sum);
      }
      assertThat(text(east, 8, 23)).isEqualTo("已报 1/3");
      Sheet town = workbook.getSheet("全镇汇总");
      assertThat(text(town, 5, 1)).isEqualTo("东片（村）");
      assertThat(find(town, "合计", 0)).isNotNull();
      assertThat(workbook.getSheet("部门").getRow(5 + 35).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(workbook.getSheet("企事业单位").getPrintSetup().getLandscape()).isTrue();
    }
  }

  @Test
  void statisticsAreReadByTheUnitsSupervisorsAndTheTownsByTownReadersOnly() throws Exception {
    JsonNode education = get("/api/statistics?period=2037-Q1", EDUCATION_HEAD);
    assertThat(codes(education)).hasSize(10).allSatisfy(code -> assertThat(code).startsWith("school-"));
    assertThat(get("/api/statistics?period=2037-Q1", XIAOGANG_LEADER).get("totalElements").asInt())
        .as("a village keeps no statistics").isZero();
    JsonNode all = get("/api/statistics?period=2037-Q1&size=200", OFFICE);
    assertThat(codes(all)).contains("bieshan", "school-bieshan-central", "enterprise-shili-auto-repair").hasSize(18);
    assertThat(all.get("content").get(0).get("subjectKind").asText()).as("the town first").isEqualTo("TOWN");
    long townId = statistics.findByPeriodKindAndPeriodStart(PeriodKind.QUARTER, LocalDate.of(2037, 1, 1)).stream()
        .filter(t -> t.getSubjectKind() == StatisticsSubject.Kind.TOWN).findFirst().orElseThrow().getId();
    assertThat(http.get("/api/statistics/" + townId, EDUCATION_HEAD).getStatusCode().value()).isEqualTo(404);
    JsonNode town = get("/api/statistics/" + townId, TOWN_LEADER);
    assertThat(town.at("/statistics/figures/majorFound").asInt()).isGreaterThanOrEqualTo(1);

    long central = 0;
    for (JsonNode row : education.get("content")) {
      if (row.get("subjectCode").asText().equals("school-bieshan-central")) {
        central = row.get("id").asLong();
        assertThat(row.at("/figures/generalFound").asInt()).as("the school's hazard of 12 March").isEqualTo(1);
      }
    }
    var unit = http.getBytes("/api/statistics/" + central + "/export.xlsx", EDUCATION_HEAD);
    assertThat(unit.getStatusCode().value()).isEqualTo(200);
    ReportSamples.keep("hazard-statistics-school.xlsx", unit.getBody());
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(unit.getBody()))) {
      Sheet sheet = workbook.getSheet("统计分析表");
      assertThat(text(sheet, 0, 0)).isEqualTo("事故隐患排查治理情况统计分析表");
      assertThat(merged(sheet)).contains("C4:E4", "F4:I4", "J4:O4");
      assertThat(text(sheet, 3, 2)).isEqualTo("一般事故隐患（项）");
      assertThat(text(sheet, 6, 0)).isEqualTo("合计");
      assertThat(find(sheet, "主要负责人（签字）：＿＿＿＿＿＿", 0)).isNotNull();
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }
    var townBook = http.getBytes("/api/statistics/town/export.xlsx?period=2037-Q1", OFFICE);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(townBook.getBody()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("全镇");
      Sheet units = workbook.getSheet("各单位");
      assertThat(text(units, 5 + 17, 0)).as("17 units, then the totals").isEqualTo("合计");
      assertThat(text(units, 5 + 17, 19)).isEqualTo("已签署 0/17");
    }
    assertThat(http.getBytes("/api/statistics/town/export.xlsx?period=2037-Q1", EDUCATION_HEAD).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aHostileOfficerCanNeitherReadNorFileAnotherGridsSummaryAndNothingChanges() throws Exception {
    MonthlySummary target = summary("village-dazhuang");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(target.getProcessInstanceId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(SummaryProcess.FILE);
    // 小岗村's leader reads 大庄村's summary, downloads it, claims and files its task over the engine API
    assertThat(http.get("/api/summaries/" + target.getId(), XIAOGANG_LEADER).getStatusCode().value()).isEqualTo(404);
    var claim = http.post("/engine-rest/task/" + task.getId() + "/claim", XIAOGANG_LEADER, Map.of("userId", "gao.shihua"));
    assertThat(claim.getStatusCode().value()).as(claim.getBody()).isIn(403, 404);
    Map<String, Object> filing = Map.of("filingChoice", Map.of("value", "file"), "monthWork", Map.of("value", "冒名填报"),
        "nextPlan", Map.of("value", "无"));
    var submit = http.post("/engine-rest/task/" + task.getId() + "/submit-form", XIAOGANG_LEADER, Map.of("variables", filing));
    assertThat(submit.getStatusCode().value()).as(submit.getBody()).isEqualTo(403);
    // nor may he name himself to file it, start a summary of his own making, or open months
    assertThat(http.post("/engine-rest/process-definition/key/monthly-summary/start", XIAOGANG_LEADER,
        Map.of("variables", Map.of("summaryId", Map.of("value", target.getId(), "type", "Long"))))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.post("/api/summaries/schedule", XIAOGANG_LEADER, null).getStatusCode().value()).isEqualTo(403);
    assertThat(http.post("/api/summaries/open?month=2037-02", XIAOGANG_LEADER, null).getStatusCode().value()).isEqualTo(403);

    MonthlySummary after = summaries.findById(target.getId()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(SummaryStatus.OPEN);
    assertThat(after.getFiledAt()).isNull();
    assertThat(after.getMonthWork()).isNull();
    Task still = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(still.getAssignee()).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SummaryProcess.KEY)
        .processInstanceBusinessKey("village-dazhuang/2037-03").count()).isEqualTo(1);
    // its own leader can
    assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", DAZHUANG_LEADER, Map.of("userId", "xiao.yangli"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(http.post("/engine-rest/task/" + task.getId() + "/unclaim", DAZHUANG_LEADER, null).getStatusCode().value())
        .isEqualTo(204);
  }

  @Test
  void aLeaderFilesOnlyWhatHisFormAsksAndNamesOnlyHisOwnDeputies() throws Exception {
    MonthlySummary target = summary("village-dazhuang");
    MonthlySummary other = xiaogang();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(target.getProcessInstanceId()).singleResult();
    assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", DAZHUANG_LEADER, Map.of("userId", "xiao.yangli"))
        .getStatusCode().value()).isEqualTo(204);
    try {
      Map<String, Object> answer = new java.util.LinkedHashMap<>(Map.of("filingChoice", Map.of("value", "file"),
          "monthWork", Map.of("value", "巡查 4 次"), "nextPlan", Map.of("value", "汛前检查")));
      // variables the form does not ask for: another summary's id, the figures the step counted
      for (var extra : Map.of("summaryId", Map.of("value", other.getId(), "type", "Long"),
          "hazardsFound", Map.of("value", 0, "type", "Integer")).entrySet()) {
        Map<String, Object> forged = new java.util.LinkedHashMap<>(answer);
        forged.put(extra.getKey(), extra.getValue());
        var submit = http.post("/engine-rest/task/" + task.getId() + "/submit-form", DAZHUANG_LEADER,
            Map.of("variables", forged));
        assertThat(submit.getStatusCode().value()).as(extra.getKey() + ": " + submit.getBody()).isEqualTo(403);
      }
      // a deputy of another village (小岗村's leader) named to file in his stead
      var foreign = http.post("/engine-rest/task/" + task.getId() + "/submit-form", DAZHUANG_LEADER,
          Map.of("variables", Map.of("filingChoice", Map.of("value", "delegate"), "deputy", Map.of("value", "gao.shihua"))));
      assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(400);
      assertThat(json.readTree(foreign.getBody()).get("message").asText()).contains("不能代为填报");

      MonthlySummary after = summaries.findById(target.getId()).orElseThrow();
      assertThat(after.getStatus()).isEqualTo(SummaryStatus.OPEN);
      assertThat(after.getFiledAt()).isNull();
      assertThat(after.getMonthWork()).isNull();
      assertThat(after.getDelegatedToName()).isNull();
      assertThat(after.getFigures().getHazardsFound()).isEqualTo(target.getFigures().getHazardsFound());
      MonthlySummary otherAfter = summaries.findById(other.getId()).orElseThrow();
      assertThat(otherAfter.getStatus()).isEqualTo(other.getStatus());
      assertThat(otherAfter.getMonthWork()).isEqualTo(other.getMonthWork());
      assertThat(otherAfter.getFiledByName()).isEqualTo(other.getFiledByName());
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    } finally {
      http.post("/engine-rest/task/" + task.getId() + "/unclaim", DAZHUANG_LEADER, null);
    }
  }

  @Test
  void badRequestsAreRefusedInChinese() throws Exception {
    for (String path : List.of("/api/summaries?month=2037-13", "/api/summaries?month=March", "/api/summaries?kind=FARM",
        "/api/summaries?status=LOST", "/api/summaries/abc", "/api/statistics?period=2037-Q5",
        "/api/summaries/town?townCode=nowhere", "/api/summaries?size=0")) {
      var response = http.get(path, OFFICE);
      assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("message").asText()).as(path).containsPattern("\\p{IsHan}");
    }
    assertThat(http.post("/api/summaries/open?month=2099-01", OFFICE, null).getStatusCode().value()).isEqualTo(400);
    assertThat(http.get("/api/summaries/999999999", OFFICE).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get("/api/summaries", null).getStatusCode().value()).isEqualTo(401);
  }

  // --- helpers


  private MonthlySummary xiaogang() {
    return summary("village-xiaogang");
  }

  private MonthlySummary summary(String code) {
    return summaries.findBySubjectKindAndSubjectCodeAndPeriodStart(SubjectKind.GRID, code, LocalDate.of(2037, 3, 1))
        .orElseThrow();
  }

  private ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private JsonNode get(String path, String user) throws Exception {
    var response = http.get(path, user);
    assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("content").forEach(row -> codes.add(row.get("subjectCode").asText()));
    return codes;
  }

  static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    Cell cell = r == null ? null : r.getCell(column);
    return cell == null ? null : cell.getStringCellValue();
  }

  static List<String> merged(Sheet sheet) {
    return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
  }

  /** The last row whose cell in {@code column} reads {@code text}. */
  static Row find(Sheet sheet, String text, int column) {
    Row found = null;
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && text.equals(cell.getStringCellValue())) {
        found = row;
      }
    }
    return found;
  }
}
