package cn.safegrid.hazard;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.AsSystem;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a ledger record's process stands now: its open user tasks, who holds each (the assignee's
 * name, or the Chinese names of the candidate groups and people), and by when. Names come from the
 * registry ({@link RegistryIndex#groups()}, {@link Officers}), never from process variables.
 *
 * <p>Rights: callers ask only after the ledger's own check passed (the hazard or round is visible
 * to the officer, {@link HazardQueries#visible}); the step is part of that record, so the tasks are
 * read as the system, and only task name, holders and dates leave here — never variables or forms.
 * The task's id, which opens it in Tasklist, is given only when the engine lets the officer read
 * that task himself (his engine authorizations).
 */
@Component
public class CurrentSteps {

  /** At most this many open tasks are listed (a hazard has one to three at a time). */
  static final int MAX_TASKS = 20;

  /**
   * One open task. {@code assigneeName} when somebody took it, else {@code groupName} (candidate
   * groups, joined with 、) and/or {@code candidateNames}; {@code due} may be null;
   * {@code taskId} only when the officer may open the task in Tasklist.
   */
  public record Step(String taskName, String assigneeName, String groupName, List<String> candidateNames,
      Instant createdAt, Instant due, boolean overdue, String taskId) {}

  private final TaskService tasks;
  private final IdentityService identity;
  private final Registry registry;
  private final Officers officers;
  private final TownClock clock;

  CurrentSteps(TaskService tasks, IdentityService identity, Registry registry, Officers officers, TownClock clock) {
    this.tasks = tasks;
    this.identity = identity;
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  /**
   * The open tasks of a process instance, oldest first. {@code nameSuffix}: where the task name's
   * added context begins (e.g. " BS-2026-000001" in "受理隐患 BS-2026-000001 · 小岗村"), cut off
   * because the page shows that context already; null keeps the name whole.
   */
  public List<Step> of(String processInstanceId, String nameSuffix) {
    if (processInstanceId == null) {
      return List.of();
    }
    // what the officer's own engine rights let him read (the request's authentication is his)
    Set<String> readable = tasks.createTaskQuery().processInstanceId(processInstanceId).listPage(0, MAX_TASKS)
        .stream().map(Task::getId).collect(Collectors.toSet());
    return AsSystem.call(identity, () -> {
      List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
          .listPage(0, MAX_TASKS);
      if (open.isEmpty()) {
        return List.<Step>of();
      }
      Instant now = clock.now();
      Map<String, RegistryIndex.GroupDefinition> groups = null;
      List<Step> steps = new ArrayList<>();
      for (Task task : open) {
        Set<String> groupIds = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
            continue;
          }
          if (link.getGroupId() != null) {
            groupIds.add(link.getGroupId());
          } else if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
        }
        if (!groupIds.isEmpty() && groups == null) {
          groups = registry.current().groups();
        }
        Map<String, RegistryIndex.GroupDefinition> known = groups;
        String groupName = groupIds.isEmpty() ? null
            : groupIds.stream().map(id -> groupName(id, known)).collect(Collectors.joining("、"));
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        steps.add(new Step(shortName(task.getName(), nameSuffix),
            task.getAssignee() == null ? null : officers.nameOf(task.getAssignee()), groupName,
            users.stream().map(officers::nameOf).toList(),
            task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), due,
            due != null && due.isBefore(now), readable.contains(task.getId()) ? task.getId() : null));
      }
      return steps;
    });
  }

  private String groupName(String groupId, Map<String, RegistryIndex.GroupDefinition> groups) {
    RegistryIndex.GroupDefinition definition = groups == null ? null : groups.get(groupId);
    if (definition != null) {
      return definition.name();
    }
    if (groupId.equals(GridGroups.SAFETY_OFFICE)) {
      return "领导小组办公室";
    }
    // a group the registry does not (or no longer) define: its name in Camunda, if it has one
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group != null && group.getName() != null && !group.getName().isBlank() ? group.getName()
        : "用户组（" + groupId + "）";
  }

  static String shortName(String name, String suffix) {
    if (name == null || suffix == null || suffix.isEmpty()) {
      return name;
    }
    int at = name.indexOf(suffix);
    return at > 0 ? name.substring(0, at).trim() : name;
  }
}
