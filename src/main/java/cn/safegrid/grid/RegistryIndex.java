package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryData.TownRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An immutable, indexed copy of the registry and the questions the processes ask of it: who leads
 * a grid, who is one level up, which group works a department's or an area's tasks, which grids
 * a person may see, and which key places a grid's key-hazard inspection covers.
 */
public final class RegistryIndex {

  private final RegistryData data;
  private final Map<String, TownRow> towns;
  private final Map<String, PersonRow> people;
  private final Map<String, PersonRow> peopleByLogin = new HashMap<>();
  private final Map<String, AreaRow> areas;
  private final Map<String, DepartmentRow> departments;
  private final Map<String, GridRow> grids;
  private final Map<String, List<AssignmentRow>> assignmentsByGrid = new HashMap<>();
  private final Map<String, List<AssignmentRow>> assignmentsByPerson = new HashMap<>();
  private final Map<String, List<String>> membersByDepartment = new HashMap<>();
  private final Map<String, List<String>> departmentsByPerson = new HashMap<>();
  private final Map<String, List<GridRow>> childrenByGrid = new HashMap<>();
  private final Map<String, List<KeyPlaceRow>> keyPlacesByGrid = new HashMap<>();

  public RegistryIndex(RegistryData data) {
    this.data = data;
    this.towns = RegistryData.byKey(data.towns(), TownRow::code);
    this.people = RegistryData.byKey(data.people(), PersonRow::code);
    this.areas = RegistryData.byKey(data.areas(), AreaRow::code);
    this.departments = RegistryData.byKey(data.departments(), DepartmentRow::code);
    this.grids = RegistryData.byKey(data.grids(), GridRow::code);
    data.people().stream().filter(p -> p.loginId() != null).forEach(p -> peopleByLogin.put(p.loginId(), p));
    for (AssignmentRow a : data.assignments()) {
      assignmentsByGrid.computeIfAbsent(a.gridCode(), k -> new ArrayList<>()).add(a);
      assignmentsByPerson.computeIfAbsent(a.personCode(), k -> new ArrayList<>()).add(a);
    }
    for (MemberRow m : data.departmentMembers()) {
      membersByDepartment.computeIfAbsent(m.departmentCode(), k -> new ArrayList<>()).add(m.personCode());
      departmentsByPerson.computeIfAbsent(m.personCode(), k -> new ArrayList<>()).add(m.departmentCode());
    }
    for (DepartmentRow d : data.departments()) {
      if (d.headCode() != null) {
        departmentsByPerson.computeIfAbsent(d.headCode(), k -> new ArrayList<>()).add(d.code());
      }
    }
    for (GridRow g : data.grids()) {
      if (g.parentCode() != null) {
        childrenByGrid.computeIfAbsent(g.parentCode(), k -> new ArrayList<>()).add(g);
      }
    }
    for (KeyPlaceRow k : data.keyPlaces()) {
      keyPlacesByGrid.computeIfAbsent(k.gridCode(), c -> new ArrayList<>()).add(k);
    }
  }

  public RegistryData data() {
    return data;
  }

  public Optional<TownRow> town(String code) {
    return Optional.ofNullable(code == null ? null : towns.get(code));
  }

  public Optional<GridRow> grid(String code) {
    return Optional.ofNullable(code == null ? null : grids.get(code));
  }

  public Optional<PersonRow> person(String code) {
    return Optional.ofNullable(code == null ? null : people.get(code));
  }

  public Optional<PersonRow> personByLogin(String loginId) {
    return Optional.ofNullable(loginId == null ? null : peopleByLogin.get(loginId));
  }

  public Optional<AreaRow> area(String code) {
    return Optional.ofNullable(code == null ? null : areas.get(code));
  }

  public Optional<DepartmentRow> department(String code) {
    return Optional.ofNullable(code == null ? null : departments.get(code));
  }

  /** The town grid of a town. */
  public Optional<GridRow> townGrid(String townCode) {
    return data.grids().stream().filter(g -> g.kind() == GridKind.TOWN && g.townCode().equals(townCode)).findFirst();
  }

  /**
   * The level-1 grid leaders of a town, in registry order: the town's principal leaders
   * (镇主要领导干部, 三（一）) — the party secretary and the mayor, who lead the town grid together.
   */
  public List<PersonRow> levelOneLeaders(String townCode) {
    return townGrid(townCode).map(g -> distinct(holders(g.code(), GridRole.LEVEL1_LEADER))).orElse(List.of());
  }

