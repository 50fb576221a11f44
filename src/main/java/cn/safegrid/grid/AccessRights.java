package cn.safegrid.grid;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The standing engine authorizations of the roles (created if missing, never duplicated):
 * <ul>
 *   <li>every officer: Tasklist, reading the processes officers work in, and starting those any
 *       grid member may start;</li>
 *   <li>town leaders, the safety office and the discipline commission: Cockpit, reading every
 *       process, task and decision (they supervise the whole town);</li>
 *   <li>rule administrators (rule-admins): Cockpit and reading the decisions, to reach the rule
 *       management page (what they may change is the rules feature's own check);</li>
 *   <li>the supervisors of a part of the town ({@link GridGroups#COCKPIT_READERS}: area leaders,
 *       department heads, grid leaders): Cockpit and the models (process and decision definitions,
 *       deployments), but no instance, task or history at large: each instance of their area,
 *       department or grid is granted to them by name ({@link InstanceReaders}), so Cockpit shows
 *       them what the ledger shows them;</li>
 *   <li>administrators (camunda-admin): everything, granted by the engine's admin set-up — except
 *       reading every filter: each officer has his own Tasklist filters (see TasklistFilters), and an
 *       administrator who is also an officer would find hundreds of them named 我的待办. Administrators
 *       may create filters and read their own, as every owner does.</li>
 * </ul>
 * Task-level rights come from candidate groups and assignees (the engine grants them) and from
 * the processes' own watcher grants.
 */
@Component
class AccessRights {

  /** Processes every grid member may start from Tasklist: report a hazard. */
  static final List<String> STARTABLE_BY_EVERY_OFFICER = List.of("hazard-rectification");

  /**
   * Opening an extra round (加密排查) of his own grid: offered in Tasklist only to the members of
   * grids that inspect on a schedule (villages, units); the process checks the grid against the
   * registry again when it starts.
   */
  static final String EXTRA_ROUND = "extra-inspection-round";

  /** Processes whose tasks officers work: Tasklist shows their names and diagrams. */
  static final List<String> WORKED_BY_OFFICERS = List.of("hazard-rectification", "inspection-round", EXTRA_ROUND,
      "monthly-summary", "town-monthly-summary", "hazard-statistics");

  static final List<String> SUPERVISORS = List.of(GridGroups.TOWN_LEADERS, GridGroups.SAFETY_OFFICE, GridGroups.DISCIPLINE);

  private final AuthorizationService authorizations;
  private final ObjectProvider<InspectionMinimums> minimums;

  AccessRights(AuthorizationService authorizations, ObjectProvider<InspectionMinimums> minimums) {
    this.authorizations = authorizations;
    this.minimums = minimums;
  }

  void grant(RegistryIndex index) {
    extraRounds(index);
    narrowAdministratorsFilterRights();
    grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String process : STARTABLE_BY_EVERY_OFFICER) {
      grantGlobal(Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    for (String process : WORKED_BY_OFFICERS) {
      grantGlobal(Resources.PROCESS_DEFINITION, process, Permissions.READ);
    }
    grantGlobal(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    for (String group : SUPERVISORS) {
      grantGroup(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK);
      grantGroup(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
      grantGroup(group, Resources.TASK, Authorization.ANY, Permissions.READ);
      grantGroup(group, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
      grantGroup(group, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
      grantGroup(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
      grantGroup(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
      grantGroup(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }
    // the rule administrators reach the rule management page from Cockpit and read the tables there
    grantGroup(GridGroups.RULE_ADMINISTRATORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grantGroup(GridGroups.RULE_ADMINISTRATORS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grantGroup(GridGroups.RULE_ADMINISTRATORS, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
        Permissions.READ);
    grantGroup(GridGroups.COCKPIT_READERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grantGroup(GridGroups.COCKPIT_READERS, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    grantGroup(GridGroups.COCKPIT_READERS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    grantGroup(GridGroups.COCKPIT_READERS, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
        Permissions.READ);
    grantGroup(GridGroups.COCKPIT_READERS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
  }

  /**
   * CREATE_INSTANCE on the extra round for each inspecting grid's group, and for nobody else (also
   * taken back from the everyone-grant an earlier version gave and from grids that stopped inspecting).
   */
  private void extraRounds(RegistryIndex index) {
    InspectionMinimums rules = minimums.getIfAvailable();
    Set<String> inspecting = index.data().grids().stream()
        .filter(grid -> rules != null && rules.of(grid.kind()).isPresent())
        .map(grid -> GridGroups.grid(grid.code())).collect(Collectors.toSet());
    for (Authorization granted : authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(EXTRA_ROUND).list()) {
      boolean keep = granted.getGroupId() != null && inspecting.contains(granted.getGroupId());
      if (!keep && granted.isPermissionGranted(Permissions.CREATE_INSTANCE)) {
        granted.removePermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(granted);
      }
    }
    inspecting.forEach(group -> grantGroup(group, Resources.PROCESS_DEFINITION, EXTRA_ROUND,
        Permissions.READ, Permissions.CREATE_INSTANCE));
  }

  private void narrowAdministratorsFilterRights() {
    Authorization everyFilter = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(Groups.CAMUNDA_ADMIN)
        .resourceType(Resources.FILTER).resourceId(Authorization.ANY).singleResult();
    if (everyFilter != null && everyFilter.isPermissionGranted(Permissions.READ)) {
      everyFilter.setPermissions(new Permission[] {Permissions.CREATE});
      authorizations.saveAuthorization(everyFilter);
    }
  }

  private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId)
        .singleResult();
    save(existing == null ? newAuthorization(Authorization.AUTH_TYPE_GLOBAL, resource, resourceId) : existing,
        permissions, existing == null, Authorization.ANY, null);
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    save(existing == null ? newAuthorization(Authorization.AUTH_TYPE_GRANT, resource, resourceId) : existing,
        permissions, existing == null, null, groupId);
  }

  private Authorization newAuthorization(int type, Resource resource, String resourceId) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private void save(Authorization authorization, Permission[] permissions, boolean isNew, String userId, String groupId) {
    boolean changed = isNew;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (isNew) {
      if (userId != null) {
        authorization.setUserId(userId);
      }
      if (groupId != null) {
        authorization.setGroupId(groupId);
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
