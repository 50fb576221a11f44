package cn.safegrid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes data when the browser says another site sent it. A browser that
 * has HTTP Basic credentials for this server (an officer once answered the login box) would
 * otherwise attach them to a form another site submits, and the API cannot tell that request from
 * the officer's own: sessions are protected by the XSRF token, Basic credentials are not. Browsers
 * say where a request comes from ({@code Sec-Fetch-Site}); scripts and tools such as curl say
 * nothing and are not affected. (The Origin header is not used: behind a reverse proxy the server
 * may not know the name the browser used.)
 */
class CrossSiteWriteGuard extends OncePerRequestFilter {

  static final String MESSAGE = "拒绝来自其他网站的修改请求：请在本系统的页面中操作。"
      + " Refused: a request that changes data was sent by another site.";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (modifies(request) && fromAnotherSite(request)) {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        ErrorResponses.apiError(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
      } else {
        ErrorResponses.engineError(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean modifies(HttpServletRequest request) {
    return !CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
  }

  private static boolean fromAnotherSite(HttpServletRequest request) {
    // "same-origin": our own pages; "none": typed or bookmarked by the user; absent: not a browser
    String site = request.getHeader("Sec-Fetch-Site");
    return site != null && !site.equals("same-origin") && !site.equals("none");
  }
}
