package cn.safegrid.summary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's figures over REST, against the hand-computed ledger of {@link DashboardFixture}
 * (March 2039, Beijing time): totals, every table, the weekly and monthly trend with their edges, who
 * sees what, that every number's link lists exactly that many records to the same officer, bad
 * input, and the Excel downloads.
 */
@SafeGridTest
class DashboardApiTest {

  static final String OFFICE = Http.basic("wang.celi", "demo");          // 领导小组办公室: everything
  static final String XIAOGANG = Http.basic("dong.liyong", "demo");      // 小岗村 member (and H4's reporter)
  static final String DAZHUANG = Http.basic("chen.yangang", "demo");     // 大庄村 member
  static final String EDUCATION = Http.basic("lin.cehua", "demo");       // 镇教委主任: the schools
  static final String EAST_DEPUTY = Http.basic("peng.shitao", "demo");   // 东片副片长 (农办主任)
  static final String SONGSHU = Http.basic("yang.liyong", "demo");       // 松树村's leader: another village

  static final String MARCH = "period=2039-03";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired DashboardFixture fixture;
  @Autowired HazardDriver driver;
  Http http;

  @BeforeEach
  void ledger() {
    http = new Http(port);
    fixture.load();
    driver.clockAt(DashboardFixture.NOW);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void theMonthsTotalsAreTheHandCountedOnesInBeijingTime() throws Exception {
    JsonNode overview = get("/api/dashboard/overview?" + MARCH, OFFICE);
    assertThat(overview.at("/period/kind").asText()).isEqualTo("MONTH");
    assertThat(overview.at("/period/label").asText()).isEqualTo("2039年3月");
    assertThat(overview.at("/period/from").asText()).isEqualTo("2039-03-01");
    assertThat(overview.at("/period/to").asText()).isEqualTo("2039-03-31");
    assertThat(overview.at("/period/previous").asText()).isEqualTo("2039-02");
    assertThat(overview.at("/period/next").asText()).isEqualTo("2039-04");
    // H1 (03-01 00:30, the UTC day of H2), H3, H4 (03-31 23:59), H6; not H2 (02-28 23:30) nor H5 (04-01 00:00)
    assertHazards(overview.at("/hazards/counts"), 4, 2, 2, 1, 2, 1, 2);
    assertThat(overview.at("/hazards/onTimeRate").asDouble()).isEqualTo(0.3333);
    // R1, R2 (due on the 6th), R4 (the 30th), R6 (the 27th); not R7 (due 2-28 00:00: February) nor R3, R5 (April)
    assertRounds(overview.at("/inspections/counts"), 4, 1, 1, 2, 0);
    assertThat(overview.at("/inspections/rate").asDouble()).isEqualTo(0.25);
    assertThat(overview.at("/hazards/links/overdue").asText())
        .isEqualTo("/ledger/hazards.html?reportedFrom=2039-03-01&reportedTo=2039-03-31&overdue=true");
    assertThat(overview.at("/inspections/links/missed").asText())
        .isEqualTo("/ledger/inspections.html?dueFrom=2039-03-01&dueTo=2039-03-31&outcome=MISSED");

    // February holds H2 and R7 only: the other side of both edges
    JsonNode february = get("/api/dashboard/overview?period=2039-02", OFFICE);
    assertHazards(february.at("/hazards/counts"), 1, 0, 1, 1, 1, 0, 1);
    assertRounds(february.at("/inspections/counts"), 1, 1, 0, 0, 0);
    // the quarter adds them up; April holds H5 and the rounds not yet due
    assertHazards(get("/api/dashboard/overview?period=2039-Q1", OFFICE).at("/hazards/counts"), 5, 2, 3, 2, 3, 1, 3);
    JsonNode april = get("/api/dashboard/overview?period=2039-04", OFFICE);
    assertHazards(april.at("/hazards/counts"), 1, 0, 1, 0, 0, 0, 0);
    assertThat(april.at("/hazards/onTimeRate").isNull()).as("nothing decided yet").isTrue();
    assertRounds(april.at("/inspections/counts"), 2, 0, 0, 0, 2);
    // a custom range of days: 2039-02-28 to 2039-03-01 holds H2 and H1, both edges of the month
    JsonNode twoDays = get("/api/dashboard/overview?from=2039-02-28&to=2039-03-01", OFFICE);
    assertThat(twoDays.at("/period/label").asText()).isEqualTo("2039年2月28日至2039年3月1日");
    assertThat(twoDays.at("/hazards/counts/reported").asInt()).isEqualTo(2);
  }

  @Test
  void everyTableBreaksTheMonthDownAndAddsUpToItsTotal() throws Exception {
    JsonNode areas = get("/api/dashboard/hazards?by=AREA&" + MARCH, OFFICE);
    assertThat(codes(areas)).containsExactly("east", "west", "-");
    assertThat(names(areas)).containsExactly("东片", "西片", "不属于片（镇直单位等）");
    assertHazards(row(areas, "east").get("counts"), 2, 1, 1, 1, 1, 1, 1);
    assertThat(row(areas, "east").get("onTimeRate").asDouble()).isEqualTo(0.5);
    assertHazards(row(areas, "west").get("counts"), 1, 1, 0, 0, 1, 0, 1);
    assertThat(row(areas, "west").get("onTimeRate").asDouble()).isZero();
    assertHazards(row(areas, "-").get("counts"), 1, 0, 1, 0, 0, 0, 0);
    assertThat(row(areas, "-").get("onTimeRate").isNull()).isTrue();
    assertHazards(areas.at("/total/counts"), 4, 2, 2, 1, 2, 1, 2);
    assertThat(row(areas, "-").at("/links/reported").asText()).contains("areaCode=-");

    JsonNode grids = get("/api/dashboard/hazards?by=GRID&" + MARCH, OFFICE);
    assertThat(codes(grids)).as("worst first: overdue, then not on time").containsExactly("village-xiaogang",
        "village-dazhuang", "school-xiaogang-primary");
    assertThat(row(grids, "village-xiaogang").get("name").asText()).isEqualTo("小岗村");
    assertThat(row(grids, "village-xiaogang").get("note").asText()).isEqualTo("东片");
    assertThat(row(grids, "school-xiaogang-primary").get("note").asText()).isEqualTo("学校");

    JsonNode departments = get("/api/dashboard/hazards?by=DEPARTMENT&" + MARCH, OFFICE);
    assertThat(names(departments)).containsExactlyInAnyOrder("所在网格（村、单位）", "消防队", "镇教委");
    assertHazards(row(departments, "village-grid").get("counts"), 2, 1, 1, 1, 2, 0, 2);
    assertThat(row(departments, "village-grid").at("/links/reported").asText()).contains("leadDepartment=village-grid");

    JsonNode categories = get("/api/dashboard/hazards?by=CATEGORY&" + MARCH, OFFICE);
    assertThat(names(categories)).containsExactlyInAnyOrder("消防安全", "消防通道", "学校、幼儿园、托儿所、校外培训机构", "用电安全");
    assertThat(get("/api/dashboard/hazards?by=category&limit=2&" + MARCH, OFFICE).get("rows")).hasSize(2);
    assertThat(get("/api/dashboard/hazards?by=category&limit=2&" + MARCH, OFFICE).get("totalRows").asInt()).isEqualTo(4);

    JsonNode rounds = get("/api/dashboard/inspections?by=GRID&" + MARCH, OFFICE);
    assertThat(codes(rounds)).containsExactly("village-dazhuang", "school-xiaogang-primary", "village-xiaogang");
    assertRounds(row(rounds, "village-dazhuang").get("counts"), 2, 0, 0, 2, 0);
    assertRounds(row(rounds, "village-xiaogang").get("counts"), 1, 1, 0, 0, 0);
    assertThat(row(rounds, "village-xiaogang").get("rate").asDouble()).isEqualTo(1.0);
    assertRounds(rounds.at("/total/counts"), 4, 1, 1, 2, 0);
    JsonNode checklists = get("/api/dashboard/inspections?by=CHECKLIST&" + MARCH, OFFICE);
    assertRounds(row(checklists, "village").get("counts"), 3, 1, 0, 2, 0);
    assertThat(row(checklists, "unit").get("name").asText()).isEqualTo("企事业单位日常隐患排查表");
    assertThat(row(checklists, "unit").at("/links/late").asText()).contains("checklist=unit").contains("outcome=LATE");
    assertThat(codes(get("/api/dashboard/inspections?by=AREA&" + MARCH, OFFICE))).containsExactly("east", "west", "-");

    // an area narrows everything to it
    JsonNode east = get("/api/dashboard/overview?area=east&" + MARCH, OFFICE);
    assertThat(east.get("areaName").asText()).isEqualTo("东片");
    assertHazards(east.at("/hazards/counts"), 2, 1, 1, 1, 1, 1, 1);
    assertRounds(east.at("/inspections/counts"), 1, 1, 0, 0, 0);
    assertThat(east.at("/hazards/links/open").asText()).contains("areaCode=east").contains("open=true");
  }

  @Test
  void theTrendCutsWeeksAndMonthsAtTheEdgesOfThePeriodInBeijingTime() throws Exception {
    JsonNode weeks = get("/api/dashboard/trend?unit=WEEK&" + MARCH, OFFICE);
    JsonNode points = weeks.get("points");
    assertThat(codes(points)).containsExactly("2039-W09", "2039-W10", "2039-W11", "2039-W12", "2039-W13");
    assertThat(points.get(0).get("from").asText()).as("week 9 starts on Monday 2-28, cut to March").isEqualTo("2039-03-01");
    assertThat(points.get(0).get("to").asText()).isEqualTo("2039-03-06");
    assertThat(points.get(4).get("to").asText()).isEqualTo("2039-03-31");
    assertThat(points.get(0).get("label").asText()).isEqualTo("第9周（3.1—3.6）");
    assertThat(reported(points)).as("H1; H6; H3; none; H4 — not H2 of 2-28").containsExactly(1, 1, 1, 0, 1);
    assertThat(rounds(points)).as("R1 and R2 due on 3-6; R6 on 3-27; R4 on 3-30").containsExactly(2, 0, 0, 1, 1);
    assertThat(points.get(0).at("/links/reported").asText())
        .isEqualTo("/ledger/hazards.html?reportedFrom=2039-03-01&reportedTo=2039-03-06");

    JsonNode months = get("/api/dashboard/trend?unit=month&period=2039-Q1", OFFICE).get("points");
    assertThat(codes(months)).containsExactly("2039-01", "2039-02", "2039-03");
    assertThat(reported(months)).containsExactly(0, 1, 4);
    assertThat(rounds(months)).containsExactly(0, 1, 4);
    assertThat(months.get(2).get("onTimeRate").asDouble()).isEqualTo(0.3333);
    // a custom range cuts its first and last month
    JsonNode cut = get("/api/dashboard/trend?unit=MONTH&from=2039-02-28&to=2039-03-10", OFFICE).get("points");
    assertThat(cut.get(0).get("label").asText()).isEqualTo("2039年2月（28日—28日）");
    assertThat(reported(cut)).containsExactly(1, 2);
  }

  @Test
  void eachOfficerCountsOnlyWhatHisLedgerShowsHim() throws Exception {
    // 小岗村's member: H1 and H6 in his grid, H4 which he reported (the ledger's rule, not a second one)
    assertThat(get("/api/dashboard/overview?" + MARCH, XIAOGANG).at("/hazards/counts/reported").asInt()).isEqualTo(3);
    assertThat(codes(get("/api/dashboard/hazards?by=GRID&" + MARCH, XIAOGANG)))
        .containsExactlyInAnyOrder("village-xiaogang", "school-xiaogang-primary");
    assertRounds(get("/api/dashboard/overview?" + MARCH, XIAOGANG).at("/inspections/counts"), 1, 1, 0, 0, 0);
    // 大庄村's member: H3 only, and his village's two missed rounds
    JsonNode dazhuang = get("/api/dashboard/overview?" + MARCH, DAZHUANG);
    assertHazards(dazhuang.at("/hazards/counts"), 1, 1, 0, 0, 1, 0, 1);
    assertRounds(dazhuang.at("/inspections/counts"), 2, 0, 0, 2, 0);
    assertThat(codes(get("/api/dashboard/hazards?by=AREA&" + MARCH, DAZHUANG))).containsExactly("west");
    // the education office: the school's hazard and its round
    JsonNode schools = get("/api/dashboard/overview?" + MARCH, EDUCATION);
    assertHazards(schools.at("/hazards/counts"), 1, 0, 1, 0, 0, 0, 0);
    assertRounds(schools.at("/inspections/counts"), 1, 0, 1, 0, 0);
    // 东片's deputy leader: 东片's villages
    assertThat(get("/api/dashboard/overview?" + MARCH, EAST_DEPUTY).at("/hazards/counts/reported").asInt()).isEqualTo(2);
  }

  @Test
  void aHostileOfficerLearnsNothingOfOtherGrids() throws Exception {
    for (String path : List.of("/api/dashboard/overview?" + MARCH, "/api/dashboard/overview?area=east&" + MARCH,
        "/api/dashboard/overview?area=no-such-area&" + MARCH)) {
      JsonNode overview = get(path, SONGSHU);
      assertHazards(overview.at("/hazards/counts"), 0, 0, 0, 0, 0, 0, 0);
      assertRounds(overview.at("/inspections/counts"), 0, 0, 0, 0, 0);
    }
    for (String by : List.of("AREA", "GRID", "DEPARTMENT", "CATEGORY")) {
      JsonNode table = get("/api/dashboard/hazards?by=" + by + "&" + MARCH, SONGSHU);
      assertThat(table.get("rows")).as("no row names another grid, area, department or category").isEmpty();
      assertThat(table.get("totalRows").asInt()).isZero();
    }
    for (String by : List.of("GRID", "AREA", "CHECKLIST")) {
      assertThat(get("/api/dashboard/inspections?by=" + by + "&" + MARCH, SONGSHU).get("rows")).isEmpty();
    }
    JsonNode trend = get("/api/dashboard/trend?" + MARCH, SONGSHU);
    assertThat(reported(trend.get("points"))).containsOnly(0);
    assertThat(rounds(trend.get("points"))).containsOnly(0);
    // 大庄村's member asking for 东片 gets nothing of it either: an area narrows, it never widens
    assertHazards(get("/api/dashboard/overview?area=east&" + MARCH, DAZHUANG).at("/hazards/counts"), 0, 0, 0, 0, 0, 0, 0);
    // an unknown and a known area look alike; without a login, nothing at all
    assertThat(http.get("/api/dashboard/overview?" + MARCH, null).getStatusCode().value()).isEqualTo(401);
    assertThat(http.getBytes("/api/dashboard/hazards.xlsx?" + MARCH, null).getStatusCode().value()).isEqualTo(401);
    // (a wrong password locks the login for a few seconds: one nobody else here uses)
    assertThat(http.get("/api/dashboard/overview?" + MARCH, Http.basic("xu.lifeng", "wrong")).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void everyNumbersLinkListsThatManyRecordsToTheSameOfficer() throws Exception {
    for (String user : List.of(OFFICE, XIAOGANG, DAZHUANG, EDUCATION, EAST_DEPUTY, SONGSHU)) {
      List<JsonNode> answers = new ArrayList<>();
      answers.add(get("/api/dashboard/overview?" + MARCH, user));
      answers.add(get("/api/dashboard/overview?area=east&period=2039-Q1", user));
      for (String by : List.of("AREA", "GRID", "DEPARTMENT", "CATEGORY")) {
        answers.add(get("/api/dashboard/hazards?by=" + by + "&" + MARCH, user));
      }
      for (String by : List.of("GRID", "AREA", "CHECKLIST")) {
        answers.add(get("/api/dashboard/inspections?by=" + by + "&" + MARCH, user));
      }
      answers.add(get("/api/dashboard/trend?unit=WEEK&" + MARCH, user));
      int checked = 0;
      for (JsonNode answer : answers) {
        checked += checkLinks(answer, user);
      }
      assertThat(checked).isGreaterThan(20);
    }
  }

  /** Every links object in the answer: the ledger API with the link's filters counts the sibling number. */
  private int checkLinks(JsonNode node, String user) throws Exception {
    int checked = 0;
    if (node.isObject()) {
      JsonNode links = node.get("links");
      if (links != null && links.isObject()) {
        JsonNode counts = node.has("counts") ? node.get("counts") : node;
        for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> link = it.next();
          long expected = expectedCount(node, counts, link.getKey());
          String page = link.getValue().asText();
          String api = page.replace("/ledger/hazards.html", "/api/hazards").replace("/ledger/inspections.html",
              "/api/inspections");
          long listed = get(api + (api.contains("?") ? "&" : "?") + "size=1", user).get("totalElements").asLong();
          assertThat(listed).as(page).isEqualTo(expected);
          checked++;
        }
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        checked += checkLinks(it.next(), user);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        checked += checkLinks(element, user);
      }
    }
    return checked;
  }

  private static long expectedCount(JsonNode node, JsonNode counts, String measure) {
    if (node.has("hazards") && node.has("inspections") && node.has("label")) {
      // a trend point: hazards and rounds side by side
      return switch (measure) {
        case "rounds" -> node.at("/inspections/rounds").asLong();
        case "missed" -> node.at("/inspections/missed").asLong();
        default -> node.at("/hazards/" + measure).asLong();
      };
    }
    if (counts.has(measure)) {
      return counts.get(measure).asLong();
    }
    return node.get(measure).asLong();   // the backlog's open / overdue / majorOpen
  }

  @Test
  void badInputIsAnsweredWithA400ThatSaysWhatToWrite() throws Exception {
    assertRefused("/api/dashboard/overview?period=2039-13", "period", "无法识别");
    assertRefused("/api/dashboard/overview?period=last-month", "period", "按月写 2026-03");
    assertRefused("/api/dashboard/overview?period=1999", "period", "2000—2100");
    assertRefused("/api/dashboard/overview?from=2039-03-01", "to", "同时填写");
    assertRefused("/api/dashboard/overview?from=2039-03-10&to=2039-03-01", "to", "早于开始日期");
    assertRefused("/api/dashboard/overview?from=2038-01-01&to=2039-03-01", "to", "最长一年");
    assertRefused("/api/dashboard/overview?from=2039-02-30&to=2039-03-01", "from", "不是有效的日期");
    assertRefused("/api/dashboard/overview?period=2039-03&from=2039-03-01&to=2039-03-02", "period", "只选一种");
    assertRefused("/api/dashboard/hazards?by=VILLAGE", "by", "AREA");
    assertRefused("/api/dashboard/inspections?by=CATEGORY", "by", "CHECKLIST");
    assertRefused("/api/dashboard/trend?unit=DAY", "unit", "WEEK");
    assertRefused("/api/dashboard/hazards?limit=0", "limit", "1 到 10000");
    assertRefused("/api/dashboard/hazards?limit=abc", "limit", "1 到 10000");
    assertRefused("/api/dashboard/overview?area=%3Cscript%3E", "area", "片的编码");
    assertThat(http.post("/api/dashboard/overview", OFFICE, Map.of()).getStatusCode().value()).isEqualTo(405);
  }

  @Test
  void eachTableDownloadsAsAWorkbookWithNumbersATotalAndItsDefinitions() throws Exception {
    ResponseEntity<byte[]> download = http.getBytes("/api/dashboard/hazards.xlsx?by=AREA&" + MARCH, OFFICE);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("隐患统计按片-2039年3月.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
      Sheet table = workbook.getSheetAt(0);
      assertThat(table.getSheetName()).isEqualTo("按片");
      assertThat(cells(table.getRow(0))).startsWith("片", "编码", "说明", "上报隐患", "已销号", "未销号", "其中逾期", "升级督办",
          "按期整改", "未按期整改", "按期整改率");
      assertThat(cells(table.getRow(1)).subList(0, 4)).containsExactly("东片", "east", "", "2");
      assertThat(table.getRow(1).getCell(3).getCellType()).as("counts are numbers").isEqualTo(CellType.NUMERIC);
      assertThat(table.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(0.5);
      assertThat(table.getRow(1).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Row total = table.getRow(4);
      assertThat(cells(total).get(0)).isEqualTo("合计");
      assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(4);
      assertThat(cells(total).get(10)).isEqualTo("0.3333");
      Sheet notes = workbook.getSheet("说明");
      assertThat(cells(notes.getRow(2))).containsExactly("时段", "2039年3月（2039-03-01 至 2039-03-31，北京时间）");
      assertThat(cells(notes.getRow(3)).get(1)).startsWith("2039-04-02 12:00（北京时间");
      assertThat(cells(notes.getRow(4)).get(1)).contains("王测丽");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        http.getBytes("/api/dashboard/inspections.xlsx?by=GRID&" + MARCH, XIAOGANG).getBody()))) {
      Sheet table = workbook.getSheetAt(0);
      assertThat(table.getLastRowNum()).as("his grid and the total").isEqualTo(2);
      assertThat(cells(table.getRow(1)).get(0)).isEqualTo("小岗村");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        http.getBytes("/api/dashboard/trend.xlsx?unit=WEEK&" + MARCH, OFFICE).getBody()))) {
      Sheet table = workbook.getSheetAt(0);
      assertThat(table.getSheetName()).isEqualTo("按周趋势");
      assertThat(table.getLastRowNum()).isEqualTo(5);
      assertThat(cells(table.getRow(1)).subList(0, 4)).containsExactly("第9周（3.1—3.6）", "2039-03-01", "2039-03-06", "1");
    }
  }

