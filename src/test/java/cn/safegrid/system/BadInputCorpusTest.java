package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input over every endpoint family SafeGrid exposes: the app API (registry, hazards,
 * inspections, worklist, photos), the engine REST paths officers use, the webapps' engine API and
 * {@code /error}. Every answer is below 500, and where the app answers, a JSON body whose
 * {@code message} is Chinese (no exception class, no stack trace).
 */
@SafeGridTest
class BadInputCorpusTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String ADMIN = Http.basic("admin", "demo");
  static final String FIRE_HEAD = Http.basic("zheng.cehong", "demo");
  static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  static final Pattern LEAKS = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|org\\.camunda|"
      + "org\\.springframework|com\\.fasterxml|Whitelabel");
  static final String START = "/engine-rest/process-definition/key/hazard-rectification";
  static final String WEBAPP = "/camunda/api/engine/engine/default";
  static final String LONG = "长".repeat(3000);
  static final String LONG_PATH = "x".repeat(3000);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  HttpClient client;

  /** One request of the corpus; {@code chinese}: the app (not the container) answers, so its message is Chinese. */
  record Case(String method, String path, String authorization, String contentType, String body, boolean chinese) {}

  final List<Case> cases = new ArrayList<>();
  final List<String> failures = new ArrayList<>();

  @BeforeEach
  void client() {
    client = HttpClient.newHttpClient();
  }

  void add(String method, String path, String auth, String contentType, String body) {
    cases.add(new Case(method, path, auth, contentType, body, true));
  }

  void get(String path, String auth) {
    add("GET", path, auth, null, null);
  }

  void json(String method, String path, String auth, String body) {
    add(method, path, auth, "application/json", body);
  }

  @Test
  void noBadInputGetsA5xxAndTheAppAnswersInChinese() throws Exception {
    String hazard = reportedHazardNumber();

    // the ledgers and their exports: paging and sorting
    for (String list : List.of("/api/hazards", "/api/hazards/export.xlsx", "/api/inspections", "/api/inspections/export.xlsx")) {
      for (String query : List.of("page=2147483647", "page=-1", "size=2147483647", "size=-5", "size=0", "page=abc",
          "size=99999999999", "sort=,,,", "sort=", "sort=nope", "sort=,asc", "sort=reportedAt,sideways,extra",
          "sort=dueAt,desc,desc", "sort=%00", "page=2147483647&size=200", "reportedFrom=gestern", "overdue=vielleicht",
          "status=NOPE", "gridCode=" + "x".repeat(2000))) {
        get(list + "?" + query, VILLAGER);
      }
    }
    // the supervisors' dashboard: periods, breakdowns, limits, areas, on the JSON and the Excel doors
    for (String figures : List.of("/api/dashboard/overview", "/api/dashboard/hazards", "/api/dashboard/hazards.xlsx",
        "/api/dashboard/inspections", "/api/dashboard/inspections.xlsx", "/api/dashboard/trend",
        "/api/dashboard/trend.xlsx")) {
      for (String query : List.of("period=2026-13", "period=garbage", "period=99999", "period=" + "9".repeat(2000),
          "from=2026-01-01", "to=2026-01-01", "from=2026-02-30&to=2026-03-01", "from=2026-03-01&to=2026-01-01",
          "from=2020-01-01&to=2026-01-01", "period=2026&from=2026-01-01&to=2026-01-02", "by=NOPE", "unit=DAY",
          "limit=-1", "limit=99999999999", "limit=x", "area=%3Cb%3E", "area=" + "a".repeat(2000), "by=%00")) {
        get(figures + "?" + query, VILLAGER);
      }
    }
    get("/api/inspections/compliance?week=garbage", VILLAGER);
    get("/api/inspections/compliance?week=2026-W99", VILLAGER);
    get("/api/inspections/abc", VILLAGER);
    get("/api/inspections/99999999999999999999999", VILLAGER);
    get("/api/inspections/-1", VILLAGER);
    get("/api/hazards/" + LONG_PATH, VILLAGER);
    // a path that is no valid escape: the container answers 400, before the app — in Chinese too
    cases.add(new Case("GET", "/api/hazards/%E0%A4", VILLAGER, null, null, true));
    cases.add(new Case("GET", "/ledger/%E0%A4.html", null, null, null, true));
    cases.add(new Case("GET", "/engine-rest/task/%FF", VILLAGER, null, null, true));
    get("/api/hazards/" + hazard + "/photos/abc", VILLAGER);
    get("/api/hazards/" + hazard + "/photos/99999999999999999999", VILLAGER);

    // JSON bodies: duplicate keys, wrong types, wrong content types, huge values
    String report = "\"hazardCategory\":\"fire\",\"grade\":\"general\",\"location\":\"村口\",\"description\":\"柴草堆放\"";
    json("POST", "/api/hazards", VILLAGER, "{\"gridCode\":\"village-xiaogang\",\"gridCode\":\"village-dazhuang\"," + report + "}");
    json("POST", "/api/hazards", VILLAGER, "{\"gridCode\":[1,2]," + report + "}");
    json("POST", "/api/hazards", VILLAGER, "[]");
    json("POST", "/api/hazards", VILLAGER, "\"text\"");
    json("POST", "/api/hazards", VILLAGER, "");
    json("POST", "/api/hazards", VILLAGER, "{\"gridCode\":\"village-xiaogang\"," + report.replace("村口", LONG.repeat(4)) + "}");
    json("POST", "/api/hazards", VILLAGER, "{\"gridCode\":\"village-xiaogang\"," + report.replace("柴草堆放", "长".repeat(100_000)) + "}");
    add("POST", "/api/hazards", VILLAGER, "text/plain", "gridCode=village-xiaogang");
    add("POST", "/api/hazards", VILLAGER, "application/xml", "<report/>");
    add("POST", "/api/hazards", VILLAGER, "application/x-www-form-urlencoded", "gridCode=village-xiaogang");
    add("POST", "/api/hazards", VILLAGER, "bogus", "{}");
    json("PUT", "/api/hazards", VILLAGER, "{}");
    // the rules API (issue 11): broken XML, hostile XML, wrong types, unknown tables and versions, the wrong door
    String rules = "/api/rules/hazard-routing";
    json("POST", rules + "/check", ADMIN, "{\"xml\":\"<definitions\"}");
    json("POST", rules + "/check", ADMIN, "{\"xml\":\"<?xml version=\\\"1.0\\\"?><!DOCTYPE d [<!ENTITY e SYSTEM \\\"file:///etc/passwd\\\">]><d>&e;</d>\"}");
    json("POST", rules + "/check", ADMIN, "{\"xml\":[1,2]}");
    json("POST", rules + "/check", ADMIN, "{\"xml\":\"" + "x".repeat(1_100_000) + "\"}");
    json("POST", rules + "/check", ADMIN, "");
    json("POST", rules + "/preview", ADMIN, "{\"xml\":\"<x/>\",\"from\":\"gestern\"}");
    json("POST", rules + "/preview", ADMIN, "{\"xml\":\"<x/>\",\"from\":\"1900-01-01\",\"to\":\"2999-01-01\"}");
    json("POST", rules + "/deploy", ADMIN, "{\"xml\":\"<x/>\",\"baseVersion\":\"latest\",\"reason\":\"试试看吧\"}");
    json("POST", rules + "/deploy", ADMIN, "{\"xml\":\"<x/>\",\"baseVersion\":1,\"reason\":\"试试看吧\"}");
    json("POST", rules + "/deploy", VILLAGER, "{\"xml\":\"<x/>\",\"baseVersion\":1,\"reason\":\"越权试探\"}");
    json("POST", rules + "/rollback", ADMIN, "{\"version\":99999,\"baseVersion\":1,\"reason\":\"回滚试探\"}");
    json("POST", rules + "/rollback", ADMIN, "{}");
    json("POST", rules + "/pending/adopt", ADMIN, "{\"baseVersion\":1,\"reason\":\"没有待采用的\"}");
    json("POST", rules + "/pending/dismiss", ADMIN, "{}");
    json("POST", rules + "/tests", ADMIN, "{\"name\":{},\"inputs\":[1],\"expected\":\"x\"}");
    json("POST", rules + "/tests", ADMIN, "{\"name\":\"t\",\"inputs\":{\"hazardCategory\":{\"a\":1}},\"expected\":{\"leadDepartment\":[1]}}");
    json("PUT", rules + "/tests/99999999999999999999", ADMIN, "{}");
    json("PUT", rules + "/tests/123456", ADMIN, "{\"name\":\"t\",\"inputs\":{},\"expected\":{},\"version\":0}");
    cases.add(new Case("DELETE", rules + "/tests/abc", ADMIN, null, null, false));
    get(rules + "/diff?from=abc&to=1", ADMIN);
    get(rules + "/diff?from=1&to=99999", ADMIN);
    get(rules + "/diff", ADMIN);
    get(rules + "/versions/99999/xml", ADMIN);
    get(rules + "/versions/abc/xml", ADMIN);
    get("/api/rules/" + LONG_PATH, ADMIN);
    get("/api/rules", VILLAGER);
    // the catalogue (issue 10): malformed, wrong types, unknown checklists, too long, the wrong door
    json("POST", "/api/catalogue/categories", ADMIN, "{\"code\":\"a\",\"code\":\"b\"}");
    json("POST", "/api/catalogue/categories", ADMIN, "{\"code\":[1],\"name\":{}}");
    json("POST", "/api/catalogue/categories", ADMIN, "{\"code\":\"x-long\",\"name\":\"" + LONG + "\",\"group\":\"消防\"}");
    json("POST", "/api/catalogue/categories", ADMIN, "{\"code\":\"x-sort\",\"name\":\"甲\",\"group\":\"乙\",\"sortOrder\":\"first\"}");
    json("POST", "/api/catalogue/categories", ADMIN, "[]");
    json("POST", "/api/catalogue/categories", ADMIN, "");
    json("POST", "/api/catalogue/categories", VILLAGER, "{}");
    json("PUT", "/api/catalogue/categories/fire", ADMIN, "{\"active\":\"maybe\"}");
    json("PUT", "/api/catalogue/categories/" + LONG_PATH, ADMIN, "{}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":\"all\"}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":[null,{\"key\":\"a\"}]}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":[{\"key\":\"a\",\"label\":\"甲\",\"defaultCategoryByGridKind\":[1]}]}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{}");
    json("PUT", "/api/catalogue/checklists/" + LONG_PATH, ADMIN, "{\"items\":[]}");
    json("PUT", "/api/catalogue/checklists/village", VILLAGER, "{\"items\":[]}");
    add("PUT", "/api/catalogue/checklists/village", ADMIN, "text/plain", "items");
    // versions of what was read (a stale one is a 409, a malformed one a 400)
    json("PUT", "/api/catalogue/categories/fire", ADMIN, "{\"name\":\"消防安全\",\"group\":\"消防\",\"version\":\"abc\"}");
    json("PUT", "/api/catalogue/categories/fire", ADMIN, "{\"name\":\"消防安全\",\"group\":\"消防\",\"version\":1e30}");
    json("PUT", "/api/catalogue/categories/fire", ADMIN, "{\"name\":\"消防安全\",\"group\":\"消防\",\"version\":-1}");
    json("PUT", "/api/catalogue/categories/fire", ADMIN, "{\"name\":\"消防安全\",\"group\":\"消防\",\"version\":[1]}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":[{\"key\":\"a\",\"label\":\"甲\"}],\"version\":\"x\"}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":[{\"key\":\"a\",\"label\":\"甲\"}],\"version\":99999999999}");
    json("PUT", "/api/catalogue/checklists/village", ADMIN, "{\"items\":[{\"key\":\"a\",\"label\":\"甲\"}],\"version\":0}");
    get("/api/catalogue/checklists/nope", VILLAGER);
    get("/api/catalogue/checklists/village/versions/abc", VILLAGER);
    get("/api/catalogue/checklists/village/versions/99999999999", VILLAGER);
    get("/api/catalogue/categories/nope", VILLAGER);
    json("DELETE", "/api/catalogue/categories/fire", ADMIN, "{}");
    json("PUT", "/api/registry/grids/village-xiaogang", ADMIN, "{\"code\":\"village-xiaogang\",\"code\":\"x\"}");
    json("PUT", "/api/registry/grids/village-xiaogang", ADMIN, "{\"kind\":\"NOPE\"}");
    json("POST", "/api/registry/people", ADMIN, "{\"code\":\"p-long\",\"name\":\"" + LONG + "\"}");
    json("PUT", "/api/registry/grids/village-xiaogang/assignments", ADMIN, "{\"a\":1,\"a\":2}");
    json("PUT", "/api/registry/departments/dept-fire/members", ADMIN, "[{\"x\":1},{\"x\":1,\"x\":2}]");

    // the monthly summaries and hazard statistics (issue 13): periods, kinds, ids, paging, the office's writes
    for (String query : List.of("month=2026-13", "month=March", "month=" + LONG_PATH, "kind=FARM", "status=LOST",
        "areaCode=" + LONG_PATH, "page=-1", "size=0", "size=99999", "month=0000-01")) {
      get("/api/summaries?" + query, VILLAGER);
    }
    for (String path : List.of("/api/summaries/abc", "/api/summaries/99999999999999999999999", "/api/summaries/-1",
        "/api/summaries/-1/export.xlsx", "/api/summaries/town?month=garbage", "/api/summaries/town?townCode=" + LONG_PATH,
        "/api/summaries/town/export.xlsx?month=2026-00", "/api/statistics?period=2026-Q5", "/api/statistics?period=26",
        "/api/statistics/abc", "/api/statistics/town/export.xlsx?period=garbage", "/api/statistics/-1/export.xlsx")) {
      get(path, VILLAGER);
      get(path, ADMIN);
    }
    json("POST", "/api/summaries/schedule", VILLAGER, "{}");
    json("POST", "/api/summaries/open?month=garbage", ADMIN, "{}");
    json("POST", "/api/summaries/open?month=2999-01", ADMIN, "{}");
    json("POST", "/api/summaries/open", ADMIN, "{}");
    json("POST", "/api/statistics/open?period=2026-Q9", ADMIN, "{}");
    json("POST", "/api/statistics/open?period=2999", ADMIN, "{}");
    json("DELETE", "/api/summaries/1", ADMIN, "{}");
    json("PUT", "/api/statistics/1", ADMIN, "{}");

    // the forms' grid lists (issue 10): the wrong method, paths beyond them, whoever may open no extra round
    for (String list : List.of("/api/registry/me/report-grids", "/api/inspections/extra-round-grids")) {
      json("POST", list, VILLAGER, "{\"gridCode\":\"village-xiaogang\"}");
      json("PUT", list, ADMIN, "[]");
      json("DELETE", list, ADMIN, "{}");
      get(list + "/" + LONG_PATH, VILLAGER);
      get(list + "/%20", VILLAGER);
      get(list, null);
    }
    get("/api/inspections/extra-round-grids", FIRE_HEAD);
    get("/api/inspections/extra-round-grids", ADMIN);
    get("/api/inspections/extra-round-grids?gridCode=" + LONG_PATH, FIRE_HEAD);

    // Cockpit's 隐患督办 list, the administrators' notice, the webapps' helpers (issue 12)
    for (String query : List.of("open=maybe", "escalation=NOPE", "page=-1", "size=0", "sort=nope", "areaCode=" + LONG_PATH,
        "department=%00", "q=" + "x".repeat(2000))) {
      get("/api/hazards/overview?" + query, VILLAGER);
    }
    get("/api/hazards/overview/filter-options/" + LONG_PATH, VILLAGER);
    json("POST", "/api/hazards/overview", VILLAGER, "{}");
    json("PUT", "/api/notice", VILLAGER, "{\"text\":\"我来发公告\"}");
    json("PUT", "/api/notice", ADMIN, "{\"text\":\"" + LONG + "\"}");
    json("PUT", "/api/notice", ADMIN, "{\"text\":\"a\",\"text\":\"b\"}");
    json("PUT", "/api/notice", ADMIN, "{\"text\":42}");
    json("PUT", "/api/notice", ADMIN, "[]");
    add("PUT", "/api/notice", ADMIN, "text/plain", "维护");
    json("POST", "/api/notice", ADMIN, "{\"text\":\"x\"}");
    json("DELETE", "/api/notice", VILLAGER, "{}");
    get("/api/notice", null);
    get("/api/webapps/me/" + LONG_PATH, VILLAGER);
    json("POST", "/api/webapps/variable-labels", VILLAGER, "{}");

    // registry lists and reads
    get("/api/registry/grids?kind=NOPE", VILLAGER);
    get("/api/registry/grids?sort=,,,", VILLAGER);
    get("/api/registry/grids/" + LONG_PATH, VILLAGER);
    get("/api/registry/people/" + LONG_PATH, ADMIN);
    get("/api/registry/grids/village-xiaogang/key-places?includeSubGrids=maybe", VILLAGER);
    get("/api/registry/export.xlsx?sort=,,,", ADMIN);

    // uploads: malformed multipart, wrong types
    String photos = "/api/hazards/" + hazard + "/photos";
    add("POST", photos, VILLAGER, "multipart/form-data", "garbage");
    add("POST", photos, VILLAGER, "multipart/form-data; boundary=xyz", "--xyz\r\nbroken");
    add("POST", photos, VILLAGER, "multipart/form-data; boundary=xyz", "--xyz--\r\n");
    add("POST", photos, VILLAGER, "application/json", "{}");
    add("POST", photos + "?stage=NOPE", VILLAGER, "multipart/form-data; boundary=xyz",
        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nnot a jpeg\r\n--xyz--\r\n");
    add("POST", photos, VILLAGER, "multipart/form-data; boundary=xyz",
        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nnot a jpeg\r\n--xyz--\r\n");
    add("PUT", "/api/registry/people/p-nobody/photo", ADMIN, "multipart/form-data; boundary=xyz", "--xyz\r\nbroken");
    add("POST", "/api/registry/import", ADMIN, "multipart/form-data; boundary=xyz", "--xyz\r\nbroken");

    // worklist
    get("/api/worklist/tasks/" + LONG_PATH + "/feedback", VILLAGER);
    get("/api/worklist/tasks/%20/feedback", VILLAGER);
    get("/api/worklist/process-instances/nope/feedback", VILLAGER);
    get("/api/worklist/people/" + LONG_PATH, VILLAGER);
    get("/api/nothing-here", VILLAGER);

    // administrators' reasons and their trail
    json("PUT", "/api/admin/reason", ADMIN, "{\"reason\":5}");
    json("PUT", "/api/admin/reason", ADMIN, "{\"reason\":\"好\"}");
    json("PUT", "/api/admin/reason", ADMIN, "{\"reason\":\"" + LONG + "\"}");
    json("PUT", "/api/admin/reason", ADMIN, "[]");
    json("PUT", "/api/admin/reason", ADMIN, "{\"reason\":\"a\",\"reason\":\"b\"}");
    json("PUT", "/api/admin/reason", VILLAGER, "{\"reason\":\"我来维护\"}");
    get("/api/admin/actions?page=-1", ADMIN);
    get("/api/admin/actions?size=100000", ADMIN);
    get("/api/admin/actions?page=abc", ADMIN);
    get("/api/admin/actions", VILLAGER);

    // the error page itself
    get("/error", null);
    get("/error", VILLAGER);
    add("POST", "/error", null, "application/json", "{}");
    get("/error?status=500", null);

    // the engine REST API officers use: wrong-typed and unknown-typed start variables
    for (String door : List.of(START + "/start", START + "/submit-form")) {
      for (String variable : List.of(
          "\"grade\":{\"value\":5,\"type\":\"Integer\"}",
          "\"grade\":{\"value\":\"x\",\"type\":\"Date\"}",
          "\"grade\":{\"value\":\"x\",\"type\":\"Nonsense\"}",
          "\"grade\":{\"value\":\"x\",\"type\":\"Integer\"}",
          "\"grade\":{\"value\":{\"a\":1},\"type\":\"String\"}",
          "\"grade\":{\"value\":\"[1,\",\"type\":\"Json\"}",
          "\"grade\":{\"value\":true,\"type\":\"Boolean\"}",
          "\"gridCode\":{\"value\":7,\"type\":\"Long\"}",
          "\"description\":{\"value\":1.5,\"type\":\"Double\"}")) {
        json("POST", door, VILLAGER, "{\"variables\":{" + variable + "}}");
        json("POST", WEBAPP + "/process-definition/key/hazard-rectification" + door.substring(START.length()),
            null, "{\"variables\":{" + variable + "}}");
      }
      json("POST", door, VILLAGER, "{\"variables\":[]}");
      json("POST", door, VILLAGER, "{\"variables\":");
    }
    add("POST", START + "/start", VILLAGER, "text/plain", "grade=general");
    add("POST", START + "/submit-form", VILLAGER, "application/xml", "<variables/>");
    add("POST", "/engine-rest/task", VILLAGER, "application/json", "{\"assignee\":[1,2]}");
    add("POST", "/engine-rest/task", VILLAGER, "application/json", "{\"assignee\":\"a\",\"assignee\":\"b\"}");
    cases.add(new Case("GET", "/engine-rest/task?maxResults=-1", VILLAGER, null, null, false));
    cases.add(new Case("GET", "/engine-rest/task?firstResult=abc", VILLAGER, null, null, false));
    cases.add(new Case("GET", "/engine-rest/task?sortBy=nope&sortOrder=asc", VILLAGER, null, null, false));
    cases.add(new Case("GET", "/engine-rest/task/nope/form", VILLAGER, null, null, false));
    cases.add(new Case("POST", "/engine-rest/task/nope/claim", VILLAGER, "application/json", "{\"userId\":\"dong.liyong\"}", false));

    // claiming a task someone else holds, over both doors
    Task accept = claimedByAnother();
    json("POST", "/engine-rest/task/" + accept.getId() + "/claim", FIRE_HEAD, "{\"userId\":\"zheng.cehong\"}");
    json("POST", WEBAPP + "/task/" + accept.getId() + "/claim", null, "{\"userId\":\"zheng.cehong\"}");

    WebappSession session = new WebappSession(port);
    assertThat(session.login("zheng.cehong", "demo")).isLessThan(400);
    for (Case c : cases) {
      check(c, c.path().startsWith("/camunda/") ? send(session, c) : send(c));
    }
    assertThat(failures).as("requests answered with a 5xx or without a Chinese message").isEmpty();
  }

  /**
   * The catalogue's sheets of the registry workbook (issue 10) with cells no export writes: numbers
   * too large or not whole, text where numbers go, error values, overlong text, missing or doubled
   * columns, far too many rows. Every answer is below 500 and Chinese; nothing is imported.
   */
  @Test
  void badCellsOfTheCatalogueSheetsNeverGetA5xx() throws Exception {
    Http http = new Http(port);
    String office = Http.basic("wang.celi", "demo");
    byte[] export = http.getBytes("/api/registry/export.xlsx", office).getBody();
    Map<String, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook>> bad = new java.util.LinkedHashMap<>();
    bad.put("序号 1e20", w -> w.getSheet("排查表").getRow(1).getCell(1).setCellValue(1e20));
    bad.put("序号 -3 twice", w -> {
      w.getSheet("排查表").getRow(1).getCell(1).setCellValue(-3);
      w.getSheet("排查表").getRow(2).getCell(1).setCellValue(-3);
    });
    bad.put("排序 3.5", w -> w.getSheet("隐患类别").getRow(1).getCell(5).setCellValue(3.5));
    bad.put("排序 2^40", w -> w.getSheet("隐患类别").getRow(1).getCell(5).setCellValue(Math.pow(2, 40)));
    bad.put("版本 abc", w -> w.getSheet("隐患类别").getRow(1).getCell(7).setCellValue("abc"));
    bad.put("版本 -1", w -> w.getSheet("排查表").getRow(1).getCell(13).setCellValue(-1));
    bad.put("启用 5", w -> w.getSheet("隐患类别").getRow(1).getCell(4).setCellValue(5));
    bad.put("名称 3000 字", w -> w.getSheet("隐患类别").getRow(1).getCell(1).setCellValue(LONG));
    bad.put("检查要点 3000 字", w -> w.getSheet("排查表").getRow(1).createCell(4).setCellValue(LONG));
    bad.put("类别编码 #DIV/0!", w -> w.getSheet("隐患类别").getRow(1).getCell(0)
        .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode()));
    bad.put("项目编码 中文", w -> w.getSheet("排查表").getRow(1).getCell(2).setCellValue("消防"));
    bad.put("学校默认类别 other", w -> w.getSheet("排查表").getRow(1).createCell(9).setCellValue("other"));
    bad.put("a new category =HYPERLINK", w -> {
      var row = w.getSheet("隐患类别").createRow(w.getSheet("隐患类别").getLastRowNum() + 1);
      row.createCell(0).setCellValue("=HYPERLINK(\"http://example.com\",\"点我\")");
      row.createCell(1).setCellValue("链接");
      row.createCell(3).setCellValue("其他");
      row.createCell(6).setCellValue("是");
    });
    bad.put("no 名称 column", w -> w.getSheet("隐患类别").getRow(0).getCell(1).setCellValue("名字"));
    bad.put("分组 twice", w -> w.getSheet("隐患类别").getRow(0).getCell(2).setCellValue("分组"));
    bad.put("排查表 of nothing", w -> {
      var sheet = w.getSheet("排查表");
      for (int r = sheet.getLastRowNum(); r > 0; r--) {
        sheet.removeRow(sheet.getRow(r));
      }
      sheet.createRow(1).createCell(0).setCellValue("village");
    });
    bad.put("1,001 categories", w -> {
      var sheet = w.getSheet("隐患类别");
      for (int i = 0; i < 1_001; i++) {
        var row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue("x" + i);
        row.createCell(1).setCellValue("某" + i);
        row.createCell(3).setCellValue("其他");
      }
    });
    for (var entry : bad.entrySet()) {
      byte[] workbook;
      try (var w = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export));
          var out = new java.io.ByteArrayOutputStream()) {
        entry.getValue().accept(w);
        w.write(out);
        workbook = out.toByteArray();
      }
      var answer = http.postFile("/api/registry/import", office, "file", "台账.xlsx", workbook);
      int status = answer.getStatusCode().value();
      if (status >= 500) {
        failures.add(entry.getKey() + " → " + status + " " + abbreviated(answer.getBody()));
      } else if (status >= 400) {
        String message = json.readTree(answer.getBody()).path("message").asText("");
        if (!CHINESE.matcher(message).find() || LEAKS.matcher(message).find()) {
          failures.add(entry.getKey() + " → " + status + " without a Chinese message: " + abbreviated(answer.getBody()));
        }
      } else {
        failures.add(entry.getKey() + " → " + status + ": imported " + abbreviated(answer.getBody()));
      }
    }
    assertThat(failures).as("bad catalogue cells answered with a 5xx, without a Chinese message, or imported").isEmpty();
  }

  @Test
  void aJsonBodyNamingAFieldTwiceIsRefused() throws Exception {
    var response = new Http(port).post("/api/hazards", VILLAGER, new org.springframework.http.HttpEntity<>(
        "{\"gridCode\":\"village-xiaogang\",\"gridCode\":\"village-dazhuang\",\"hazardCategory\":\"fire\","
            + "\"grade\":\"general\",\"location\":\"村口\",\"description\":\"柴草\"}", jsonHeaders()));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains("“gridCode”").contains("不止一次");
  }

  @Test
  void pagingAndSortingAreExplained() throws Exception {
    Http http = new Http(port);
    assertThat(json.readTree(http.get("/api/hazards?page=2147483647", VILLAGER).getBody()).get("message").asText())
        .contains("page=2147483647").contains("太大");
    assertThat(json.readTree(http.get("/api/inspections?sort=,,,", VILLAGER).getBody()).get("message").asText())
        .contains("sort").contains("可用");
    assertThat(json.readTree(http.get("/api/hazards/export.xlsx?sort=reportedAt,sideways", VILLAGER).getBody())
        .get("message").asText()).contains("字段,asc");
    assertThat(http.get("/api/hazards?sort=reportedAt,asc", VILLAGER).getStatusCode().value()).isEqualTo(200);
    assertThat(http.get("/api/hazards?sort=reportedAt", VILLAGER).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aClaimedTaskIsA409AndAWrongTypedStartVariableA400OverBothDoors() throws Exception {
    Task accept = claimedByAnother();
    Http http = new Http(port);
    var rest = http.post("/engine-rest/task/" + accept.getId() + "/claim", FIRE_HEAD, Map.of("userId", "zheng.cehong"));
    assertThat(rest.getStatusCode().value()).isEqualTo(409);
    assertThat(json.readTree(rest.getBody()).get("message").asText()).contains("已被其他人认领");
    WebappSession session = new WebappSession(port);
    session.login("zheng.cehong", "demo");
    var webapp = session.postJson(WEBAPP + "/task/" + accept.getId() + "/claim", "{\"userId\":\"zheng.cehong\"}");
    assertThat(webapp.statusCode()).isEqualTo(409);
    assertThat(json.readTree(webapp.body()).get("message").asText()).contains("已被其他人认领");
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee()).isEqualTo("xu.yangang");

    String wrongGrade = "{\"variables\":{\"gridCode\":{\"value\":\"village-xiaogang\",\"type\":\"String\"},"
        + "\"grade\":{\"value\":5,\"type\":\"Integer\"}}}";
    long instances = runtime.createProcessInstanceQuery().count();
    var start = http.post(START + "/start", VILLAGER, new org.springframework.http.HttpEntity<>(wrongGrade, jsonHeaders()));
    assertThat(start.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(start.getBody()).get("message").asText()).contains("变量“grade”的类型不对");
    var form = session.postJson(WEBAPP + "/process-definition/key/hazard-rectification/submit-form", wrongGrade);
    assertThat(form.statusCode()).isBetween(400, 499);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void theErrorPathIsAJsonNotFound() throws Exception {
    var response = new Http(port).get("/error", null);
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains("找不到");
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }

  private void check(Case c, HttpResponse<String> response) {
    String what = c.method() + " " + abbreviated(c.path()) + " " + abbreviated(String.valueOf(c.body()));
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500) {
      failures.add(what + " → " + status + " " + abbreviated(body));
      return;
    }
    if (!c.chinese() || status < 400 && !c.path().startsWith("/error")) {
      return;
    }
    try {
      JsonNode error = json.readTree(body);
      String message = error.path("message").asText("");
      if (!CHINESE.matcher(message).find() || LEAKS.matcher(message).find() || body.contains("\tat ") || body.contains("Caused by")) {
        failures.add(what + " → " + status + " without a Chinese message: " + abbreviated(body));
      }
    } catch (Exception e) {
      failures.add(what + " → " + status + " no JSON: " + abbreviated(body));
    }
  }

  private HttpResponse<String> send(Case c) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()));
    if (c.authorization() != null) {
      request.header("Authorization", c.authorization());
    }
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(WebappSession session, Case c) {
    if (c.method().equals("GET")) {
      return session.get(c.path());
    }
    return session.postJson(c.path(), c.body());
  }

  private String reportedHazardNumber() throws Exception {
    var response = new Http(port).post("/api/hazards", VILLAGER, Map.of("gridCode", "village-xiaogang",
        "hazardCategory", "fire", "grade", "general", "location", "村口", "description", "柴草堆放"));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return json.readTree(response.getBody()).get("number").asText();
  }

  /** A 受理 task of the fire brigade that xu.yangang holds, for zheng.cehong (same group) to claim. */
  private Task claimedByAnother() throws Exception {
    String number = reportedHazardNumber();
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        break;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    List<Task> open = instance == null ? List.of()
        : tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("zheng.cehong").list();
    if (open.isEmpty()) {
      open = tasks.createTaskQuery().taskCandidateUser("zheng.cehong").list();
    }
    assertThat(open).as("a task zheng.cehong may claim").isNotEmpty();
    Task task = open.get(0);
    tasks.setAssignee(task.getId(), "xu.yangang");
    return task;
  }

  private static String abbreviated(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
