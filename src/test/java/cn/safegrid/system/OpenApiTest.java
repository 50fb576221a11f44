package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app API's OpenAPI description and Swagger UI, for officers who are logged in. */
@SafeGridTest
class OpenApiTest {

  static final String OFFICER = Http.basic("dong.liyong", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void theDescriptionListsTheRegistryApi() throws Exception {
    var response = new Http(port).get("/api/openapi", OFFICER);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode api = json.readTree(response.getBody());
    List<String> paths = new ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/registry", "/api/registry/me", "/api/registry/grids", "/api/registry/grids/{code}",
        "/api/registry/people/{code}/photo", "/api/registry/areas/{code}/inspection-group");
    assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/"));
    assertThat(paths).contains("/api/rules", "/api/rules/{key}", "/api/rules/{key}/check", "/api/rules/{key}/preview",
        "/api/rules/{key}/deploy", "/api/rules/{key}/diff", "/api/rules/{key}/rollback", "/api/rules/{key}/versions",
        "/api/rules/{key}/tests", "/api/rules/{key}/tests/{id}", "/api/rules/{key}/pending/adopt");
    JsonNode listGrids = api.at("/paths/~1api~1registry~1grids/get");
    assertThat(listGrids.get("summary").asText()).isEqualTo("网格列表");
    List<String> parameters = new ArrayList<>();
    listGrids.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
    // the officer comes from the login, not from the request
    assertThat(parameters).containsExactlyInAnyOrder("kind", "areaCode", "parentCode");
  }

  @Test
  void theInspectionLedgersFiltersAreListedOneByOne() throws Exception {
    JsonNode api = json.readTree(new Http(port).get("/api/openapi", OFFICER).getBody());
    JsonNode list = api.at("/paths/~1api~1inspections/get");
    List<String> parameters = new ArrayList<>();
    list.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
    assertThat(parameters).containsExactlyInAnyOrder("gridCode", "areaCode", "status", "checklist", "week", "dueFrom",
        "dueTo", "late", "withFindings", "extra", "outcome", "page", "size", "sort");
    assertThat(api.at("/paths/~1api~1inspections~1compliance/get/summary").asText()).startsWith("一周的排查完成情况");
  }

  @Test
  void theFormsGridListsAreDescribedWithTheirOptionShape() throws Exception {
    JsonNode api = json.readTree(new Http(port).get("/api/openapi", OFFICER).getBody());
    JsonNode report = api.at("/paths/~1api~1registry~1me~1report-grids/get");
    assertThat(report.get("summary").asText()).isEqualTo("可上报隐患的网格（表单用的选项）");
    assertThat(report.get("description").asText()).contains("隐患所在网格").contains("不选则为本人所在的网格");
    JsonNode extra = api.at("/paths/~1api~1inspections~1extra-round-grids/get");
    assertThat(extra.get("summary").asText()).isEqualTo("可开展加密排查的网格（表单用的选项）");
    assertThat(extra.get("description").asText()).contains("403");
    for (JsonNode operation : List.of(report, extra)) {
      // the officer comes from the login: no parameter; the answer is a list of GridOption
      assertThat(operation.path("parameters").size()).isZero();
      assertThat(operation.at("/responses/200/content").toString()).contains("#/components/schemas/GridOption");
    }
    List<String> properties = new ArrayList<>();
    api.at("/components/schemas/GridOption/properties").fieldNames().forEachRemaining(properties::add);
    assertThat(properties).containsExactly("label", "value");
  }

  @Test
  void theSummariesAndStatisticsAreDescribed() throws Exception {
    JsonNode api = json.readTree(new Http(port).get("/api/openapi", OFFICER).getBody());
    List<String> paths = new ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/summaries", "/api/summaries/{id}", "/api/summaries/{id}/export.xlsx",
        "/api/summaries/town", "/api/summaries/town/export.xlsx", "/api/summaries/schedule", "/api/summaries/open",
        "/api/statistics", "/api/statistics/{id}", "/api/statistics/{id}/export.xlsx", "/api/statistics/town/export.xlsx",
        "/api/statistics/open");
    JsonNode list = api.at("/paths/~1api~1summaries/get");
    assertThat(list.get("summary").asText()).startsWith("一个月的月度汇总");
    List<String> parameters = new ArrayList<>();
    list.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
    assertThat(parameters).containsExactlyInAnyOrder("month", "kind", "areaCode", "status", "page", "size");
    assertThat(api.at("/paths/~1api~1statistics~1town~1export.xlsx/get/summary").asText()).contains("仅镇领导");
  }

  @Test
  void swaggerUiOpensForALoggedInOfficer() {
    Http http = new Http(port);
    var entry = http.get("/api/docs", OFFICER);
    assertThat(entry.getStatusCode().value()).isEqualTo(302);
    URI page = entry.getHeaders().getLocation();
    assertThat(page.getPath()).isEqualTo("/api/swagger-ui/index.html");

    var index = http.get(page.getPath(), OFFICER);
    assertThat(index.getStatusCode().value()).isEqualTo(200);
    assertThat(index.getBody()).contains("swagger-ui");
    var config = http.get("/api/openapi/swagger-config", OFFICER);
    assertThat(config.getStatusCode().value()).isEqualTo(200);
    assertThat(config.getBody()).contains("/api/openapi");
    assertThat(http.get("/api/swagger-ui/swagger-initializer.js", OFFICER).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void swaggerUiNeedsALoginToo() {
    Http http = new Http(port);
    assertThat(http.get("/api/docs", null).getStatusCode().value()).isEqualTo(401);
    assertThat(http.get("/api/swagger-ui/index.html", null).getStatusCode().value()).isEqualTo(401);
  }
}
