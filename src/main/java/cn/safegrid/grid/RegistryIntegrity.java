package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.AsSystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The registry never leaves open work behind (issue 9, item 7):
 * <ul>
 *   <li>a grid or department that still has open work — hazards not yet closed in the ledger, open
 *       inspection rounds, engine tasks waiting in its groups — cannot be deleted: 409 naming what
 *       is open, whichever door (REST or Excel) asked;</li>
 *   <li>a person who loses his login (deactivated, left out of the workbook, login changed) hands
 *       the tasks he had claimed back to their candidate groups (unclaimed), so his colleagues see
 *       them in 本组待办; a task assigned to him alone, with no candidate group to hand it to,
 *       refuses the change (409) until an administrator hands it on.</li>
 * </ul>
 * Engine calls run as the system ({@link AsSystem}): this is the registry's housekeeping.
 */
@Component
class RegistryIntegrity {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryIntegrity.class);

  private final List<OpenWork> ledgers;
  private final TaskService tasks;
  private final IdentityService identity;

  RegistryIntegrity(List<OpenWork> ledgers, TaskService tasks, IdentityService identity) {
    this.ledgers = List.copyOf(ledgers);
    this.tasks = tasks;
    this.identity = identity;
  }

  /** 409 when {@code after} removes a grid or department with open work, or strands a task. */
  void requireNothingOpenLost(RegistryData before, RegistryData after) {
    List<ApiError.FieldError> open = new ArrayList<>();
    Set<String> grids = codes(after.grids().stream().map(GridRow::code).toList());
    for (GridRow grid : before.grids()) {
      if (!grids.contains(grid.code())) {
        List<String> work = openForGridEverywhere(grid.code());
        if (!work.isEmpty()) {
          open.add(new ApiError.FieldError("grids[" + grid.code() + "]",
              grid.name() + " 还有 " + String.join("、", work) + "，不能删除；请先办结这些事项，或保留该网格。"));
        }
      }
    }
    Set<String> departments = codes(after.departments().stream().map(DepartmentRow::code).toList());
    for (DepartmentRow department : before.departments()) {
      if (!departments.contains(department.code())) {
        List<String> work = openForDepartmentEverywhere(department.code());
        if (!work.isEmpty()) {
          open.add(new ApiError.FieldError("departments[" + department.code() + "]",
              department.name() + " 还有 " + String.join("、", work) + "，不能删除；请先办结这些事项，或保留该部门。"));
        }
      }
    }
    for (Map.Entry<String, PersonRow> lost : lostLogins(before, after).entrySet()) {
      long alone = AsSystem.call(identity, () -> tasks.createTaskQuery().taskAssignee(lost.getKey()).list().stream()
          .filter(task -> candidateGroups(task).isEmpty()).count());
      if (alone > 0) {
        PersonRow person = lost.getValue();
        open.add(new ApiError.FieldError("people[" + person.code() + "]",
            person.name() + " 还有 " + alone + " 项只交给他本人、没有候选组的待办任务，停用或更换登录名后无人能办；"
                + "请先由系统管理员在 Cockpit 中转交这些任务。"));
      }
    }
    if (!open.isEmpty()) {
      String message = open.size() == 1 ? open.get(0).message()
          : open.get(0).message() + "（另有 " + (open.size() - 1) + " 处，见明细）";
      throw new RegistryRefusedException(HttpStatus.CONFLICT, message, open);
    }
  }

  /** Unclaims the tasks held by logins that {@code after} no longer has: they go back to their groups. */
  void handBackTasksOfLostLogins(RegistryData before, RegistryData after) {
    for (Map.Entry<String, PersonRow> lost : lostLogins(before, after).entrySet()) {
      AsSystem.run(identity, () -> {
        for (Task task : tasks.createTaskQuery().taskAssignee(lost.getKey()).list()) {
          if (!candidateGroups(task).isEmpty()) {
            tasks.setAssignee(task.getId(), null);
            LOG.info("任务 {}（{}）交回候选组：{} 已停用或更换登录名", task.getId(), task.getName(), lost.getValue().code());
          }
        }
      });
    }
  }

  /** Engine tasks waiting in the grid's groups (claimed or not). */
  List<String> openTasksForGrid(String gridCode) {
    long count = AsSystem.call(identity, () -> tasks.createTaskQuery()
        .taskCandidateGroupIn(List.of(GridGroups.grid(gridCode), GridGroups.gridLeaders(gridCode)))
        .includeAssignedTasks().count());
    return count == 0 ? List.of() : List.of(count + " 项待办任务");
  }

  /** Engine tasks waiting in the department's group (claimed or not). */
  List<String> openTasksForDepartment(String departmentCode) {
    long count = AsSystem.call(identity, () -> tasks.createTaskQuery()
        .taskCandidateGroup(GridGroups.department(departmentCode)).includeAssignedTasks().count());
    return count == 0 ? List.of() : List.of(count + " 项待办任务");
  }

  private List<String> openForGridEverywhere(String gridCode) {
    List<String> work = new ArrayList<>();
    ledgers.forEach(ledger -> work.addAll(ledger.openForGrid(gridCode)));
    work.addAll(openTasksForGrid(gridCode));
    return work;
  }

  private List<String> openForDepartmentEverywhere(String departmentCode) {
    List<String> work = new ArrayList<>();
    ledgers.forEach(ledger -> work.addAll(ledger.openForDepartment(departmentCode)));
    work.addAll(openTasksForDepartment(departmentCode));
    return work;
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  /** Login → person, for every login that could log in before and cannot after. */
  private static Map<String, PersonRow> lostLogins(RegistryData before, RegistryData after) {
    Set<String> still = new HashSet<>();
    after.people().stream().filter(PersonRow::canLogIn).forEach(p -> still.add(p.loginId().strip()));
    Map<String, PersonRow> lost = new java.util.LinkedHashMap<>();
    before.people().stream().filter(PersonRow::canLogIn)
        .filter(p -> !still.contains(p.loginId().strip()))
        .forEach(p -> lost.put(p.loginId().strip(), p));
    return lost;
  }

  private static Set<String> codes(List<String> codes) {
    return new HashSet<>(codes);
  }
}
