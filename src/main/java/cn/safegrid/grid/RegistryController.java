package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryData.TownRow;
import cn.safegrid.grid.RegistryRequests.AreaRequest;
import cn.safegrid.grid.RegistryRequests.Create;
import cn.safegrid.grid.RegistryRequests.DepartmentRequest;
import cn.safegrid.grid.RegistryRequests.TownRequest;
import cn.safegrid.grid.RegistryResponses.AssignmentView;
import cn.safegrid.grid.RegistryResponses.DepartmentRef;
import cn.safegrid.grid.RegistryResponses.Me;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry as a whole, the current user's profile, and the town's structure: towns, areas and
 * departments. Everybody reads the structure; administrators and the safety office change it,
 * every change through {@link Registry#edit}. Grids are in {@link GridController}, people in
 * {@link PersonController}.
 */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "网格台账", description = "整个台账、当前登录人、镇、片、部门")
class RegistryController {

  private final Registry registry;
  private final RegistryAccess access;
  private final ReportingGrids reportingGrids;

  RegistryController(Registry registry, RegistryAccess access, ReportingGrids reportingGrids) {
    this.registry = registry;
    this.access = access;
    this.reportingGrids = reportingGrids;
  }

  @GetMapping
  @Operation(summary = "读取整个网格台账", description = "镇、人员、片、部门、网格、网格职务、部门成员和重点部位；"
      + "系统管理员、领导小组办公室、镇领导和纪委可用。")
  RegistryData registry(CurrentUser user) {
    RegistryView view = access.view(user);
    if (!view.readsEverything()) {
      throw ApiException.forbidden("只有系统管理员、领导小组办公室、镇领导和纪委可以读取整个网格台账。");
    }
    return view.index().data();
  }

  @GetMapping("/me")
  @Operation(summary = "当前登录人", description = "人员信息、担任的网格职务、所在部门、Camunda 组、可查看的网格、是否可以修改台账。")
  Me me(CurrentUser user) {
    RegistryView view = access.view(user);
    RegistryIndex index = view.index();
    PersonRow person = index.personByLogin(user.userId()).orElse(null);
    List<AssignmentView> assignments = person == null ? List.of()
        : AssignmentView.of(index.assignmentsOf(person.code()), index);
    List<DepartmentRef> departments = person == null ? List.of()
        : index.departmentsOf(person.code()).stream().distinct()
            .flatMap(code -> index.department(code).stream())
            .map(d -> new DepartmentRef(d.code(), d.name(), person.code().equals(d.headCode())))
            .toList();
    return new Me(user.userId(), person, assignments, departments, sorted(user.groupIds()),
        sorted(view.visibleGrids()), view.canEdit(), view.readsEverything());
  }

  @GetMapping("/me/report-grids")
  @Operation(summary = "可上报隐患的网格（表单用的选项）", description = "当前登录人上报隐患时可以选择的网格，"
      + "[{label: 中文名称, value: 网格编码}]：本人所在的网格在最前（如“小岗村（东片，您所在的网格）”），然后是各村和企事业单位网格（含基础网格），"
      + "镇级网格在最后。与上报时的检查是同一条规则：可以选择台账中的任一网格，不选则为本人所在的网格。"
      + "“上报安全隐患”表单的“隐患所在网格”下拉框由此填充；登录即可读取。")
  List<GridOption> reportGrids(CurrentUser user) {
    return reportingGrids.optionsFor(user.userId());
  }

  // ---- towns

  @GetMapping("/towns")
  @Operation(summary = "镇列表")
  List<TownRow> towns(CurrentUser user) {
    return access.view(user).index().data().towns();
  }

  @GetMapping("/towns/{code}")
  @Operation(summary = "读取一个镇")
  TownRow town(@PathVariable String code, CurrentUser user) {
    return access.view(user).index().town(code).orElseThrow(() -> Rows.notFound("镇", code));
  }

  @PostMapping("/towns")
  @Operation(summary = "新建镇", description = "同时建立该镇的镇级网格（编码 town-<镇编码>）。编码已存在时返回 409。")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<TownRow> createTown(@Validated({Default.class, Create.class}) @RequestBody TownRequest body,
      CurrentUser user) {
    access.requireEditor(user);
    TownRow town = body.toRow(RegistryRequests.trim(body.code()));
    GridRow townGrid = new GridRow("town-" + town.code(), town.name(), GridKind.TOWN, town.code(),
        null, null, null, null, null);
    registry.edit(user, current -> current
        .withTowns(Rows.added(current.towns(), TownRow::code, town, "镇"))
        .withGrids(Rows.added(current.grids(), GridRow::code, townGrid, "网格")));
    return created("/api/registry/towns/" + town.code(), town);
  }

