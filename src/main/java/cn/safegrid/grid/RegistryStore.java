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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the registry tables as {@link RegistryData} and makes them equal to a wanted
 * {@link RegistryData}: rows are matched by code, changed in place, added, or removed. People are
 * never deleted: one missing from the wanted registry is deactivated, so history keeps his name.
 * A grid that goes takes its roles and key places with it (the wanted registry no longer has them).
 */
@Component
class RegistryStore {

  private final TownRepository towns;
  private final PersonRepository people;
  private final AreaRepository areas;
  private final DepartmentRepository departments;
  private final GridRepository grids;
  private final GridAssignmentRepository assignments;
  private final KeyPlaceRepository keyPlaces;

  RegistryStore(TownRepository towns, PersonRepository people, AreaRepository areas,
      DepartmentRepository departments, GridRepository grids, GridAssignmentRepository assignments,
      KeyPlaceRepository keyPlaces) {
    this.towns = towns;
    this.people = people;
    this.areas = areas;
    this.departments = departments;
    this.grids = grids;
    this.assignments = assignments;
    this.keyPlaces = keyPlaces;
  }

  RegistryData load() {
    List<TownRow> townRows = towns.findAll(org.springframework.data.domain.Sort.by("code")).stream()
        .map(t -> new TownRow(t.getCode(), t.getName(), t.getDistrict(), t.getHazardPrefix()))
        .toList();
    List<PersonRow> personRows = people.findAllByOrderByCode().stream()
        .map(p -> new PersonRow(p.getCode(), p.getName(), p.getPhone(), p.getTitle(), p.getLoginId(),
            p.isActive(), p.isAdministrator(), p.isRuleAdministrator()))
        .toList();
    List<AreaRow> areaRows = areas.findAllByOrderByCode().stream()
        .map(a -> new AreaRow(a.getCode(), a.getName(), a.getTown().getCode(), code(a.getLeader()), code(a.getDeputy())))
        .toList();
    List<Department> departmentEntities = departments.findAllByOrderByCode();
    List<DepartmentRow> departmentRows = departmentEntities.stream()
        .map(d -> new DepartmentRow(d.getCode(), d.getName(), d.getTown().getCode(), code(d.getHead()),
            code(d.getSupervisor()), d.getCategories()))
        .toList();
    List<MemberRow> memberRows = new ArrayList<>();
    departmentEntities.forEach(d -> d.getMembers().stream()
        .sorted(Comparator.comparing(Person::getCode))
        .forEach(p -> memberRows.add(new MemberRow(d.getCode(), p.getCode()))));
    List<GridRow> gridRows = grids.findAllByOrderByCode().stream()
        .map(g -> new GridRow(g.getCode(), g.getName(), g.getKind(), g.getTown().getCode(),
            g.getParent() == null ? null : g.getParent().getCode(),
            g.getArea() == null ? null : g.getArea().getCode(),
            g.getSupervisingDepartment() == null ? null : g.getSupervisingDepartment().getCode(),
            g.getAddress(), g.getInspectionsPerWeek(), g.getHazardCategory()))
        .toList();
    List<AssignmentRow> assignmentRows = assignments.findAllByOrderById().stream()
        .map(a -> new AssignmentRow(a.getGrid().getCode(), a.getPerson().getCode(), a.getRole(),
            a.getVillage() == null ? null : a.getVillage().getCode(), a.getDuty()))
        .toList();
    List<KeyPlaceRow> keyPlaceRows = keyPlaces.findAllByOrderByCode().stream()
        .map(k -> new KeyPlaceRow(k.getCode(), k.getGrid().getCode(), k.getName(), k.isHazardSource(), k.getDescription(),
            k.getHazardCategory()))
        .toList();
    return new RegistryData(townRows, personRows, areaRows, departmentRows, gridRows, assignmentRows, memberRows,
        keyPlaceRows);
  }

  /** Makes the tables hold exactly {@code wanted}; the caller has checked it with RegistryRules. */
  void save(RegistryData wanted) {
    Map<String, Town> townByCode = saveTowns(wanted.towns());
    Map<String, Person> personByCode = savePeople(wanted.people());
    Map<String, Area> areaByCode = saveAreas(wanted.areas(), townByCode, personByCode);
    Map<String, Department> departmentByCode =
        saveDepartments(wanted.departments(), wanted.departmentMembers(), townByCode, personByCode);
    Map<String, Grid> gridByCode = saveGrids(wanted.grids(), townByCode, areaByCode, departmentByCode);
    saveAssignments(wanted.assignments(), gridByCode, personByCode);
    saveKeyPlaces(wanted.keyPlaces(), gridByCode);
    deleteMissing(wanted, gridByCode, areaByCode, departmentByCode, townByCode);
  }

