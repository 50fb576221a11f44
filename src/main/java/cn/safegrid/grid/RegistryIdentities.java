package cn.safegrid.grid;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Camunda users and groups the registry owns (IdentityMirror creates, fills and removes
 * them): a change made to them elsewhere — in Camunda Admin, over the engine REST API — would be
 * undone at the next mirror, so it is refused instead, naming the registry as the place to make it.
 */
@Component
public class RegistryIdentities {

  /** The answer to an Admin edit of what the registry owns. */
  public static final String EDIT_IN_THE_REGISTRY =
      "人员、用户组及其成员由网格台账管理，不能在系统管理中修改。请在网格台账中修改（领导小组办公室或系统管理员："
          + "网格台账接口 /api/registry，或导出、修改后导入网格台账 Excel 工作簿），保存后会自动同步到这里。";
  /** The answer to adding a person of the registry to camunda-admin, or removing him, in Admin. */
  public static final String ADMINISTRATORS_IN_THE_REGISTRY =
      "系统管理员由网格台账中人员的“系统管理员”一栏决定，不能在系统管理中增减；请在网格台账中修改该人员，保存后会自动同步。";

  private final MirroredLoginRepository mirrored;

  RegistryIdentities(MirroredLoginRepository mirrored) {
    this.mirrored = mirrored;
  }

  /** A login the registry created or adopted (a person of the registry). */
  @Transactional(readOnly = true)
  public boolean ownsUser(String userId) {
    return userId != null && mirrored.existsById(userId);
  }

  /** A group the registry defines (departments, grids, areas, the role groups); not camunda-admin. */
  public boolean ownsGroup(String groupId) {
    return groupId != null && !Groups.CAMUNDA_ADMIN.equals(groupId) && GridGroups.isManaged(groupId);
  }
}