  @PutMapping("/towns/{code}")
  @Operation(summary = "修改镇")
  TownRow updateTown(@PathVariable String code, @Valid @RequestBody TownRequest body, CurrentUser user) {
    access.requireEditor(user);
    TownRow town = body.toRow(RegistryRequests.sameCode(code, body.code()));
    registry.edit(user, current -> current.withTowns(Rows.replaced(current.towns(), TownRow::code, code, town, "镇")));
    return town;
  }

  @DeleteMapping("/towns/{code}")
  @Operation(summary = "删除镇", description = "连同其镇级网格一起删除；镇下还有片、部门或其他网格时返回 409。")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteTown(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    registry.edit(user, current -> {
      TownRow town = Rows.existing(current.towns(), TownRow::code, code, "镇");
      refuseIfUsed("镇“" + town.name() + "”", Stream.of(
          current.areas().stream().filter(a -> code.equals(a.townCode())).map(a -> "片“" + a.name() + "”"),
          current.departments().stream().filter(d -> code.equals(d.townCode())).map(d -> "部门“" + d.name() + "”"),
          current.grids().stream().filter(g -> code.equals(g.townCode()) && g.kind() != GridKind.TOWN)
              .map(g -> "网格“" + g.name() + "”")).flatMap(s -> s).toList());
      Set<String> townGrids = Set.copyOf(current.grids().stream().filter(g -> code.equals(g.townCode()))
          .map(GridRow::code).toList());
      return current.withTowns(Rows.removed(current.towns(), TownRow::code, code, "镇"))
          .withGrids(Rows.without(current.grids(), g -> townGrids.contains(g.code())))
          .withAssignments(Rows.without(current.assignments(), a -> townGrids.contains(a.gridCode())))
          .withKeyPlaces(Rows.without(current.keyPlaces(), k -> townGrids.contains(k.gridCode())));
    });
  }

  // ---- areas

  @GetMapping("/areas")
  @Operation(summary = "片列表")
  List<AreaRow> areas(CurrentUser user) {
    return access.view(user).index().data().areas();
  }

  @GetMapping("/areas/{code}")
  @Operation(summary = "读取一个片")
  AreaRow area(@PathVariable String code, CurrentUser user) {
    return access.view(user).area(code);
  }

  @PostMapping("/areas")
  @Operation(summary = "新建片", description = "编码已存在时返回 409。")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AreaRow> createArea(@Validated({Default.class, Create.class}) @RequestBody AreaRequest body,
      CurrentUser user) {
    access.requireEditor(user);
    AreaRow area = body.toRow(RegistryRequests.trim(body.code()));
    registry.edit(user, current -> current.withAreas(Rows.added(current.areas(), AreaRow::code, area, "片")));
    return created("/api/registry/areas/" + area.code(), area);
  }

  @PutMapping("/areas/{code}")
  @Operation(summary = "修改片")
  AreaRow updateArea(@PathVariable String code, @Valid @RequestBody AreaRequest body, CurrentUser user) {
    access.requireEditor(user);
    AreaRow area = body.toRow(RegistryRequests.sameCode(code, body.code()));
    registry.edit(user, current -> current.withAreas(Rows.replaced(current.areas(), AreaRow::code, code, area, "片")));
    return area;
  }

  @DeleteMapping("/areas/{code}")
  @Operation(summary = "删除片", description = "片下还有村级网格时返回 409。")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteArea(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    registry.edit(user, current -> {
      AreaRow area = Rows.existing(current.areas(), AreaRow::code, code, "片");
      refuseIfUsed("片“" + area.name() + "”", current.grids().stream()
          .filter(g -> code.equals(g.areaCode())).map(g -> "村级网格“" + g.name() + "”").toList());
      return current.withAreas(Rows.removed(current.areas(), AreaRow::code, code, "片"));
    });
  }

  @GetMapping("/areas/{code}/inspection-group")
  @Operation(summary = "片检查组成员", description = "片长、副片长、包村干部和各村“两委”干部（Camunda 组 area-<片编码>）。"
      + "本片各村的人员、检查组成员和可查看全部台账的人可用。")
  List<PersonRow> inspectionGroup(@PathVariable String code, CurrentUser user) {
    RegistryView view = access.view(user);
    AreaRow area = view.area(code);
    if (!view.seesAreaGroup(code)) {
      throw ApiException.forbidden("您无权查看“" + area.name() + "”检查组的成员。");
    }
    return view.inspectionGroup(code);
  }

