package cn.safegrid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session of the Camunda webapps: cookies, the XSRF token, and the login form's
 * endpoint, as Tasklist uses them.
 */
public final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to Tasklist like the login page does; returns the HTTP status of the login. */
  public int login(String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    // the login starts a new session; its XSRF token arrives with the next response, as in the browser
    get("/camunda/api/engine/engine/");
    return status;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A GET with one extra header, e.g. {@code X-XSRF-TOKEN: Fetch} as the app's own pages send it. */
  public HttpResponse<String> get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
  }

  /** A one-file multipart upload as a page's form sends it, with the given XSRF header value (or none). */
  public HttpResponse<String> postFile(String path, String field, String filename, String contentType, byte[] content,
      String xsrfToken) {
    String boundary = "----safegrid" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    return send(request);
  }

  /** A DELETE carrying the XSRF header, as the webapps send it. */
  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", xsrfToken()).DELETE());
  }

  /** A JSON POST carrying the XSRF header, as the webapps send it. */
  public HttpResponse<String> postJson(String path, String json) {
    return postJson(path, json, true);
  }

  public HttpResponse<String> postJson(String path, String json, boolean withXsrfHeader) {
    var request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withXsrfHeader) {
      request.header("X-XSRF-TOKEN", xsrfToken());
    }
    return send(request);
  }

  /** A JSON PUT carrying the XSRF header, as the webapps and the app's pages send it. */
  public HttpResponse<String> putJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken()).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
