package cn.safegrid.security;

import cn.safegrid.system.AsSystem;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may use Cockpit: the engine's application permission {@code cockpit}, which the registry's
 * mirror grants (town leaders, the safety office, 纪委, the supervisors of a part of the town, rule
 * administrators). The one check behind every door that asks it: the engine API gate, the webapps'
 * "who am I", the rule tables.
 */
@Component
public class CockpitUsers {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  CockpitUsers(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  public boolean mayUse(CurrentUser user) {
    return user != null && (user.isAdministrator() || AsSystem.call(identity, () -> authorizations.isUserAuthorized(
        user.userId(), List.copyOf(user.groupIds()), Permissions.ACCESS, Resources.APPLICATION, "cockpit")));
  }
}
