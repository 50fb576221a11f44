package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The browser protection headers on SafeGrid's pages and JSON, the pages fit for their policy (no
 * inline script or handler), the webapps' own policy untouched; and authentication before any
 * guard of the webapps' API answers.
 */
@SafeGridTest
class SecurityHeadersTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final List<String> PAGES = List.of("/hazard-photos.html", "/ledger/hazards.html", "/ledger/hazard.html",
      "/ledger/inspections.html", "/ledger/inspection.html", "/dashboard/");

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void everyPageCarriesTheHeadersAndHasNoInlineScript() {
    for (String page : PAGES) {
      ResponseEntity<String> response = http.get(page, null);
      assertThat(response.getStatusCode().value()).as(page).isEqualTo(200);
      assertProtected(page, response.getHeaders());
      String html = response.getBody();
      assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).as(page + ": inline script").isFalse();
      assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
          .as(page + ": inline event handler").isFalse();
      assertThat(html).as(page).doesNotContain("javascript:");
    }
    assertProtected("/ledger/ledger.js", http.get("/ledger/ledger.js", null).getHeaders());
    assertProtected("/hazard-photos.js", http.get("/hazard-photos.js", null).getHeaders());
    assertProtected("/dashboard/dashboard.js", http.get("/dashboard/dashboard.js", null).getHeaders());
    assertProtected("/webjars/echarts/5.5.0/echarts.min.js",
        http.get("/webjars/echarts/5.5.0/echarts.min.js", null).getHeaders());
  }

  @Test
  void everyJsonAnswerOfTheAppApiCarriesTheHeaders() {
    for (var response : List.of(http.get("/api/hazards", VILLAGER), http.get("/api/hazards", null),
        http.get("/api/hazards?sort=,,,", VILLAGER), http.get("/api/registry/me", VILLAGER),
        http.get("/api/nothing-here", VILLAGER), http.get("/error", null))) {
      assertProtected(response.getStatusCode() + " " + response.getBody(), response.getHeaders());
      assertThat(response.getHeaders().getContentType().toString()).contains("json");
    }
  }

  @Test
  void theWebappsKeepTheirOwnPolicyAndGetNosniff() {
    var response = http.get("/camunda/app/tasklist/", null);
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeaders().get("Content-Security-Policy")).hasSize(1);
    assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
        .isNotEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("nonce");
  }

  @Test
  void theWebappsGuardsAskForALoginBeforeAnythingElse() {
    WebappSession outsider = new WebappSession(port);
    outsider.get("/camunda/app/tasklist/");
    for (String path : List.of("/group/camunda-admin", "/user/admin", "/group/camunda-admin/members/admin")) {
      var response = outsider.delete("/camunda/api/engine/engine/default" + path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).doesNotContain("最后一名").doesNotContain("不能删除");
    }
    var query = outsider.postJson("/camunda/api/engine/engine/default/task", "{\"assigneeExpression\":\"${1}\"}");
    assertThat(query.statusCode()).isEqualTo(401);
  }

  private static void assertProtected(String what, HttpHeaders headers) {
    assertThat(headers.getFirst("Content-Security-Policy")).as(what).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(headers.getFirst("X-Frame-Options")).as(what).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("same-origin");
  }
}
