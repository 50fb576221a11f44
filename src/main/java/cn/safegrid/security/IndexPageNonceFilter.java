package cn.safegrid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes the script nonce in a webapp's start page (Tasklist, Cockpit, Admin, Welcome) the one its
 * Content-Security-Policy header allows.
 *
 * <p>Camunda 7.24 keeps the nonce of the latest request in one servlet-context attribute and prints
 * that into the page: when another request (a second tab, another officer, the page's own scripts)
 * arrives between the header and the page, the page carries a foreign nonce, the browser refuses
 * every script, and the officer looks at a spinner for good. This filter rewrites the page's
 * nonces to the header's, so each page matches its own policy; the policy itself is unchanged.
 */
class IndexPageNonceFilter extends OncePerRequestFilter {

  static final String CSP = "Content-Security-Policy";
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // start pages are directories (/camunda/app/tasklist/default/) or index.html; scripts are not touched
    String path = request.getRequestURI();
    return !"GET".equals(request.getMethod()) || !(path.endsWith("/") || path.endsWith("/index.html"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, page);
    } finally {
      String type = page.getContentType();
      String policy = page.getHeader(CSP);
      Matcher allowed = policy == null ? null : HEADER_NONCE.matcher(policy);
      if (type != null && type.startsWith("text/html") && allowed != null && allowed.find()) {
        var charset = page.getCharacterEncoding() == null ? StandardCharsets.UTF_8
            : java.nio.charset.Charset.forName(page.getCharacterEncoding());
        String html = new String(page.getContentAsByteArray(), charset);
        String fixed = PAGE_NONCE.matcher(html).replaceAll(Matcher.quoteReplacement("nonce=\"" + allowed.group(1) + "\""));
        if (!fixed.equals(html)) {
          page.resetBuffer();
          page.getOutputStream().write(fixed.getBytes(charset));
        }
      }
      page.copyBodyToResponse();
    }
  }
}
