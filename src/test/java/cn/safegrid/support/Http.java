package cn.safegrid.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A small HTTP client for tests against the running server: basic auth, JSON, and every status
 * returned as is (no exception on 4xx/5xx) so tests assert what a user's client would see.
 */
public final class Http {

  private final RestClient client;
  private final String base;

  public Http(int port) {
    this(port, RestClient.builder());
  }

  private Http(int port, RestClient.Builder builder) {
    this.base = "http://localhost:" + port;
    this.client = builder.defaultStatusHandler(status -> true, (request, response) -> { }).build();
  }

  /** The same client, sending this header with every request (e.g. an administrator's reason). */
  public Http withHeader(String name, String value) {
    return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)),
        RestClient.builder().defaultHeader(name, value));
  }

  /** An administrator's reason for what he does beyond an officer's work, as the header carries it. */
  public Http withReason(String reason) {
    return withHeader("X-SafeGrid-Reason", java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));
  }

  /** Paths are used as written (already URL-encoded), never expanded as URI templates. */
  private java.net.URI uri(String path) {
    return java.net.URI.create(base + path);
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public ResponseEntity<String> get(String path, String authorization) {
    return exchange(HttpMethod.GET, path, authorization, null);
  }

  public ResponseEntity<String> post(String path, String authorization, Object jsonBody) {
    return exchange(HttpMethod.POST, path, authorization, jsonBody);
  }

  public ResponseEntity<String> put(String path, String authorization, Object jsonBody) {
    return exchange(HttpMethod.PUT, path, authorization, jsonBody);
  }

  public ResponseEntity<String> delete(String path, String authorization) {
    return exchange(HttpMethod.DELETE, path, authorization, null);
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, String authorization, Object body) {
    var request = client.method(method).uri(uri(path));
    if (authorization != null) {
      request.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    if (body instanceof HttpEntity<?> entity) {
      request.headers(h -> h.addAll(entity.getHeaders()));
      request.body(entity.getBody());
    } else if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON);
      request.body(body);
    }
    return request.retrieve().toEntity(String.class);
  }

  /** POSTs one file as multipart/form-data, as a browser's file upload does. */
  public ResponseEntity<String> postFile(String path, String authorization, String field, String filename, byte[] content) {
    var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    parts.add(field, new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    var request = client.post().uri(uri(path)).contentType(MediaType.MULTIPART_FORM_DATA);
    if (authorization != null) {
      request.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    return request.body(parts).retrieve().toEntity(String.class);
  }

  public ResponseEntity<byte[]> getBytes(String path, String authorization) {
    var request = client.get().uri(uri(path));
    if (authorization != null) {
      request.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    return request.retrieve().toEntity(byte[].class);
  }
}
