package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex.GroupDefinition;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.CaseReaders;
import cn.safegrid.system.CaseReaders.Reader;
import cn.safegrid.system.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Cockpit for the supervisors of a part of the town ({@link GridGroups#COCKPIT_READERS}: area
 * leaders, department heads, grid leaders): the engine lets each of them read the process
 * instances — and their open tasks — of exactly the cases the ledgers let him read
 * ({@link CaseReaders}: the hazard ledger's and the inspection ledger's own rules), by a READ grant
 * in his name on each instance and task. Town leaders, the safety office and the discipline
 * commission read everything anyway ({@link AccessRights}) and get no grants by name.
 *
 * <p>Kept in step with the registry as the tasks are: every new task of a case syncs its
 * instance's readers and grants them the task ({@link TaskContext.Hook}), and every mirror of the
 * registry (each edit and each start) syncs every running case, so a supervisor who leaves his
 * post stops reading at once and his successor starts. The engine removes an instance's grants
 * when it ends (its tasks' when they end); closed cases are read in the ledger.
 *
 * <p>Only grants of READ alone are SafeGrid's: a grant an administrator gave with other
 * permissions, or the engine's own grant to a task's assignee, is never removed here.
 */
@Component
class InstanceReaders implements TaskContext.Hook {

  private final Registry registry;
  private final RegistryAccess access;
  private final List<CaseReaders> ledgers;
  private final AuthorizationService authorizations;
  private final TaskService tasks;

  /** The candidates of one registry state (an index is immutable; a new edit makes a new one). */
  private volatile Candidates cached;

  private record Candidates(RegistryIndex index, List<Reader> readers) {}

  InstanceReaders(@Lazy Registry registry, @Lazy RegistryAccess access, @Lazy List<CaseReaders> ledgers,
      @Lazy AuthorizationService authorizations, @Lazy TaskService tasks) {
    this.registry = registry;
    this.access = access;
    this.ledgers = ledgers;
    this.authorizations = authorizations;
    this.tasks = tasks;
  }

  /**
   * The members of {@link GridGroups#COCKPIT_READERS} who do not read everything, each with his
   * groups and the grids his roles cover, as the registry says.
   */
  List<Reader> candidates(RegistryIndex index) {
    Candidates known = cached;
    if (known != null && known.index() == index) {
      return known.readers();
    }
    Map<String, GroupDefinition> groups = index.groups();
    GroupDefinition cockpit = groups.get(GridGroups.COCKPIT_READERS);
    Map<String, Set<String>> groupsOf = new HashMap<>();
    groups.values().forEach(group -> group.memberLogins()
        .forEach(login -> groupsOf.computeIfAbsent(login, l -> new HashSet<>()).add(group.id())));
    List<Reader> readers = new ArrayList<>();
    for (String login : cockpit == null ? Set.<String>of() : new TreeSet<>(cockpit.memberLogins())) {
      Set<String> groupIds = new HashSet<>(groupsOf.getOrDefault(login, Set.of()));
      index.personByLogin(login).filter(PersonRow::isAdministrator).ifPresent(p -> groupIds.add(Groups.CAMUNDA_ADMIN));
      CurrentUser user = new CurrentUser(login, groupIds);
      if (!access.readsEverything(user)) {
        readers.add(new Reader(login, Set.copyOf(groupIds), Set.copyOf(access.visibleGrids(user, index))));
      }
    }
    List<Reader> result = List.copyOf(readers);
    cached = new Candidates(index, result);
    return result;
  }

  /** A new task of a case: its instance's readers as the ledger says now, and this task for each of them. */
  @Override
  public void taskCreated(DelegateTask task) {
    String instance = task.getProcessInstanceId();
    if (instance == null) {
      return;
    }
    List<Reader> candidates = candidates(registry.current());
    Optional<Set<String>> readers = ledgers.stream().map(ledger -> ledger.readersOf(instance, candidates))
        .flatMap(Optional::stream).findFirst();
    if (readers.isEmpty()) {
      return;
    }
    Set<String> wanted = readers.get();
    Set<String> had = grantedReaders(Resources.PROCESS_INSTANCE, instance);
    syncGrants(Resources.PROCESS_INSTANCE, instance, had, wanted);
    for (String login : wanted) {
      grantReadOnNewResource(Resources.TASK, task.getId(), login);
    }
    if (!had.equals(wanted)) {
      syncOtherTasks(instance, task.getId(), had, wanted);
    }
  }

  /**
   * Every running case of every ledger: its readers as the registry now names them (called by the
   * identity mirror, in the registry edit's transaction, as the system).
   */
  void sync(RegistryIndex index) {
    List<Reader> candidates = candidates(index);
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    ledgers.forEach(ledger -> wanted.putAll(ledger.readersOfOpenCases(candidates)));
    Map<String, Set<String>> granted = new HashMap<>();
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).list()) {
      if (isReadOnlyGrantToUser(grant)) {
        granted.computeIfAbsent(grant.getResourceId(), id -> new HashSet<>()).add(grant.getUserId());
      }
    }
    wanted.forEach((instance, readers) -> {
      Set<String> had = granted.getOrDefault(instance, Set.of());
      if (!had.equals(readers)) {
        syncGrants(Resources.PROCESS_INSTANCE, instance, had, readers);
        syncOtherTasks(instance, null, had, readers);
      }
    });
    granted.forEach((instance, had) -> {
      if (!wanted.containsKey(instance)) {
        // no longer a running case of any ledger: nobody by name
        syncGrants(Resources.PROCESS_INSTANCE, instance, had, Set.of());
        syncOtherTasks(instance, null, had, Set.of());
      }
    });
  }

  private void syncOtherTasks(String instance, String exceptTaskId, Set<String> had, Set<String> wanted) {
    for (Task open : tasks.createTaskQuery().processInstanceId(instance).list()) {
      if (open.getId().equals(exceptTaskId)) {
        continue;
      }
      for (String login : wanted) {
        if (!had.contains(login)) {
          grantRead(Resources.TASK, open.getId(), login);
        }
      }
      for (String login : had) {
        if (!wanted.contains(login)) {
          revokeRead(Resources.TASK, open.getId(), login);
        }
      }
    }
  }

  private void syncGrants(Resource resource, String resourceId, Set<String> had, Set<String> wanted) {
    for (String login : wanted) {
      if (!had.contains(login)) {
        grantRead(resource, resourceId, login);
      }
    }
    for (String login : had) {
      if (!wanted.contains(login)) {
        revokeRead(resource, resourceId, login);
      }
    }
  }

  /** Users holding SafeGrid's READ-only grant on the resource. */
  private Set<String> grantedReaders(Resource resource, String resourceId) {
    Set<String> users = new HashSet<>();
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).list()) {
      if (isReadOnlyGrantToUser(grant)) {
        users.add(grant.getUserId());
      }
    }
    for (AuthorizationEntity grant : pending(resource, resourceId, null)) {
      if (isReadOnlyGrantToUser(grant)) {
        users.add(grant.getUserId());
      }
    }
    return users;
  }

  /**
   * Grants made earlier in the engine command that runs now and not yet written (a command that
   * creates several tasks of one instance at once, e.g. a major hazard's 知悉 tasks and 受理): a
   * query does not see them, and the user's second grant on one resource would break the
   * database's unique key.
   */
  private static List<AuthorizationEntity> pending(Resource resource, String resourceId, String login) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return List.of();
    }
    return command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
            && grant.getResourceType() == resource.resourceType() && resourceId.equals(grant.getResourceId())
            && (login == null || login.equals(grant.getUserId())))
        .toList();
  }

  /** READ for the user on the resource: added to his grant there if he has one, else a grant of its own. */
  private void grantRead(Resource resource, String resourceId, String login) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).userIdIn(login).singleResult();
    if (existing == null) {
      existing = pending(resource, resourceId, login).stream().findFirst().orElse(null);
    }
    if (existing != null) {
      if (!existing.isPermissionGranted(Permissions.READ)) {
        existing.addPermission(Permissions.READ);
        authorizations.saveAuthorization(existing);
      }
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.setUserId(login);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  /**
   * READ on a resource this command has just made (the new task): nothing in the database can be
   * granted on it yet, only earlier in this command (the engine's grant to a candidate user).
   */
  private void grantReadOnNewResource(Resource resource, String resourceId, String login) {
    AuthorizationEntity pending = pending(resource, resourceId, login).stream().findFirst().orElse(null);
    if (pending != null) {
      if (!pending.isPermissionGranted(Permissions.READ)) {
        pending.addPermission(Permissions.READ);
      }
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.setUserId(login);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  /** Removes the user's grant on the resource if it is SafeGrid's (READ alone). */
  private void revokeRead(Resource resource, String resourceId, String login) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).userIdIn(login).singleResult();
    if (existing != null && isReadOnlyGrantToUser(existing)) {
      authorizations.deleteAuthorization(existing.getId());
    }
  }

  private static boolean isReadOnlyGrantToUser(Authorization grant) {
    if (grant.getUserId() == null || Authorization.ANY.equals(grant.getUserId())
        || Authorization.ANY.equals(grant.getResourceId())) {
      return false;
    }
    // the permissions as one number: READ and nothing else (not a task assignee's READ + TASK_WORK)
    return grant instanceof AuthorizationEntity entity && entity.getPermissions() == Permissions.READ.getValue();
  }
}
