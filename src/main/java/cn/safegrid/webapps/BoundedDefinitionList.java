package cn.safegrid.webapps;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit asks for all versions of a process definition without paging (the version choice on a
 * definition's page), which the engine's {@code queryMaxResultsLimit} refuses with 400 — so the
 * page lost its version list, for administrators and supervisors alike. This bounds exactly that
 * list request to the limit (the engine would not answer more rows anyway); every other request is
 * left as it is.
 */
class BoundedDefinitionList extends OncePerRequestFilter {

  private static final Pattern DEFINITION_LIST =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+/process-definition$");

  private final int limit;

  BoundedDefinitionList(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
        .replaceAll("/{2,}", "/");
    if (!"GET".equals(request.getMethod()) || !DEFINITION_LIST.matcher(path).matches()
        || request.getParameter("maxResults") != null) {
      chain.doFilter(request, response);
      return;
    }
    String bounded = (request.getQueryString() == null ? "" : request.getQueryString() + "&")
        + "firstResult=0&maxResults=" + limit;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return bounded;
      }

      @Override
      public String getParameter(String name) {
        return switch (name) {
          case "maxResults" -> String.valueOf(limit);
          case "firstResult" -> super.getParameter(name) == null ? "0" : super.getParameter(name);
          default -> super.getParameter(name);
        };
      }

      @Override
      public java.util.Map<String, String[]> getParameterMap() {
        java.util.Map<String, String[]> map = new java.util.LinkedHashMap<>(super.getParameterMap());
        map.put("maxResults", new String[] {String.valueOf(limit)});
        map.putIfAbsent("firstResult", new String[] {"0"});
        return map;
      }

      @Override
      public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
      }

      @Override
      public java.util.Enumeration<String> getParameterNames() {
        return java.util.Collections.enumeration(getParameterMap().keySet());
      }
    }, response);
  }
}
