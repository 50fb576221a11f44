package cn.safegrid.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON error bodies written by servlet filters, before any controller runs. */
final class ErrorResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponses() {}

  /** The engine REST API's own error shape, which Tasklist and Cockpit display. */
  static void engineError(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    write(response, status, body);
  }

  /** The app API's error shape (same as {@code cn.safegrid.system.ApiError}). */
  static void apiError(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    write(response, status, body);
  }

  private static void write(HttpServletResponse response, int status, Map<String, Object> body)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json;charset=UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
