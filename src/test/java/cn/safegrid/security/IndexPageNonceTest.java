package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.SafeGridTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many officers opening Tasklist at once: every start page allows exactly the scripts it loads —
 * its nonce is its own header's, not another request's (which left Tasklist on a spinner).
 */
@SafeGridTest
class IndexPageNonceTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

  @LocalServerPort
  int port;

  @Test
  void everyStartPageCarriesTheNonceOfItsOwnPolicyUnderConcurrentRequests() {
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String app = List.of("tasklist", "cockpit", "admin").get(i % 3);
      pages.add(client.sendAsync(get("/camunda/app/" + app + "/default/"), HttpResponse.BodyHandlers.ofString()));
      others.add(client.sendAsync(get("/camunda/app/tasklist/scripts/config.js"), HttpResponse.BodyHandlers.ofString()));
      others.add(client.sendAsync(get("/camunda/api/engine/engine/"), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
    int checked = 0;
    for (var future : pages) {
      HttpResponse<String> page = future.join();
      assertThat(page.statusCode()).isEqualTo(200);
      Matcher header = HEADER_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
      assertThat(header.find()).isTrue();
      Matcher body = PAGE_NONCE.matcher(page.body());
      while (body.find()) {
        assertThat(body.group(1)).as("a script nonce of the page").isEqualTo(header.group(1));
        checked++;
      }
    }
    assertThat(checked).as("script tags checked").isGreaterThanOrEqualTo(60 * 3);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }
}
