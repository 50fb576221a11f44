package cn.safegrid.grid;

import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read and change what in the registry: administrators and the safety office change it
 * (regulation 四（一）: the office draws the grids and keeps the ledgers); supervisors read all of
 * it; every other officer reads the grids his roles cover and the people in them.
 */
@Component
public class RegistryAccess {

  private final Registry registry;

  RegistryAccess(Registry registry) {
    this.registry = registry;
  }

  public boolean canEdit(CurrentUser user) {
    return user.isAdministrator() || user.isIn(GridGroups.SAFETY_OFFICE);
  }

  public void requireEditor(CurrentUser user) {
    if (!canEdit(user)) {
      throw ApiException.forbidden("只有系统管理员和领导小组办公室可以修改网格台账。");
    }
  }

  /** Administrators and the supervising roles read the whole registry. */
  public boolean readsEverything(CurrentUser user) {
    return canEdit(user) || user.isIn(GridGroups.TOWN_LEADERS) || user.isIn(GridGroups.DISCIPLINE);
  }

  /** The grids this user's roles cover; every grid for those who read everything. */
  public Set<String> visibleGrids(CurrentUser user) {
    return visibleGrids(user, registry.current());
  }

  private Set<String> visibleGrids(CurrentUser user, RegistryIndex index) {
    if (readsEverything(user)) {
      return index.data().grids().stream().map(RegistryData.GridRow::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return index.personByLogin(user.userId())
        .map(person -> index.visibleGridCodes(person.code()))
        .orElse(Set.of());
  }

  /** What this user may read, worked out once for one request. */
  RegistryView view(CurrentUser user) {
    RegistryIndex index = registry.current();
    return new RegistryView(index, canEdit(user), readsEverything(user), visibleGrids(user, index), user.userId());
  }
}
