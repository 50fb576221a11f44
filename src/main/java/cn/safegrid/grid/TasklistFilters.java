package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.system.TaskPriority;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Every officer's Tasklist filters, in Chinese, so that the list is useful at the first login.
 *
 * <p>Stored filters may not contain expressions ({@code enableExpressionsInStoredQueries=false},
 * a security setting), so the usual {@code ${currentUser()}} filters cannot exist. Each officer
 * gets his own filters instead, naming him literally; the engine grants the owner access. "Overdue"
 * is a priority the processes' due-date timers set ({@link TaskPriority#OVERDUE}), since "due
 * before now" would need an expression as well.
 */
@Component
class TasklistFilters {

  /** Bump when a filter's definition changes, so existing filters are rewritten. */
  static final int VERSION = 2;

  static final String MINE = "我的待办";
  static final String GROUPS = "本组待办";
  static final String OVERDUE = "已逾期";
  static final String SUPERVISION = "下级网格督办";
  static final String WATCHED = "所辖网格全部事项";

  /** User tasks whose id starts with this are supervision orders (督办) to an upper grid's leader. */
  static final String SUPERVISION_TASK_PREFIX = "Task_Supervise";

  private static final Set<GridRole> LEADING_ROLES = EnumSet.of(GridRole.LEVEL1_LEADER, GridRole.LEVEL2_LEADER,
      GridRole.DEPUTY_LEVEL2_LEADER, GridRole.LIAISON_CADRE, GridRole.GRID_LEADER, GridRole.DEPUTY_GRID_LEADER);

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  void mirror(RegistryIndex registry, Collection<String> logins, Collection<String> removedLogins) {
    Map<String, List<Filter>> existing = new HashMap<>();
    filterService.createFilterQuery().list().forEach(f -> {
      if (f.getOwner() != null) {
        existing.computeIfAbsent(f.getOwner(), k -> new java.util.ArrayList<>()).add(f);
      }
    });
    for (String login : logins) {
      boolean leads = registry.personByLogin(login).map(p -> leads(registry, p)).orElse(false);
      Map<String, Filter> own = new HashMap<>();
      existing.getOrDefault(login, List.of()).forEach(f -> own.put(f.getName(), f));
      for (Map.Entry<String, Definition> wanted : definitions(login, leads).entrySet()) {
        save(own.get(wanted.getKey()), login, wanted.getKey(), wanted.getValue());
      }
      if (!leads) {
        for (String leaderFilter : new String[] {SUPERVISION, WATCHED}) {
          if (own.containsKey(leaderFilter)) {
            filterService.deleteFilter(own.get(leaderFilter).getId());
          }
        }
      }
    }
    for (String login : removedLogins) {
      existing.getOrDefault(login, List.of()).forEach(f -> filterService.deleteFilter(f.getId()));
    }
  }

  /** The administrator (not a registry person) gets the same personal filters. */
  void ensureFor(String login) {
    Map<String, Filter> own = new HashMap<>();
    filterService.createFilterQuery().filterOwner(login).list().forEach(f -> own.put(f.getName(), f));
    definitions(login, false).forEach((name, definition) -> save(own.get(name), login, name, definition));
  }

  private record Definition(TaskQuery query, int order, String description) {}

  private Map<String, Definition> definitions(String login, boolean leads) {
    Map<String, Definition> filters = new LinkedHashMap<>();
    filters.put(MINE, new Definition(taskService.createTaskQuery().taskAssignee(login), -30,
        "已认领或指派给我、等我办理的任务"));
    filters.put(GROUPS, new Definition(taskService.createTaskQuery().taskCandidateUser(login), -20,
        "我所在部门、网格或检查组的任务，尚无人认领：认领后办理"));
    filters.put(OVERDUE, new Definition(taskService.createTaskQuery().taskMinPriority(TaskPriority.OVERDUE)
        .or().taskAssignee(login).taskCandidateUser(login).endOr(), -10,
        "已过办理期限、或已被上级督办的任务，请优先办理"));
    if (leads) {
      filters.put(SUPERVISION, new Definition(taskService.createTaskQuery()
          .taskDefinitionKeyLike(SUPERVISION_TASK_PREFIX + "%")
          .or().taskAssignee(login).taskCandidateUser(login).endOr(), 0,
          "下级网格、分管部门逾期事项的督办单"));
      // no criteria: every task he may read — his grids' work done by departments, and for town
      // leaders the whole town's
      filters.put(WATCHED, new Definition(taskService.createTaskQuery(), 10,
          "所辖网格内正在办理的全部事项（含各部门办理的），供了解和督促"));
    }
    return filters;
  }

  private void save(Filter existing, String login, String name, Definition definition) {
    if (existing != null && Integer.valueOf(VERSION).equals(existing.getProperties().get("safegridVersion"))) {
      return;
    }
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    filter.setOwner(login);
    filter.setQuery(definition.query());
    Map<String, Object> properties = new HashMap<>();
    properties.put("priority", definition.order());
    properties.put("description", definition.description());
    properties.put("refresh", true);
    properties.put("safegridVersion", VERSION);
    filter.setProperties(properties);
    filterService.saveFilter(filter);
  }

  private static boolean leads(RegistryIndex registry, PersonRow person) {
    return registry.assignmentsOf(person.code()).stream().anyMatch(a -> LEADING_ROLES.contains(a.role()))
        || registry.data().areas().stream()
            .anyMatch(a -> person.code().equals(a.leaderCode()) || person.code().equals(a.deputyCode()));
  }
}
