package cn.safegrid.grid;

import cn.safegrid.system.TaskContext;
import cn.safegrid.system.VariableKey;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets a grid's own leaders read every task about their grid (process variable {@code gridCode}),
 * whichever department works it, without being able to claim it. Town leaders and the safety
 * office read all tasks anyway (AccessRights); liaison cadres follow their villages' hazards in
 * the ledger (/api/hazards), which shows them by grid.
 */
@Component
class GridWatchers implements TaskContext.Hook {

  static final VariableKey<String> GRID_CODE = VariableKey.of("gridCode", String.class);

  private final Registry registry;
  private final AuthorizationService authorizations;

  GridWatchers(Registry registry, @Lazy AuthorizationService authorizations) {
    this.registry = registry;
    this.authorizations = authorizations;
  }

  @Override
  public void taskCreated(DelegateTask task) {
    String gridCode = GRID_CODE.get(task);
    if (gridCode == null) {
      return;
    }
    RegistryIndex index = registry.current();
    if (index.grid(gridCode).isEmpty() || index.grid(gridCode).get().kind() == GridKind.TOWN) {
      return;
    }
    Set<String> candidateGroups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        candidateGroups.add(link.getGroupId());
      }
    }
    String leaders = GridGroups.gridLeaders(gridCode);
    if (!candidateGroups.contains(leaders) && !candidateGroups.contains(GridGroups.grid(gridCode))) {
      grantGroup(task.getId(), leaders);
    }
  }

  private void grantGroup(String taskId, String groupId) {
    Authorization authorization = newReadGrant(taskId);
    authorization.setGroupId(groupId);
    authorizations.saveAuthorization(authorization);
  }

  private Authorization newReadGrant(String taskId) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(taskId);
    authorization.addPermission(Permissions.READ);
    return authorization;
  }
}
