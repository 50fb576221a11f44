package cn.safegrid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the app's own API ({@code /api/**}), one identity for the whole
 * product: either the session of a Camunda webapp login (Tasklist, Cockpit) — then state-changing
 * requests must carry the webapps' CSRF token header — or HTTP basic with a Camunda user.
 *
 * <p>While the request runs, the engine knows the user ({@code IdentityService#setAuthentication}),
 * so engine authorizations apply to what the app does on his behalf.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";
  static final String UNAUTHENTICATED =
      "请先登录（会话或 HTTP Basic 认证）。 Authentication required.";
  static final String BAD_CREDENTIALS = "用户名或密码错误，或账号已被暂时锁定。 Wrong user name or password.";
  static final String CSRF =
      "缺少或错误的 X-XSRF-TOKEN 请求头（会话登录时修改数据必须携带）。 Missing or wrong CSRF token.";

  private final IdentityService identityService;

  ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user;
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      user = fromBasic(header.substring(6).trim());
      if (user == null) {
        challenge(request, response, BAD_CREDENTIALS);
        return;
      }
    } else {
      HttpSession session = request.getSession(false);
      user = session == null ? null : fromSession(session);
      if (user == null) {
        challenge(request, response, UNAUTHENTICATED);
        return;
      }
      if (modifies(request) && !carriesCsrfToken(request, session)) {
        ErrorResponses.apiError(response, HttpServletResponse.SC_FORBIDDEN, CSRF);
        return;
      }
      handOutCsrfToken(request, response, session);
    }
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private CurrentUser fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (!identityService.checkPassword(userId, password)) {
      return null;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    return CurrentUser.of(userId, groups);
  }

  /** The webapp login of this session (Tasklist, Cockpit, Admin), or null. Also used by EngineApiGate. */
  static CurrentUser fromSession(HttpSession session) {
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication auth)) {
      return null;
    }
    return CurrentUser.of(auth.getIdentityId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  private static boolean modifies(HttpServletRequest request) {
    return !CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
  }

  private static final String FETCH_TOKEN = "Fetch";

  /**
   * The app's own pages (e.g. the hazard photo page) cannot read the webapps' XSRF cookie, whose
   * path is {@code /camunda}: a reading request that asks with {@code X-XSRF-TOKEN: Fetch} gets the
   * session's token in the same header, as the webapps' own API answers it. Only a page of this
   * origin can read that header (there is no CORS).
   */
  private static void handOutCsrfToken(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
    Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (!modifies(request) && token != null
        && FETCH_TOKEN.equalsIgnoreCase(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token.toString());
    }
  }

  /** Also used by EngineApiGate when it answers a webapp request itself. */
  static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String actual = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && Objects.equals(expected, actual);
  }

  /**
   * 401. HTTP Basic clients are told to authenticate; a browser is not — neither a page that speaks
   * the webapps' session protocol (it sends {@code X-XSRF-TOKEN}) nor a link followed in a tab
   * ({@code Sec-Fetch-Mode: navigate}) — or it would pop up a login box and then keep the password
   * for every later request, including ones another site makes it send (see CrossSiteWriteGuard).
   */
  private static void challenge(HttpServletRequest request, HttpServletResponse response, String message)
      throws IOException {
    boolean browserPage = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) != null
        || "navigate".equals(request.getHeader("Sec-Fetch-Mode"));
    if (!browserPage) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"SafeGrid\", charset=\"UTF-8\"");
    }
    ErrorResponses.apiError(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }
}
