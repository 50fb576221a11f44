package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex.GroupDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Ids and Admin names of the Camunda groups the registry is mirrored into. Tasks are routed to
 * these ids, so the ids are a contract between the registry, the processes and the filters; the
 * names are what Camunda Admin and Tasklist show, and {@link #names} makes them unique.
 */
public final class GridGroups {

  /** Level-1 and level-2 grid leaders (镇领导): Cockpit, every grid's work. */
  public static final String TOWN_LEADERS = "town-leaders";
  /** The grid leading-group office (领导小组办公室): Cockpit, triage, ledgers. */
  public static final String SAFETY_OFFICE = "safety-office";
  /** The discipline commission (纪委): Cockpit, accountability. */
  public static final String DISCIPLINE = "discipline";
  /**
   * Supervisors of a part of the town (片长 and 副片长, department heads, grid leaders of villages and
   * units): Cockpit, reading the process instances of their own area, department or grid only
   * (engine grants per instance, see InstanceReaders).
   */
  public static final String COCKPIT_READERS = "cockpit-readers";

  /** The rule administrators (规则管理员): change, deploy and roll back the rule tables. */
  public static final String RULE_ADMINISTRATORS = "rule-admins";

  /** Admin name of {@code camunda-admin} (Camunda's own is "camunda BPM Administrators"). */
  public static final String ADMINISTRATORS_NAME = "系统管理员";
  /** Admin name of {@link #TOWN_LEADERS}. */
  static final String TOWN_LEADERS_NAME = "镇领导（一级、二级网格长）";
  /**
   * Admin name of {@link #SAFETY_OFFICE}: the office's rights (台账 = the registry and the ledgers,
   * 全镇督查 = reading every grid's work, supervising missed rounds), apart from its department
   * group {@code dept-safety-office}, which is called by the department's name.
   */
  static final String SAFETY_OFFICE_NAME = "领导小组办公室（台账、全镇督查）";
  /** Admin name of {@link #DISCIPLINE}, which works 问责核查; {@code dept-discipline} is called 纪委. */
  static final String DISCIPLINE_NAME = "纪委（问责核查）";
  /** Admin name of {@link #RULE_ADMINISTRATORS}. */
  static final String RULE_ADMINISTRATORS_NAME = "规则管理员（修改、部署规则表）";
  /** Admin name of {@link #COCKPIT_READERS}. */
  static final String COCKPIT_READERS_NAME = "驾驶舱查看（片长、部门负责人、网格长）";

  /** Group types as Camunda Admin lists them: in the words of the registry. */
  static final String TYPE_DEPARTMENT = "部门";
  static final String TYPE_GRID = "网格";
  static final String TYPE_GRID_LEADERS = "网格长";
  static final String TYPE_AREA = "片";
  static final String TYPE_ROLE = "角色";
  /** Type of {@code camunda-admin} (Camunda's own is "SYSTEM"). */
  public static final String ADMINISTRATORS_TYPE = "系统";

  private GridGroups() {}

  /** {@code dept-<code>}: a department's head and members. */
  public static String department(String departmentCode) {
    return "dept-" + departmentCode;
  }

  /** {@code grid-<code>}: everybody with a role in the grid. */
  public static String grid(String gridCode) {
    return "grid-" + gridCode;
  }

  /** {@code grid-<code>-leaders}: a grid's leader and deputies. */
  public static String gridLeaders(String gridCode) {
    return "grid-" + gridCode + "-leaders";
  }

  /** {@code area-<code>}: an area's inspection group. */
  public static String area(String areaCode) {
    return "area-" + areaCode;
  }

  /** Whether the registry owns (creates, fills and removes) a group of this id. */
  static boolean isManaged(String groupId) {
    return groupId.startsWith("dept-") || groupId.startsWith("grid-") || groupId.startsWith("area-")
        || groupId.equals(TOWN_LEADERS) || groupId.equals(SAFETY_OFFICE) || groupId.equals(DISCIPLINE)
        || groupId.equals(RULE_ADMINISTRATORS) || groupId.equals(COCKPIT_READERS);
  }

  /**
   * The Admin name of every group the registry defines, by id, all distinct and none equal to
   * {@link #ADMINISTRATORS_NAME}:
   *
   * <ul>
   *   <li>{@code dept-<code>}: the department's name (纪委, 消防队);
   *   <li>{@code grid-<code>}: the grid's name and 网格 (小岗村网格);
   *   <li>{@code grid-<code>-leaders}: the grid's name and 网格长及副网格长, for a town grid 一级、二级网格长
   *       (别山镇一级、二级网格长);
   *   <li>{@code area-<code>}: the area's name and 检查组 (东片检查组);
   *   <li>the role groups: {@link #TOWN_LEADERS_NAME}, {@link #SAFETY_OFFICE_NAME},
   *       {@link #DISCIPLINE_NAME}, {@link #RULE_ADMINISTRATORS_NAME}, {@link #COCKPIT_READERS_NAME}.
   * </ul>
   *
   * A name groups of different towns would still share (two towns' 纪委) is followed by the town's
   * name, 纪委（别山镇）; one still shared after that (two grids of one town called alike) by a number,
   * in the order of the codes: the first keeps the name, the next is 小岗村网格（2）.
   */
  static Map<String, String> names(RegistryIndex index, Collection<GroupDefinition> groups) {
    Map<String, String> townOf = townNames(index.data());
    Map<String, String> names = new LinkedHashMap<>();
    names.put(Groups.CAMUNDA_ADMIN, ADMINISTRATORS_NAME);
    List<GroupDefinition> sorted = new ArrayList<>(groups);
    // by code, not by the order of the rows, which an edit and a reload may differ in
    sorted.sort(Comparator.comparing((GroupDefinition g) -> entityOrder(g.id())).thenComparing(GroupDefinition::id));
    for (GroupDefinition group : sorted) {
      names.put(group.id(), baseName(index, group));
    }
    for (List<String> shared : shared(names)) {
      if (shared.stream().map(townOf::get).distinct().count() > 1) {
        for (String id : shared) {
          if (townOf.containsKey(id)) {
            names.put(id, names.get(id) + "（" + townOf.get(id) + "）");
          }
        }
      }
    }
    for (List<String> shared : shared(names)) {
      for (String id : shared.subList(1, shared.size())) {
        String name = names.get(id);
        int n = 2;
        while (names.containsValue(name + "（" + n + "）")) {
          n++;
        }
        names.put(id, name + "（" + n + "）");
      }
    }
    names.remove(Groups.CAMUNDA_ADMIN);
    return names;
  }

  private static String baseName(RegistryIndex index, GroupDefinition group) {
    switch (group.id()) {
      case TOWN_LEADERS:
        return TOWN_LEADERS_NAME;
      case SAFETY_OFFICE:
        return SAFETY_OFFICE_NAME;
      case DISCIPLINE:
        return DISCIPLINE_NAME;
      case RULE_ADMINISTRATORS:
        return RULE_ADMINISTRATORS_NAME;
      case COCKPIT_READERS:
        return COCKPIT_READERS_NAME;
      default:
        break;
    }
    if (TYPE_GRID_LEADERS.equals(group.type())) {
      String code = group.id().substring("grid-".length(), group.id().length() - "-leaders".length());
      GridRow grid = index.grid(code).orElse(null);
      if (grid != null && grid.kind() == GridKind.TOWN) {
        return grid.name() + "一级、二级网格长";
      }
    }
    return group.name();
  }

  /** A grid's leaders group sorts right after the grid's group. */
  private static String entityOrder(String groupId) {
    return groupId.startsWith("grid-") && groupId.endsWith("-leaders")
        ? groupId.substring(0, groupId.length() - "-leaders".length())
        : groupId;
  }

  /** Ids of groups sharing a name, camunda-admin first, the others in the order of {@code names}. */
  private static List<List<String>> shared(Map<String, String> names) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    names.forEach((id, name) -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(id));
    return byName.values().stream().filter(ids -> ids.size() > 1).collect(Collectors.toList());
  }

  /** The town name of every town's department, grid, grid-leaders and area group. */
  private static Map<String, String> townNames(RegistryData data) {
    Map<String, String> towns = new HashMap<>();
    data.towns().forEach(t -> towns.put(t.code(), t.name()));
    Map<String, String> townOf = new HashMap<>();
    for (DepartmentRow d : data.departments()) {
      putTown(townOf, department(d.code()), towns.get(d.townCode()));
    }
    for (GridRow g : data.grids()) {
      putTown(townOf, grid(g.code()), towns.get(g.townCode()));
      putTown(townOf, gridLeaders(g.code()), towns.get(g.townCode()));
    }
    for (AreaRow a : data.areas()) {
      putTown(townOf, area(a.code()), towns.get(a.townCode()));
    }
    return townOf;
  }

  private static void putTown(Map<String, String> townOf, String groupId, String townName) {
    if (townName != null && !townName.isBlank()) {
      townOf.put(groupId, townName);
    }
  }
}
