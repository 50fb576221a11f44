package cn.safegrid.grid;

import cn.safegrid.system.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names of the people behind logins, as the ledger and the task forms print them. */
@Component
public class Officers {

  /** The actor of what timers and the engine do on their own. */
  public static final String SYSTEM = "系统";

  private final Registry registry;
  private final IdentityService identity;

  Officers(Registry registry, IdentityService identity) {
    this.registry = registry;
    this.identity = identity;
  }

  /** The registry name of a login, else the Camunda user's name, else the login itself. */
  public String nameOf(String login) {
    if (login == null || login.isBlank()) {
      return SYSTEM;
    }
    return registry.current().personByLogin(login).map(RegistryData.PersonRow::name).orElseGet(() -> {
      User user = AsSystem.call(identity, () -> identity.createUserQuery().userId(login).singleResult());
      if (user == null) {
        return login;
      }
      String name = PersonNames.fullName(user.getFirstName(), user.getLastName());
      return name == null || name.isBlank() ? login : name;
    });
  }
}