  @Test
  void theApiDescriptionListsTheDashboardWithItsParameters() throws Exception {
    JsonNode api = get("/api/openapi", XIAOGANG);
    for (String path : List.of("/api/dashboard/overview", "/api/dashboard/hazards", "/api/dashboard/hazards.xlsx",
        "/api/dashboard/inspections", "/api/dashboard/inspections.xlsx", "/api/dashboard/trend",
        "/api/dashboard/trend.xlsx")) {
      JsonNode operation = api.at("/paths/" + path.replace("/", "~1") + "/get");
      assertThat(operation.isMissingNode()).as(path).isFalse();
      assertThat(operation.get("tags").get(0).asText()).isEqualTo("督查看板");
      List<String> parameters = new ArrayList<>();
      operation.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
      assertThat(parameters).as(path).contains("period", "from", "to", "area");
      operation.get("parameters").forEach(p -> assertThat(p.get("description").asText()).as(path).isNotBlank());
    }
    assertThat(api.at("/paths/~1api~1dashboard~1hazards/get/summary").asText()).startsWith("隐患统计表");
    List<String> counts = new ArrayList<>();
    api.at("/components/schemas/DashboardHazardCounts/properties").fieldNames().forEachRemaining(counts::add);
    assertThat(counts).contains("reported", "closed", "open", "overdue", "escalated", "closedOnTime", "notOnTime");
  }

