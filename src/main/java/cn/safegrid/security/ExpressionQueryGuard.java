package cn.safegrid.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigates the 7.24.0 remote-code-execution record: JUEL expressions smuggled into task queries
 * (top level or nested in {@code orQueries}) and into stored filter queries. Any such request to the
 * engine REST API or to the webapps' engine API is answered 400 before the engine sees it.
 *
 * <p>Only query endpoints are inspected, so a task completion whose variables happen to contain
 * "${" is not affected.
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

  static final String MESSAGE =
      "任务查询中不允许使用表达式（${…} 或 #{…}），请改用具体的值。"
          + " Expressions (${...}, #{...}) are not allowed in task or filter queries.";

  /** Task queries and everything about filters (which store and run task queries). */
  private static final String QUERY_RESOURCES = "^/(task(/count)?|filter(/.*)?)$";

  private final ObjectMapper objectMapper = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiPath path = EngineApiPath.of(request);
    if (path == null || !path.matches(QUERY_RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }
    if (WebappLogin.missing(request)) {
      WebappLogin.refuse(response);
      return;
    }
    if (parametersCarryExpression(request.getParameterMap())) {
      ErrorResponses.engineError(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", MESSAGE);
      return;
    }
    if ("GET".equals(request.getMethod()) || "DELETE".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    if (bodyCarriesExpression(cached.body())) {
      ErrorResponses.engineError(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", MESSAGE);
      return;
    }
    chain.doFilter(cached, response);
  }

  private static boolean parametersCarryExpression(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
      if (isExpression(entry.getKey())) {
        return true;
      }
      for (String value : entry.getValue()) {
        if (isExpression(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Parses the JSON (so unicode escapes such as \u0024{ are decoded) and looks at every string. */
  private boolean bodyCarriesExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return anyTextIsExpression(objectMapper.readTree(body));
    } catch (JsonProcessingException notJson) {
      // The engine will reject a malformed body itself; still refuse raw expressions in it.
      return isExpression(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static boolean anyTextIsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return isExpression(node.asText());
    }
    var names = node.fieldNames();
    while (names.hasNext()) {
      if (isExpression(names.next())) {
        return true;
      }
    }
    for (JsonNode child : node) {
      if (anyTextIsExpression(child)) {
        return true;
      }
    }
    return false;
  }

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }
}