  /** The level-2 grid leader who supervises a department's sectors (分管领导). */
  public Optional<PersonRow> levelTwoLeaderOfDepartment(String departmentCode) {
    return department(departmentCode).flatMap(d -> person(d.supervisorCode()));
  }

  /** The level-2 grid leader in charge of an area (片长). */
  public Optional<PersonRow> levelTwoLeaderOfArea(String areaCode) {
    return area(areaCode).flatMap(a -> person(a.leaderCode()));
  }

  /**
   * The grid's leader (网格长), or the first of the town's level-1 leaders for the town grid
   * ({@link #levelOneLeaders} names them all).
   */
  public Optional<PersonRow> leaderOf(String gridCode) {
    return assignments(gridCode).stream().filter(a -> a.role().isGridLeader())
        .map(a -> people.get(a.personCode())).findFirst();
  }

  /** The grid's leader and deputies: the members of {@code grid-<code>-leaders}. */
  public List<PersonRow> leadersOf(String gridCode) {
    return distinct(assignments(gridCode).stream().filter(a -> a.role().leadsGrid()).map(a -> people.get(a.personCode())));
  }

  /**
   * The leaders one level up, who supervise the grid: for a village its area leader (level-2) and
   * its liaison cadre; for a unit the level-2 leader and the head of the department that supervises
   * its sector; for a sub-grid its unit's leaders; for the town grid its level-1 leaders.
   */
  public List<PersonRow> upperLeadersOf(String gridCode) {
    GridRow grid = grids.get(gridCode);
    if (grid == null) {
      return List.of();
    }
    return switch (grid.kind()) {
      case TOWN -> levelOneLeaders(grid.townCode());
      case VILLAGE -> distinct(Stream.concat(
          levelTwoLeaderOfArea(grid.areaCode()).stream(),
          liaisonCadresOf(gridCode).stream()));
      case SUB_GRID -> leadersOf(grid.parentCode());
      default -> distinct(Stream.concat(
          levelTwoLeaderOfDepartment(grid.supervisingDepartmentCode()).stream(),
          department(grid.supervisingDepartmentCode()).flatMap(d -> person(d.headCode())).stream()));
    };
  }

  /** The liaison cadres (包村干部) who cover a village. */
  public List<PersonRow> liaisonCadresOf(String villageCode) {
    return distinct(data.assignments().stream()
        .filter(a -> a.role() == GridRole.LIAISON_CADRE && villageCode.equals(a.villageCode()))
        .map(a -> people.get(a.personCode())));
  }

  /** The village a grid lies in: itself for a village; none for the town and units. */
  public Optional<GridRow> villageOf(String gridCode) {
    return grid(gridCode).filter(g -> g.kind() == GridKind.VILLAGE);
  }

  /** The area inspection group's Camunda group for a village ({@code area-<code>}). */
  public Optional<String> areaGroupOf(String villageCode) {
    return villageOf(villageCode).map(GridRow::areaCode).map(GridGroups::area);
  }

  /** The Camunda group of a department ({@code dept-<code>}), if the department exists. */
  public Optional<String> departmentGroup(String departmentCode) {
    return department(departmentCode).map(d -> GridGroups.department(d.code()));
  }

  /** The unit grid a sub-grid belongs to, or the grid itself. */
  public GridRow unitOf(GridRow grid) {
    return grid.kind() == GridKind.SUB_GRID && grids.containsKey(grid.parentCode()) ? grids.get(grid.parentCode()) : grid;
  }

  public List<AssignmentRow> assignments(String gridCode) {
    return assignmentsByGrid.getOrDefault(gridCode, List.of());
  }

  public List<AssignmentRow> assignmentsOf(String personCode) {
    return assignmentsByPerson.getOrDefault(personCode, List.of());
  }

  /** Departments a person heads or belongs to. */
  public List<String> departmentsOf(String personCode) {
    return departmentsByPerson.getOrDefault(personCode, List.of());
  }

  public List<String> membersOf(String departmentCode) {
    return membersByDepartment.getOrDefault(departmentCode, List.of());
  }

  /** Grids directly below a grid. */
  public List<GridRow> childrenOf(String gridCode) {
    return childrenByGrid.getOrDefault(gridCode, List.of());
  }