  // ---- departments

  @GetMapping("/departments")
  @Operation(summary = "部门列表")
  List<DepartmentRow> departments(CurrentUser user) {
    return access.view(user).index().data().departments();
  }

  @GetMapping("/departments/{code}")
  @Operation(summary = "读取一个部门")
  DepartmentRow department(@PathVariable String code, CurrentUser user) {
    return access.view(user).department(code);
  }

  @PostMapping("/departments")
  @Operation(summary = "新建部门", description = "编码已存在时返回 409。")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<DepartmentRow> createDepartment(
      @Validated({Default.class, Create.class}) @RequestBody DepartmentRequest body, CurrentUser user) {
    access.requireEditor(user);
    DepartmentRow department = body.toRow(RegistryRequests.trim(body.code()));
    registry.edit(user, current -> current.withDepartments(
        Rows.added(current.departments(), DepartmentRow::code, department, "部门")));
    return created("/api/registry/departments/" + department.code(), department);
  }

  @PutMapping("/departments/{code}")
  @Operation(summary = "修改部门")
  DepartmentRow updateDepartment(@PathVariable String code, @Valid @RequestBody DepartmentRequest body,
      CurrentUser user) {
    access.requireEditor(user);
    DepartmentRow department = body.toRow(RegistryRequests.sameCode(code, body.code()));
    registry.edit(user, current -> current.withDepartments(
        Rows.replaced(current.departments(), DepartmentRow::code, code, department, "部门")));
    return department;
  }

  @DeleteMapping("/departments/{code}")
  @Operation(summary = "删除部门", description = "连同部门成员关系一起删除；仍监管企事业单位网格，或还有牵头的未销号隐患、"
      + "本部门组的待办任务时返回 409；"
      + "领导小组办公室和纪委承担系统角色，不能删除。")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteDepartment(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    if (code.equals(GridGroups.SAFETY_OFFICE) || code.equals(GridGroups.DISCIPLINE)) {
      throw ApiException.conflict("领导小组办公室和纪委承担系统角色（分办隐患、追责问责），不能删除。");
    }
    registry.edit(user, current -> {
      DepartmentRow department = Rows.existing(current.departments(), DepartmentRow::code, code, "部门");
      refuseIfUsed("部门“" + department.name() + "”", current.grids().stream()
          .filter(g -> code.equals(g.supervisingDepartmentCode())).map(g -> "网格“" + g.name() + "”").toList());
      return current.withDepartments(Rows.removed(current.departments(), DepartmentRow::code, code, "部门"))
          .withDepartmentMembers(Rows.without(current.departmentMembers(), m -> code.equals(m.departmentCode())));
    });
  }

  @GetMapping("/departments/{code}/members")
  @Operation(summary = "部门成员", description = "成员的人员编码（不含负责人）；只列出您可以查看的人员。")
  List<String> members(@PathVariable String code, CurrentUser user) {
    RegistryView view = access.view(user);
    view.department(code);
    return view.index().membersOf(code).stream().filter(view::seesPerson).toList();
  }

  @PutMapping("/departments/{code}/members")
  @Operation(summary = "设置部门成员", description = "用给出的人员编码替换该部门的全部成员。")
  List<String> replaceMembers(@PathVariable String code, @RequestBody List<String> personCodes, CurrentUser user) {
    access.requireEditor(user);
    List<String> codes = personCodes.stream().map(RegistryRequests::trim).distinct().toList();
    if (codes.contains(null)) {
      throw ApiException.invalidField("personCodes", "部门成员的人员编码不能为空。");
    }
    registry.edit(user, current -> {
      Rows.existing(current.departments(), DepartmentRow::code, code, "部门");
      List<MemberRow> others = Rows.without(current.departmentMembers(), m -> code.equals(m.departmentCode()));
      return current.withDepartmentMembers(Stream.concat(others.stream(),
          codes.stream().map(person -> new MemberRow(code, person))).toList());
    });
    return codes;
  }

  // ----

  /** 409 naming what still refers to the row, so the user knows what to change first. */
  static void refuseIfUsed(String what, List<String> users) {
    if (!users.isEmpty()) {
      String listed = String.join("、", users.stream().limit(5).toList()) + (users.size() > 5 ? " 等 " + users.size() + " 项" : "");
      throw ApiException.conflict(what + "仍被使用（" + listed + "），请先删除或调整这些记录。");
    }
  }

  static <T> ResponseEntity<T> created(String location, T body) {
    return ResponseEntity.created(URI.create(location)).body(body);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().filter(Objects::nonNull).sorted().toList();
  }
}
