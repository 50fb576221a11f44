package cn.safegrid.security;

import java.util.List;
import java.util.Set;

/**
 * The officer behind an app API request: his Camunda user id and groups ({@code dept-…},
 * {@code grid-…}, {@code town-leaders}, …). Controllers receive it as a method parameter.
 */
public record CurrentUser(String userId, Set<String> groupIds) {

  static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

  public CurrentUser {
    groupIds = Set.copyOf(groupIds);
  }

  public static CurrentUser of(String userId, List<String> groupIds) {
    return new CurrentUser(userId, Set.copyOf(groupIds));
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }

  public boolean isAdministrator() {
    return isIn(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
  }
}