  private Map<String, Town> saveTowns(List<TownRow> rows) {
    Map<String, Town> byCode = index(towns.findAll(), Town::getCode);
    for (TownRow row : rows) {
      Town town = byCode.computeIfAbsent(row.code(),
          code -> towns.save(new Town(code, row.name(), row.district(), row.hazardPrefix())));
      town.setName(row.name());
      town.setDistrict(row.district());
      town.setHazardPrefix(row.hazardPrefix());
    }
    return byCode;
  }

  private Map<String, Person> savePeople(List<PersonRow> rows) {
    Map<String, Person> byCode = index(people.findAll(), Person::getCode);
    Set<String> wanted = new HashSet<>();
    for (PersonRow row : rows) {
      wanted.add(row.code());
      Person person = byCode.computeIfAbsent(row.code(),
          code -> people.save(new Person(code, row.name(), row.phone(), row.title(), blankToNull(row.loginId()))));
      person.setName(row.name());
      person.setPhone(row.phone().trim());
      person.setTitle(blankToNull(row.title()));
      person.setLoginId(blankToNull(row.loginId()));
      person.setActive(row.isActive());
      person.setAdministrator(row.isAdministrator());
      person.setRuleAdministrator(row.isRuleAdministrator());
    }
    byCode.values().stream().filter(p -> !wanted.contains(p.getCode())).forEach(p -> {
      p.setActive(false);
      p.setAdministrator(false);
    });
    return byCode;
  }

  private Map<String, Area> saveAreas(List<AreaRow> rows, Map<String, Town> townByCode, Map<String, Person> personByCode) {
    Map<String, Area> byCode = index(areas.findAll(), Area::getCode);
    for (AreaRow row : rows) {
      Area area = byCode.computeIfAbsent(row.code(),
          code -> areas.save(new Area(code, row.name(), townByCode.get(row.townCode()))));
      area.setName(row.name());
      area.setLeader(personByCode.get(row.leaderCode()));
      area.setDeputy(personByCode.get(row.deputyCode()));
    }
    return byCode;
  }

  private Map<String, Department> saveDepartments(List<DepartmentRow> rows, List<MemberRow> memberRows,
      Map<String, Town> townByCode, Map<String, Person> personByCode) {
    Map<String, Department> byCode = index(departments.findAll(), Department::getCode);
    Map<String, Set<Person>> members = new HashMap<>();
    memberRows.forEach(m -> members.computeIfAbsent(m.departmentCode(), k -> new HashSet<>())
        .add(personByCode.get(m.personCode())));
    for (DepartmentRow row : rows) {
      Department department = byCode.computeIfAbsent(row.code(),
          code -> departments.save(new Department(code, row.name(), townByCode.get(row.townCode()))));
      department.setName(row.name());
      department.setHead(personByCode.get(row.headCode()));
      department.setSupervisor(personByCode.get(row.supervisorCode()));
      department.setCategories(blankToNull(row.categories()));
      Set<Person> wantedMembers = members.getOrDefault(row.code(), Set.of());
      department.getMembers().retainAll(wantedMembers);
      department.getMembers().addAll(wantedMembers);
    }
    return byCode;
  }

  private Map<String, Grid> saveGrids(List<GridRow> rows, Map<String, Town> townByCode,
      Map<String, Area> areaByCode, Map<String, Department> departmentByCode) {
    Map<String, Grid> byCode = index(grids.findAll(), Grid::getCode);
    Map<String, GridRow> rowByCode = RegistryData.byKey(rows, GridRow::code);
    // parents first, so that every insert finds its parent row
    List<GridRow> ordered = rows.stream().sorted(Comparator.comparingInt(r -> depth(r, rowByCode))).toList();
    for (GridRow row : ordered) {
      Grid grid = byCode.get(row.code());
      if (grid == null) {
        grid = new Grid(row.code(), row.name(), row.kind(), townByCode.get(row.townCode()));
        grid.setParent(row.parentCode() == null ? null : byCode.get(row.parentCode()));
        grid = grids.save(grid);
        byCode.put(row.code(), grid);
      }
      grid.setName(row.name());
      grid.setKind(row.kind());
      grid.setParent(row.parentCode() == null ? null : byCode.get(row.parentCode()));
      grid.setArea(row.areaCode() == null ? null : areaByCode.get(row.areaCode()));
      grid.setSupervisingDepartment(row.supervisingDepartmentCode() == null ? null
          : departmentByCode.get(row.supervisingDepartmentCode()));
      grid.setAddress(blankToNull(row.address()));
      grid.setInspectionsPerWeek(row.inspectionsPerWeek());
      grid.setHazardCategory(blankToNull(row.hazardCategory()));
    }
    grids.flush();
    return byCode;
  }