  // ------------------------------------------------------------------------------------- helpers

  private JsonNode get(String path, String user) throws Exception {
    ResponseEntity<String> answer = http.get(path, user);
    assertThat(answer.getStatusCode().value()).as(path + " → " + answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private void assertRefused(String path, String field, String says) throws Exception {
    ResponseEntity<String> answer = http.get(path, OFFICE);
    assertThat(answer.getStatusCode().value()).as(path + " → " + answer.getBody()).isEqualTo(400);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("message").asText()).as(path).contains(says);
    assertThat(body.get("fieldErrors").get(0).get("field").asText()).as(path).isEqualTo(field);
  }

  private static void assertHazards(JsonNode counts, int reported, int closed, int open, int overdue, int escalated,
      int closedOnTime, int notOnTime) {
    assertThat(List.of(counts.get("reported").asInt(), counts.get("closed").asInt(), counts.get("open").asInt(),
        counts.get("overdue").asInt(), counts.get("escalated").asInt(), counts.get("closedOnTime").asInt(),
        counts.get("notOnTime").asInt()))
        .as("reported, closed, open, overdue, escalated, closed on time, not on time")
        .containsExactly(reported, closed, open, overdue, escalated, closedOnTime, notOnTime);
  }

  private static void assertRounds(JsonNode counts, int rounds, int onTime, int late, int missed, int pending) {
    assertThat(List.of(counts.get("rounds").asInt(), counts.get("onTime").asInt(), counts.get("late").asInt(),
        counts.get("missed").asInt(), counts.get("pending").asInt()))
        .as("rounds, on time, late, missed, pending").containsExactly(rounds, onTime, late, missed, pending);
  }

  private static List<String> codes(JsonNode table) {
    JsonNode rows = table.has("rows") ? table.get("rows") : table;
    List<String> codes = new ArrayList<>();
    rows.forEach(r -> codes.add(r.get("code").asText()));
    return codes;
  }

  private static List<String> names(JsonNode table) {
    List<String> names = new ArrayList<>();
    table.get("rows").forEach(r -> names.add(r.get("name").asText()));
    return names;
  }

  private static JsonNode row(JsonNode table, String code) {
    for (JsonNode row : table.get("rows")) {
      if (row.get("code").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + code + " in " + table);
  }

  private static List<Integer> reported(JsonNode points) {
    List<Integer> counts = new ArrayList<>();
    points.forEach(p -> counts.add(p.at("/hazards/reported").asInt()));
    return counts;
  }

  private static List<Integer> rounds(JsonNode points) {
    List<Integer> counts = new ArrayList<>();
    points.forEach(p -> counts.add(p.at("/inspections/rounds").asInt()));
    return counts;
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    row.forEach(cell -> cells.add(cell.getCellType() == CellType.NUMERIC
        ? stripZero(cell.getNumericCellValue()) : cell.getStringCellValue()));
    return cells;
  }

  private static String stripZero(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
