package cn.safegrid.webapps;

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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * What the webapps' SafeGrid scripts read: the administrators' notice, who the reader is in
 * Cockpit, what variables mean; and what an officer without Cockpit or Admin rights is told.
 */
@SafeGridTest
class WebappsApiTest {

  static final String ADMIN = Http.basic("admin", "demo");
  static final String DONG = Http.basic("dong.liyong", "demo");

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  Http http;

  @BeforeEach
  @AfterEach
  void noNotice() {
    http = new Http(port);
    http.delete("/api/notice", ADMIN);
  }

  @Test
  void administratorsPublishTheNoticeEverybodyReads() throws Exception {
    assertThat(http.get("/api/notice", DONG).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> published = http.put("/api/notice", ADMIN, Map.of("text", "  12月20日 20:00 起系统维护两小时。 "));
    assertThat(published.getStatusCode().value()).isEqualTo(200);
    JsonNode notice = json.readTree(http.get("/api/notice", DONG).getBody());
    assertThat(notice.path("text").asText()).isEqualTo("12月20日 20:00 起系统维护两小时。");
    assertThat(notice.path("updatedBy").asText()).isEqualTo("admin");
    assertThat(notice.path("updatedByName").asText()).isEqualTo("系统管理员");

    ResponseEntity<String> officer = http.put("/api/notice", DONG, Map.of("text", "我来发公告"));
    assertThat(officer.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(officer.getBody()).path("message").asText()).contains("只有系统管理员");
    assertThat(http.delete("/api/notice", DONG).getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(http.get("/api/notice", DONG).getBody()).path("text").asText()).startsWith("12月20日");

    ResponseEntity<String> empty = http.put("/api/notice", ADMIN, Map.of("text", "   "));
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(empty.getBody()).path("fieldErrors").get(0).path("message").asText()).contains("撤下公告");
    ResponseEntity<String> tooLong = http.put("/api/notice", ADMIN, Map.of("text", "长".repeat(501)));
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLong.getBody()).contains("500 字");

    assertThat(http.delete("/api/notice", ADMIN).getStatusCode().value()).isEqualTo(204);
    assertThat(http.get("/api/notice", DONG).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void cockpitKnowsWhoIsReadingAndWhatHeSupervises() throws Exception {
    JsonNode town = json.readTree(http.get("/api/webapps/me", Http.basic("zhang.shili", "demo")).getBody());
    assertThat(town.path("cockpit").asBoolean()).isTrue();
    assertThat(town.path("readOnly").asBoolean()).isTrue();
    assertThat(town.path("townWide").asBoolean()).isTrue();
    assertThat(town.path("scope").asText()).isEqualTo("全镇各网格");

    JsonNode area = json.readTree(http.get("/api/webapps/me", Http.basic("peng.shitao", "demo")).getBody());
    assertThat(area.path("cockpit").asBoolean()).isTrue();
    assertThat(area.path("townWide").asBoolean()).isFalse();
    assertThat(area.path("scope").asText()).contains("东片各村（副片长）").contains("农业发展服务中心·农办");

    JsonNode village = json.readTree(http.get("/api/webapps/me", Http.basic("gao.shihua", "demo")).getBody());
    assertThat(village.path("cockpit").asBoolean()).isTrue();
    assertThat(village.path("scope").asText()).contains("小岗村（网格长）");

    JsonNode officer = json.readTree(http.get("/api/webapps/me", DONG).getBody());
    assertThat(officer.path("cockpit").asBoolean()).as("a villager representative has no Cockpit").isFalse();

    JsonNode admin = json.readTree(http.get("/api/webapps/me", ADMIN).getBody());
    assertThat(admin.path("administrator").asBoolean()).isTrue();
    assertThat(admin.path("readOnly").asBoolean()).isFalse();
  }

  @Test
  void variablesAreExplainedInChinese() throws Exception {
    JsonNode labels = json.readTree(http.get("/api/webapps/variable-labels", Http.basic("gao.shihua", "demo")).getBody());
    assertThat(labels.at("/names/hazardCategory").asText()).isEqualTo("隐患类别");
    assertThat(labels.at("/names/acceptance").asText()).isEqualTo("受理意见");
    assertThat(labels.at("/names/hazardSummary").asText()).contains("隐患摘要");
    assertThat(labels.at("/values/acceptance/accept").asText()).isEqualTo("受理，明确整改责任");
    assertThat(labels.at("/values/grade/major").asText()).contains("重大隐患");
    assertThat(labels.at("/values/hazardCategory/fire").asText()).isEqualTo("消防安全");
    assertThat(labels.at("/values/gridCode/village-xiaogang").asText()).isEqualTo("小岗村");
    assertThat(labels.at("/values/assistingDepartment/police").asText()).isEqualTo("派出所");
  }

  @Test
  void anOfficerOpeningCockpitOrAdminIsSentToTasklistInChinese() throws Exception {
    var session = new WebappSession(port);
    assertThat(session.login("dong.liyong", "demo")).isEqualTo(200);
    for (String app : new String[] {"cockpit", "admin"}) {
      HttpResponse<String> page = session.get("/camunda/app/" + app + "/default/", "Accept", "text/html,application/xhtml+xml");
      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains(app.equals("cockpit") ? "您没有驾驶舱的使用权限" : "您没有系统管理的使用权限")
          .contains("href=\"/camunda/app/tasklist/\"").contains("打开任务列表").doesNotContain("Whitelabel")
          .doesNotContain("<script");
    }

    HttpClient client = HttpClient.newHttpClient();
    String base = "http://localhost:" + port;
    HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElse("");
    String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token).header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString("username=dong.liyong&password=demo", StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(json.readTree(login.body()).path("message").asText()).contains("您没有使用驾驶舱的权限").contains("任务列表");
  }

  @Test
  void cockpitGetsTheVersionsOfADefinitionDespiteTheResultLimit() throws Exception {
    var session = new WebappSession(port);
    assertThat(session.login("zhang.shili", "demo")).isEqualTo(200);
    HttpResponse<String> versions = session.get("/camunda/api/engine/engine/default/process-definition"
        + "?key=hazard-rectification&sortBy=version&sortOrder=desc&withoutTenantId=true");
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(json.readTree(versions.body()).size()).isGreaterThanOrEqualTo(1);
  }
}
