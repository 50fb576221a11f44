package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardRepository;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that keeps an officer's HTTP Basic password must not let another site change data with
 * it; and the API never makes a browser ask for that password.
 */
@SafeGridTest
class CrossSiteWriteGuardTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String REPORT = "{\"gridCode\":\"village-xiaogang\",\"hazardCategory\":\"fire-safety\","
      + "\"grade\":\"general\",\"location\":\"小岗村\",\"description\":\"灭火器过期\"}";

  @LocalServerPort int port;
  @Autowired HazardRepository hazards;
  final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aWriteAnotherSiteSendsWithTheOfficersPasswordIsRefusedAndChangesNothing() throws Exception {
    long before = hazards.count();
    var crossSite = post("/api/hazards", REPORT, "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("拒绝来自其他网站的修改请求");
    var engine = post("/engine-rest/process-definition/key/hazard-rectification/start", "{}", "cross-site");
    assertThat(engine.statusCode()).isEqualTo(403);
    assertThat(hazards.count()).isEqualTo(before);

    assertThat(post("/api/hazards", REPORT, "same-origin").statusCode()).as("our own pages").isEqualTo(201);
    assertThat(post("/api/hazards", REPORT, null).statusCode()).as("curl and other tools").isEqualTo(201);
  }

  @Test
  void aLinkToTheApiFollowedWithoutALoginGetsNoPasswordBox() throws Exception {
    var navigation = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hazards"))
        .header("Sec-Fetch-Mode", "navigate").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(navigation.statusCode()).isEqualTo(401);
    assertThat(navigation.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  private HttpResponse<String> post(String path, String json, String fetchSite) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", VILLAGER).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (fetchSite != null) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
