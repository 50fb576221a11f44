package cn.safegrid.grid;

import cn.safegrid.system.CaseLedger;
import cn.safegrid.system.TaskContext;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Lets a grid's own leaders read every task about their grid (the grid the case's ledger records,
 * {@link CaseLedger}),
 * whichever department works it, without being able to claim it. Town leaders and the safety
 * office read all tasks anyway (AccessRights); liaison cadres follow their villages' hazards in
 * the ledger (/api/hazards), which shows them by grid.
 */
@Component
class GridWatchers implements TaskContext.Hook {

  private final Registry registry;
  private final List<CaseLedger> cases;
  private final AuthorizationService authorizations;

  GridWatchers(Registry registry, @Lazy List<CaseLedger> cases, @Lazy AuthorizationService authorizations) {
    this.registry = registry;
    this.cases = cases;
    this.authorizations = authorizations;
  }

  @Override
  public void taskCreated(DelegateTask task) {
    String gridCode = CaseLedger.find(cases, task.getProcessInstanceId()).map(CaseLedger.CaseState::gridCode)
        .orElse(null);
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
