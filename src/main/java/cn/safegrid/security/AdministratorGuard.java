package cn.safegrid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.safegrid.system.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigates the 7.24.0 record on the Admin setup endpoint, which creates an administrator whenever
 * the {@code camunda-admin} group has no direct member:
 * <ul>
 *   <li>the setup endpoint is closed for good (the first administrator comes from configuration);</li>
 *   <li>the last direct member of {@code camunda-admin} cannot be removed, nor the group deleted,
 *       through the engine REST API or the Admin webapp.</li>
 * </ul>
 * {@link AdministratorGroupCheck} restores a member at start-up should the database lack one.
 */
class AdministratorGuard extends OncePerRequestFilter {

  static final String SETUP_CLOSED =
      "初始管理员已由系统配置创建，安装向导已停用。 The setup of a first administrator is disabled.";
  static final String LAST_ADMIN =
      "不能移除最后一名系统管理员：请先为“camunda-admin”组添加另一名成员。"
          + " The last member of camunda-admin cannot be removed.";
  static final String ADMIN_GROUP =
      "系统管理员组“camunda-admin”不能删除。 The camunda-admin group cannot be deleted.";

  private static final String ADMIN = Groups.CAMUNDA_ADMIN;
  private static final Pattern MEMBER = Pattern.compile("^/group/" + ADMIN + "/members/([^/]+)$");
  private static final Pattern USER = Pattern.compile("^/user/([^/]+)$");

  private final IdentityService identityService;

  AdministratorGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String servletPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    EngineApiPath path = EngineApiPath.of(request);
    if (path != null && "DELETE".equals(request.getMethod()) && WebappLogin.missing(request)) {
      // authentication first: an outsider learns nothing, not even whether a user is the last administrator
      WebappLogin.refuse(response);
      return;
    }
    if (servletPath.startsWith("/camunda/api/admin/setup/")) {
      ErrorResponses.engineError(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", SETUP_CLOSED);
      return;
    }
    if (path != null && "DELETE".equals(request.getMethod())) {
      if (path.resource().equals("/group/" + ADMIN)) {
        ErrorResponses.engineError(response, HttpServletResponse.SC_CONFLICT, "InvalidRequestException", ADMIN_GROUP);
        return;
      }
      String leaving = userLeavingAdminGroup(path.resource());
      if (leaving != null && isLastAdministrator(leaving)) {
        ErrorResponses.engineError(response, HttpServletResponse.SC_CONFLICT, "InvalidRequestException", LAST_ADMIN);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static String userLeavingAdminGroup(String resource) {
    Matcher member = MEMBER.matcher(resource);
    if (member.matches()) {
      return member.group(1);
    }
    Matcher user = USER.matcher(resource);
    return user.matches() ? user.group(1) : null;
  }

  private boolean isLastAdministrator(String userId) {
    return AsSystem.call(identityService, () ->
        identityService.createUserQuery().memberOfGroup(ADMIN).userId(userId).count() > 0
            && identityService.createUserQuery().memberOfGroup(ADMIN).count() <= 1);
  }
}
