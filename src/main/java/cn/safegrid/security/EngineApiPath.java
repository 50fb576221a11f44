package cn.safegrid.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine resource a request addresses, the same whether it came through {@code /engine-rest}
 * or through the webapps' {@code /camunda/api/engine/engine/<name>} proxy: "/task/count",
 * "/group/camunda-admin/members/jdoe".
 */
record EngineApiPath(String resource) {

  private static final Pattern ENGINE_REST =
      Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
  private static final Pattern WEBAPP_ENGINE =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");

  /** Returns the addressed engine resource, or null when the request is not for the engine API. */
  static EngineApiPath of(HttpServletRequest request) {
    // servlet path + path info are decoded and normalised by the container, as the REST
    // servlets see them, so "%74ask" or "//task" cannot slip past.
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    for (Pattern pattern : new Pattern[] {ENGINE_REST, WEBAPP_ENGINE}) {
      Matcher matcher = pattern.matcher(path);
      if (matcher.matches()) {
        String resource = matcher.group(1) == null ? "/" : matcher.group(1);
        if (resource.length() > 1 && resource.endsWith("/")) {
          resource = resource.substring(0, resource.length() - 1);
        }
        return new EngineApiPath(resource);
      }
    }
    return null;
  }

  boolean matches(String regex) {
    return resource.matches(regex);
  }
}