  private void saveAssignments(List<AssignmentRow> rows, Map<String, Grid> gridByCode, Map<String, Person> personByCode) {
    Map<String, GridAssignment> existing = new HashMap<>();
    for (GridAssignment a : assignments.findAll()) {
      existing.put(new AssignmentRow(a.getGrid().getCode(), a.getPerson().getCode(), a.getRole(),
          a.getVillage() == null ? null : a.getVillage().getCode(), null).key(), a);
    }
    Set<String> wanted = rows.stream().map(AssignmentRow::key).collect(Collectors.toSet());
    existing.forEach((key, a) -> {
      if (!wanted.contains(key)) {
        assignments.delete(a);
      }
    });
    assignments.flush();
    for (AssignmentRow row : rows) {
      GridAssignment assignment = existing.get(row.key());
      if (assignment == null) {
        assignment = assignments.save(
            new GridAssignment(gridByCode.get(row.gridCode()), personByCode.get(row.personCode()), row.role()));
      }
      assignment.setVillage(row.villageCode() == null ? null : gridByCode.get(row.villageCode()));
      assignment.setDuty(blankToNull(row.duty()));
    }
  }

  /** Upserts key places by code; those not wanted (and so those of grids about to go) are deleted first. */
  private void saveKeyPlaces(List<KeyPlaceRow> rows, Map<String, Grid> gridByCode) {
    Map<String, KeyPlace> byCode = index(keyPlaces.findAll(), KeyPlace::getCode);
    Set<String> wanted = rows.stream().map(KeyPlaceRow::code).collect(Collectors.toSet());
    byCode.values().stream().filter(k -> !wanted.contains(k.getCode())).forEach(keyPlaces::delete);
    keyPlaces.flush();
    for (KeyPlaceRow row : rows) {
      Grid grid = gridByCode.get(row.gridCode());
      KeyPlace place = byCode.get(row.code());
      boolean added = place == null;
      if (added) {
        place = new KeyPlace(row.code(), grid, row.name());
      }
      place.setGrid(grid);
      place.setName(row.name());
      place.setHazardSource(row.isHazardSource());
      place.setDescription(blankToNull(row.description()));
      place.setHazardCategory(blankToNull(row.hazardCategory()));
      if (added) {
        keyPlaces.save(place);
      }
    }
  }

  private void deleteMissing(RegistryData wanted, Map<String, Grid> gridByCode, Map<String, Area> areaByCode,
      Map<String, Department> departmentByCode, Map<String, Town> townByCode) {
    Set<String> wantedGrids = wanted.grids().stream().map(GridRow::code).collect(Collectors.toSet());
    List<Grid> doomed = gridByCode.values().stream().filter(g -> !wantedGrids.contains(g.getCode()))
        .sorted(Comparator.comparingInt((Grid g) -> depthOf(g)).reversed())
        .toList();
    doomed.forEach(g -> {
      grids.delete(g);
      grids.flush();
    });
    removeMissing(areaByCode, wanted.areas().stream().map(AreaRow::code).collect(Collectors.toSet()), areas::delete);
    removeMissing(departmentByCode, wanted.departments().stream().map(DepartmentRow::code).collect(Collectors.toSet()),
        departments::delete);
    removeMissing(townByCode, wanted.towns().stream().map(TownRow::code).collect(Collectors.toSet()), towns::delete);
  }

  private static <E> void removeMissing(Map<String, E> byCode, Set<String> wanted, java.util.function.Consumer<E> delete) {
    byCode.forEach((code, entity) -> {
      if (!wanted.contains(code)) {
        delete.accept(entity);
      }
    });
  }

  private static int depth(GridRow row, Map<String, GridRow> rowByCode) {
    int depth = 0;
    GridRow current = row;
    while (current != null && current.parentCode() != null && depth < 16) {
      current = rowByCode.get(current.parentCode());
      depth++;
    }
    return depth;
  }

  private static int depthOf(Grid grid) {
    int depth = 0;
    for (Grid g = grid.getParent(); g != null && depth < 16; g = g.getParent()) {
      depth++;
    }
    return depth;
  }

  private static <E> Map<String, E> index(List<E> entities, Function<E, String> code) {
    Map<String, E> byCode = new HashMap<>();
    entities.forEach(e -> byCode.put(code.apply(e), e));
    return byCode;
  }

  private static String code(Person person) {
    return person == null ? null : person.getCode();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

}
