package cn.safegrid.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Authentication before any guard answers on the webapps' API ({@code /camunda/api/*}): there
 * Camunda checks the login only inside its REST resources, after SafeGrid's guards, so a guard
 * that answered first (409 "the last administrator", 400 "no expressions") would tell an outsider
 * things about the system. Over {@code /engine-rest} the basic-auth filter runs before the guards.
 */
final class WebappLogin {

  static final String NOT_LOGGED_IN = "请先登录。 Authentication required.";

  private WebappLogin() {}

  /** True for a request of the webapps' API without a logged-in user in its session. */
  static boolean missing(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.startsWith("/camunda/api/")) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null
        || authentications.getAuthentications().stream().noneMatch(a -> a.getIdentityId() != null);
  }

  /** Answers 401 in the engine's error shape; Tasklist then shows its login. */
  static void refuse(HttpServletResponse response) throws IOException {
    ErrorResponses.engineError(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", NOT_LOGGED_IN);
  }
}
