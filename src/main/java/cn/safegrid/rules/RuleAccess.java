package cn.safegrid.rules;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.security.CockpitUsers;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the rule tables, for every door (API, page, Cockpit plugin): everyone who
 * may open Cockpit reads them (the engine's application authorization, which the registry's mirror
 * grants); the rule administrators ({@code rule-admins}) and the system administrators change,
 * deploy and roll back tables and keep their test cases.
 */
@Component
class RuleAccess {

  static final String READERS_ONLY = "只有可以使用驾驶舱（Cockpit）的人员可以查看规则表。";
  static final String DEPLOYERS_ONLY = "只有规则管理员和系统管理员可以修改、部署、回滚规则表和维护测试用例。";

  private final CockpitUsers cockpitUsers;

  RuleAccess(CockpitUsers cockpitUsers) {
    this.cockpitUsers = cockpitUsers;
  }

  boolean canRead(CurrentUser user) {
    return user != null && (canDeploy(user) || cockpitUsers.mayUse(user));
  }

  boolean canDeploy(CurrentUser user) {
    return user != null && (user.isAdministrator() || user.isIn(GridGroups.RULE_ADMINISTRATORS));
  }

  void requireRead(CurrentUser user) {
    if (!canRead(user)) {
      throw ApiException.forbidden(READERS_ONLY);
    }
  }

  void requireDeploy(CurrentUser user) {
    requireRead(user);
    if (!canDeploy(user)) {
      throw ApiException.forbidden(DEPLOYERS_ONLY);
    }
  }
}