  /**
   * The key places (重点部位) and hazard sources (危险源) a grid's key-hazard inspection form
   * (《重点隐患排查表》) lists, sorted by code: the grid's own and, for a unit grid, also those of
   * its sub-grids (a school inspects its canteen's gas line). Empty for an unknown grid.
   */
  public List<KeyPlaceRow> keyPlacesOf(String gridCode) {
    GridRow grid = gridCode == null ? null : grids.get(gridCode);
    if (grid == null) {
      return List.of();
    }
    List<KeyPlaceRow> places = new ArrayList<>(keyPlacesByGrid.getOrDefault(gridCode, List.of()));
    if (grid.kind() != null && grid.kind().level() == GridLevel.UNIT && grid.kind() != GridKind.SUB_GRID) {
      childrenOf(gridCode).stream().filter(child -> child.kind() == GridKind.SUB_GRID)
          .forEach(child -> places.addAll(keyPlacesByGrid.getOrDefault(child.code(), List.of())));
    }
    places.sort(Comparator.comparing(KeyPlaceRow::code));
    return List.copyOf(places);
  }

  /**
   * The grids whose work a person may see: town leaders, the safety office, the discipline
   * commission and the NPC office see all; an area's leaders see its villages; a liaison cadre his
   * village; a department the units of its sector; everybody his own grids and their sub-grids.
   */
  public Set<String> visibleGridCodes(String personCode) {
    PersonRow person = people.get(personCode);
    if (person == null || !person.isActive()) {
      return Set.of();
    }
    Set<String> visible = new LinkedHashSet<>();
    boolean townWide = assignmentsOf(personCode).stream()
        .anyMatch(a -> a.role() == GridRole.LEVEL1_LEADER || a.role() == GridRole.LEVEL2_LEADER)
        || departmentsOf(personCode).stream().anyMatch(d -> d.equals(GridGroups.SAFETY_OFFICE)
            || d.equals(GridGroups.DISCIPLINE) || d.equals("npc-office"));
    if (townWide) {
      grids.keySet().forEach(visible::add);
      return visible;
    }
    for (AssignmentRow a : assignmentsOf(personCode)) {
      addWithChildren(a.gridCode(), visible);
      if (a.role() == GridRole.LIAISON_CADRE && a.villageCode() != null) {
        addWithChildren(a.villageCode(), visible);
      }
    }
    for (AreaRow area : data.areas()) {
      if (personCode.equals(area.leaderCode()) || personCode.equals(area.deputyCode())) {
        data.grids().stream().filter(g -> area.code().equals(g.areaCode())).forEach(g -> addWithChildren(g.code(), visible));
      }
    }
    for (String department : departmentsOf(personCode)) {
      data.grids().stream().filter(g -> department.equals(g.supervisingDepartmentCode()))
          .forEach(g -> addWithChildren(g.code(), visible));
    }
    // the town grid is everybody's upper grid, not his to watch
    data.grids().stream().filter(g -> g.kind() == GridKind.TOWN).forEach(g -> visible.remove(g.code()));
    return visible;
  }

  private void addWithChildren(String gridCode, Set<String> into) {
    if (gridCode == null || !into.add(gridCode)) {
      return;
    }
    GridRow grid = grids.get(gridCode);
    if (grid != null && grid.kind() == GridKind.TOWN) {
      return;
    }
    childrenOf(gridCode).forEach(child -> addWithChildren(child.code(), into));
  }

  /** A group the registry mirrors into Camunda: name for Admin, type, and member logins. */
  public record GroupDefinition(String id, String name, String type, Set<String> memberLogins) {}

