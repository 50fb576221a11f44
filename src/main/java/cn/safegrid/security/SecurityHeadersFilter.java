package cn.safegrid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser protection headers on everything SafeGrid itself serves: its pages (the ledger pages,
 * the photo page), the app API's JSON, the engine REST API, {@code /error}. A strict content
 * security policy (no inline script, nothing from other sites, no framing), {@code X-Frame-Options},
 * {@code nosniff} and a same-origin referrer. The Camunda webapps under {@code /camunda} keep the
 * policy of Camunda's own header filter (their start pages carry a nonce, see
 * {@link IndexPageNonceFilter}); there the filter only makes sure of {@code nosniff}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
      + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
      + "form-action 'self'";

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!response.containsHeader("X-Content-Type-Options")) {
      response.setHeader("X-Content-Type-Options", "nosniff");
    }
    if (!(path.equals("/camunda") || path.startsWith("/camunda/"))) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
    }
    chain.doFilter(request, response);
  }
}
