package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex.GroupDefinition;
import cn.safegrid.system.ApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one user may read of the registry, worked out once per request ({@link RegistryAccess#view}).
 * Editors and supervisors read everything. Every other officer reads the grids his roles cover and
 * his contact list: himself, the people with a role in those grids, their upper leaders, his
 * department colleagues, the inspection groups of his areas, and the town's leadership (leaders,
 * department heads and their supervisors, area leaders). Towns, areas and departments are the
 * town's public structure and readable by all. A grid or person he may not read answers 404 like
 * one that does not exist, so a guessed code reveals nothing.
 */
final class RegistryView {

  private final RegistryIndex index;
  private final boolean editor;
  private final boolean everything;
  private final Set<String> grids;
  private final Set<String> people;
  private final Set<String> areaGroups;
  private Map<String, GroupDefinition> groups;

  RegistryView(RegistryIndex index, boolean editor, boolean everything, Set<String> visibleGrids, String loginId) {
    this.index = index;
    this.editor = editor;
    this.everything = everything;
    this.grids = Set.copyOf(visibleGrids);
    PersonRow me = index.personByLogin(loginId).filter(PersonRow::isActive).orElse(null);
    this.areaGroups = everything ? Set.of() : areaGroups(me);
    this.people = everything ? Set.of() : contacts(me);
  }

  RegistryIndex index() {
    return index;
  }

  boolean canEdit() {
    return editor;
  }

  boolean readsEverything() {
    return everything;
  }

  /** Codes of the grids he may read (every grid for those who read everything). */
  Set<String> visibleGrids() {
    return grids;
  }

  boolean seesGrid(String code) {
    return grids.contains(code);
  }

  boolean seesPerson(String code) {
    return everything || people.contains(code);
  }

  /** Whether he may read an area's inspection group: supervisors, its members, officers of its villages. */
  boolean seesAreaGroup(String areaCode) {
    return everything || areaGroups.contains(areaCode);
  }

  List<GridRow> grids() {
    return index.data().grids().stream().filter(g -> seesGrid(g.code())).toList();
  }

  List<PersonRow> people() {
    return index.data().people().stream().filter(p -> seesPerson(p.code())).toList();
  }

  /** A grid he may read, or 404. */
  GridRow grid(String code) {
    return index.grid(code).filter(g -> seesGrid(g.code()))
        .orElseThrow(() -> ApiException.notFound("找不到网格“" + code + "”，或您无权查看。"));
  }

  /** A person he may read, or 404. */
  PersonRow person(String code) {
    return index.person(code).filter(p -> seesPerson(p.code()))
        .orElseThrow(() -> ApiException.notFound("找不到人员“" + code + "”，或您无权查看。"));
  }

  AreaRow area(String code) {
    return index.area(code).orElseThrow(() -> ApiException.notFound("找不到片“" + code + "”。"));
  }

  DepartmentRow department(String code) {
    return index.department(code).orElseThrow(() -> ApiException.notFound("找不到部门“" + code + "”。"));
  }

  /** The people of an area's inspection group ({@code area-<code>}), mapped back from their logins. */
  List<PersonRow> inspectionGroup(String areaCode) {
    GroupDefinition group = groups().get(GridGroups.area(areaCode));
    if (group == null) {
      return List.of();
    }
    return group.memberLogins().stream().map(index::personByLogin).flatMap(Optional::stream).toList();
  }

  /** The Camunda groups the registry defines, worked out once (they are derived, not stored). */
  private Map<String, GroupDefinition> groups() {
    if (groups == null) {
      groups = index.groups();
    }
    return groups;
  }

  private Set<String> areaGroups(PersonRow me) {
    Set<String> areas = new HashSet<>();
    grids.forEach(code -> index.grid(code).map(GridRow::areaCode).ifPresent(areas::add));
    if (me != null && me.loginId() != null) {
      index.data().areas().stream()
          .filter(a -> groups().get(GridGroups.area(a.code())).memberLogins().contains(me.loginId()))
          .forEach(a -> areas.add(a.code()));
    }
    return areas;
  }

  private Set<String> contacts(PersonRow me) {
    Set<String> contacts = new HashSet<>();
    if (me == null) {
      return contacts;
    }
    RegistryData data = index.data();
    contacts.add(me.code());
    for (AssignmentRow a : data.assignments()) {
      if (grids.contains(a.gridCode()) || (a.villageCode() != null && grids.contains(a.villageCode()))
          || a.role() == GridRole.LEVEL1_LEADER || a.role() == GridRole.LEVEL2_LEADER) {
        contacts.add(a.personCode());
      }
    }
    grids.forEach(code -> index.upperLeadersOf(code).forEach(p -> contacts.add(p.code())));
    data.departments().forEach(d -> addAll(contacts, Stream.of(d.headCode(), d.supervisorCode())));
    data.areas().forEach(a -> addAll(contacts, Stream.of(a.leaderCode(), a.deputyCode())));
    for (String department : index.departmentsOf(me.code())) {
      index.department(department).ifPresent(d -> contacts.add(d.headCode()));
      contacts.addAll(index.membersOf(department));
    }
    areaGroups.forEach(area -> inspectionGroup(area).forEach(p -> contacts.add(p.code())));
    contacts.remove(null);
    return contacts;
  }

  private static void addAll(Set<String> into, Stream<String> codes) {
    codes.filter(Objects::nonNull).forEach(into::add);
  }
}