  /** Every group the registry defines, with the logins of its active members. */
  public Map<String, GroupDefinition> groups() {
    Map<String, GroupDefinition> groups = new LinkedHashMap<>();
    for (DepartmentRow d : data.departments()) {
      Set<String> members = logins(Stream.concat(Stream.of(d.headCode()), membersOf(d.code()).stream()).toList());
      put(groups, GridGroups.department(d.code()), d.name(), GridGroups.TYPE_DEPARTMENT, members);
      if (d.code().equals(GridGroups.SAFETY_OFFICE)) {
        put(groups, GridGroups.SAFETY_OFFICE, "领导小组办公室", GridGroups.TYPE_ROLE, members);
      }
      if (d.code().equals(GridGroups.DISCIPLINE)) {
        put(groups, GridGroups.DISCIPLINE, "纪委", GridGroups.TYPE_ROLE, members);
      }
    }
    for (GridRow g : data.grids()) {
      put(groups, GridGroups.grid(g.code()), g.name() + "网格", GridGroups.TYPE_GRID,
          logins(assignments(g.code()).stream().map(AssignmentRow::personCode).toList()));
      put(groups, GridGroups.gridLeaders(g.code()), g.name() + "网格长及副网格长", GridGroups.TYPE_GRID_LEADERS,
          logins(leadersOf(g.code()).stream().map(PersonRow::code).toList()));
    }
    for (AreaRow a : data.areas()) {
      List<String> members = new ArrayList<>();
      members.add(a.leaderCode());
      members.add(a.deputyCode());
      data.grids().stream().filter(g -> a.code().equals(g.areaCode())).forEach(village -> {
        liaisonCadresOf(village.code()).forEach(p -> members.add(p.code()));
        assignments(village.code()).stream()
            .filter(x -> x.role() == GridRole.GRID_LEADER || x.role() == GridRole.DEPUTY_GRID_LEADER)
            .forEach(x -> members.add(x.personCode()));
      });
      put(groups, GridGroups.area(a.code()), a.name() + "检查组", GridGroups.TYPE_AREA, logins(members));
    }
    put(groups, GridGroups.TOWN_LEADERS, "镇领导（一级、二级网格长）", GridGroups.TYPE_ROLE,
        logins(data.assignments().stream()
            .filter(a -> a.role() == GridRole.LEVEL1_LEADER || a.role() == GridRole.LEVEL2_LEADER)
            .map(AssignmentRow::personCode).toList()));
    put(groups, GridGroups.RULE_ADMINISTRATORS, GridGroups.RULE_ADMINISTRATORS_NAME, GridGroups.TYPE_ROLE,
        logins(data.people().stream().filter(PersonRow::isRuleAdministrator).map(PersonRow::code).toList()));
    put(groups, GridGroups.COCKPIT_READERS, GridGroups.COCKPIT_READERS_NAME, GridGroups.TYPE_ROLE,
        logins(cockpitReaders()));
    groups.putIfAbsent(GridGroups.SAFETY_OFFICE,
        new GroupDefinition(GridGroups.SAFETY_OFFICE, "领导小组办公室", GridGroups.TYPE_ROLE, Set.of()));
    groups.putIfAbsent(GridGroups.DISCIPLINE,
        new GroupDefinition(GridGroups.DISCIPLINE, "纪委", GridGroups.TYPE_ROLE, Set.of()));
    return groups;
  }

  /**
   * Who supervises a part of the town in Cockpit ({@link GridGroups#COCKPIT_READERS}): area leaders
   * and their deputies, department heads, and the grid leaders (网格长) of villages and units.
   */
  private List<String> cockpitReaders() {
    List<String> codes = new ArrayList<>();
    data.areas().forEach(a -> {
      codes.add(a.leaderCode());
      codes.add(a.deputyCode());
    });
    data.departments().forEach(d -> codes.add(d.headCode()));
    for (AssignmentRow a : data.assignments()) {
      GridRow grid = grids.get(a.gridCode());
      if (a.role() == GridRole.GRID_LEADER && grid != null
          && (grid.kind() == GridKind.VILLAGE || grid.kind().level() == GridLevel.UNIT && grid.kind() != GridKind.SUB_GRID)) {
        codes.add(a.personCode());
      }
    }
    return codes;
  }

  private static void put(Map<String, GroupDefinition> groups, String id, String name, String type, Set<String> members) {
    groups.put(id, new GroupDefinition(id, name, type, members));
  }

  /** Logins of the active people among these codes. */
  private Set<String> logins(Collection<String> personCodes) {
    Set<String> logins = new LinkedHashSet<>();
    for (String code : personCodes) {
      PersonRow p = code == null ? null : people.get(code);
      if (p != null && p.canLogIn()) {
        logins.add(p.loginId());
      }
    }
    return logins;
  }

  private Stream<PersonRow> holders(String gridCode, GridRole role) {
    return assignments(gridCode).stream().filter(a -> a.role() == role).map(a -> people.get(a.personCode()));
  }

  private static List<PersonRow> distinct(Stream<PersonRow> people) {
    return people.filter(java.util.Objects::nonNull).distinct().toList();
  }
}
