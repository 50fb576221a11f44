package cn.safegrid.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole registry as plain rows keyed by codes: what the Excel workbook holds, what the demo
 * file holds, what the rules check and what the writer makes the database equal to. Persons,
 * grids, areas, departments and key places refer to each other by code only.
 */
public record RegistryData(
    List<TownRow> towns,
    List<PersonRow> people,
    List<AreaRow> areas,
    List<DepartmentRow> departments,
    List<GridRow> grids,
    List<AssignmentRow> assignments,
    List<MemberRow> departmentMembers,
    List<KeyPlaceRow> keyPlaces) {

  public RegistryData {
    towns = listOf(towns);
    people = listOf(people);
    areas = listOf(areas);
    departments = listOf(departments);
    grids = listOf(grids);
    assignments = listOf(assignments);
    departmentMembers = listOf(departmentMembers);
    keyPlaces = listOf(keyPlaces);
  }

  public static RegistryData empty() {
    return new RegistryData(null, null, null, null, null, null, null, null);
  }

  public record TownRow(String code, String name, String district, String hazardPrefix) {}

  /**
   * A person. {@code administrator}: a system administrator ({@code camunda-admin});
   * {@code ruleAdministrator}: may change and deploy the rule tables ({@code rule-admins}).
   */
  public record PersonRow(String code, String name, String phone, String title, String loginId,
      Boolean active, Boolean administrator, Boolean ruleAdministrator) {

    public PersonRow {
      ruleAdministrator = ruleAdministrator != null && ruleAdministrator;
    }

    public PersonRow(String code, String name, String phone, String title, String loginId, Boolean active,
        Boolean administrator) {
      this(code, name, phone, title, loginId, active, administrator, null);
    }

    public boolean isRuleAdministrator() {
      return ruleAdministrator != null && ruleAdministrator;
    }

    public boolean isActive() {
      return active == null || active;
    }

    public boolean isAdministrator() {
      return administrator != null && administrator;
    }

    public boolean canLogIn() {
      return isActive() && loginId != null && !loginId.isBlank();
    }
  }

  public record AreaRow(String code, String name, String townCode, String leaderCode, String deputyCode) {}

  public record DepartmentRow(String code, String name, String townCode, String headCode,
      String supervisorCode, String categories) {}

  /**
   * A grid. {@code hazardCategory}: the category a finding in it takes by default (a unit's sector,
   * e.g. 汽修汽贸 for a 汽修厂), a catalogue code or null.
   */
  public record GridRow(String code, String name, GridKind kind, String townCode, String parentCode,
      String areaCode, String supervisingDepartmentCode, String address, Integer inspectionsPerWeek,
      String hazardCategory) {

    /** A grid without a category of its own. */
    public GridRow(String code, String name, GridKind kind, String townCode, String parentCode, String areaCode,
        String supervisingDepartmentCode, String address, Integer inspectionsPerWeek) {
      this(code, name, kind, townCode, parentCode, areaCode, supervisingDepartmentCode, address, inspectionsPerWeek, null);
    }
  }

  public record AssignmentRow(String gridCode, String personCode, GridRole role, String villageCode, String duty) {
    /** Identifies the row: one person holds a role once in a grid (a liaison cadre once per village). */
    public String key() {
      return gridCode + "/" + personCode + "/" + role + (villageCode == null ? "" : "/" + villageCode);
    }
  }

  public record MemberRow(String departmentCode, String personCode) {
    public String key() {
      return departmentCode + "/" + personCode;
    }
  }

  /**
   * A key place (重点部位) of a village or unit grid; a hazard source (危险源) when {@code hazardSource}.
   * Left out, {@code hazardSource} means no: the row always holds true or false.
   */
  /** A key place; {@code hazardCategory}: the category a finding there takes by default, or null. */
  public record KeyPlaceRow(String code, String gridCode, String name, Boolean hazardSource, String description,
      String hazardCategory) {
    public KeyPlaceRow {
      hazardSource = Boolean.TRUE.equals(hazardSource);
    }

    /** A key place without a category of its own. */
    public KeyPlaceRow(String code, String gridCode, String name, Boolean hazardSource, String description) {
      this(code, gridCode, name, hazardSource, description, null);
    }

    public boolean isHazardSource() {
      return hazardSource;
    }
  }

  public Optional<GridRow> grid(String code) {
    return grids.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public Optional<PersonRow> person(String code) {
    return people.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public Optional<AreaRow> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public Optional<DepartmentRow> department(String code) {
    return departments.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<TownRow> town(String code) {
    return towns.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<KeyPlaceRow> keyPlace(String code) {
    return keyPlaces.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  /** Rows by their code; later rows win when a code repeats (the rules report repeats). */
  public static <R> Map<String, R> byKey(List<R> rows, Function<R, String> key) {
    return rows.stream().filter(r -> key.apply(r) != null)
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> b, java.util.LinkedHashMap::new));
  }

  /** A copy with one kind of rows replaced: how an edit produces the registry it wants. */
  public RegistryData withTowns(List<TownRow> rows) {
    return new RegistryData(rows, people, areas, departments, grids, assignments, departmentMembers, keyPlaces);
  }

  public RegistryData withPeople(List<PersonRow> rows) {
    return new RegistryData(towns, rows, areas, departments, grids, assignments, departmentMembers, keyPlaces);
  }

  public RegistryData withAreas(List<AreaRow> rows) {
    return new RegistryData(towns, people, rows, departments, grids, assignments, departmentMembers, keyPlaces);
  }

  public RegistryData withDepartments(List<DepartmentRow> rows) {
    return new RegistryData(towns, people, areas, rows, grids, assignments, departmentMembers, keyPlaces);
  }

  public RegistryData withGrids(List<GridRow> rows) {
    return new RegistryData(towns, people, areas, departments, rows, assignments, departmentMembers, keyPlaces);
  }

  public RegistryData withAssignments(List<AssignmentRow> rows) {
    return new RegistryData(towns, people, areas, departments, grids, rows, departmentMembers, keyPlaces);
  }

  public RegistryData withDepartmentMembers(List<MemberRow> rows) {
    return new RegistryData(towns, people, areas, departments, grids, assignments, rows, keyPlaces);
  }

  public RegistryData withKeyPlaces(List<KeyPlaceRow> rows) {
    return new RegistryData(towns, people, areas, departments, grids, assignments, departmentMembers, rows);
  }

  private static <T> List<T> listOf(List<T> rows) {
    return rows == null ? List.of() : List.copyOf(new ArrayList<>(rows));
  }
}
