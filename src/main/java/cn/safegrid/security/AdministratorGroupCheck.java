package cn.safegrid.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a direct member in {@code camunda-admin} at every start: without one, the Admin setup
 * endpoint of 7.24.0 would let anybody create an administrator. The configured admin user
 * ({@code camunda.bpm.admin-user.id}) is put back when the group is empty.
 */
@Component
class AdministratorGroupCheck {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorGroupCheck.class);

  private final IdentityService identityService;
  private final CamundaBpmProperties properties;

  AdministratorGroupCheck(IdentityService identityService, CamundaBpmProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(PostDeployEvent.class)
  public void ensureDirectAdministrator() {
    String admin = Groups.CAMUNDA_ADMIN;
    if (identityService.createGroupQuery().groupId(admin).count() == 0) {
      var group = identityService.newGroup(admin);
      group.setName("系统管理员");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().memberOfGroup(admin).count() > 0) {
      return;
    }
    String adminUser = properties.getAdminUser() == null ? null : properties.getAdminUser().getId();
    if (adminUser == null || identityService.createUserQuery().userId(adminUser).count() == 0) {
      throw new IllegalStateException(
          "camunda-admin 组没有成员，且未配置可用的管理员账号（camunda.bpm.admin-user.id）。"
              + " The camunda-admin group has no member and no admin user is configured.");
    }
    identityService.createMembership(adminUser, admin);
    LOG.warn("camunda-admin had no direct member; added the configured admin user '{}'", adminUser);
  }
}
