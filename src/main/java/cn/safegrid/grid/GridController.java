package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryRequests.AssignmentRequest;
import cn.safegrid.grid.RegistryRequests.Create;
import cn.safegrid.grid.RegistryRequests.GridRequest;
import cn.safegrid.grid.RegistryRequests.KeyPlaceRequest;
import cn.safegrid.grid.RegistryResponses.AssignmentView;
import cn.safegrid.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grids, the roles people hold in them, their key places, and the questions processes and screens
 * ask about a grid (its leaders, its upper leaders). An officer reads the grids his roles cover;
 * any other grid answers 404. Administrators and the safety office change them through
 * {@link Registry#edit}.
 */
@RestController
@RequestMapping("/api/registry/grids")
@Tag(name = "网格", description = "网格、网格职务、重点部位、网格长和上级领导")
class GridController {

  private final Registry registry;
  private final RegistryAccess access;

  GridController(Registry registry, RegistryAccess access) {
    this.registry = registry;
    this.access = access;
  }

  @GetMapping
  @Operation(summary = "网格列表", description = "只列出您可以查看的网格；可按类型、所属片、上级网格筛选。")
  List<GridRow> grids(
      @Parameter(description = "网格类型") @RequestParam(required = false) GridKind kind,
      @Parameter(description = "所属片编码") @RequestParam(required = false) String areaCode,
      @Parameter(description = "上级网格编码") @RequestParam(required = false) String parentCode,
      CurrentUser user) {
    return access.view(user).grids().stream()
        .filter(g -> kind == null || kind == g.kind())
        .filter(g -> areaCode == null || areaCode.equals(g.areaCode()))
        .filter(g -> parentCode == null || parentCode.equals(g.parentCode()))
        .toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "读取一个网格", description = "不存在或无权查看时返回 404。")
  GridRow grid(@PathVariable String code, CurrentUser user) {
    return access.view(user).grid(code);
  }

  @PostMapping
  @Operation(summary = "新建网格", description = "编码已存在时返回 409；违反台账规则时返回 400 并逐项说明。")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<GridRow> createGrid(@Validated({Default.class, Create.class}) @RequestBody GridRequest body,
      CurrentUser user) {
    access.requireEditor(user);
    GridRow grid = body.toRow(RegistryRequests.trim(body.code()));
    registry.edit(user, current -> current.withGrids(Rows.added(current.grids(), GridRow::code, grid, "网格")));
    return RegistryController.created("/api/registry/grids/" + grid.code(), grid);
  }

  @PutMapping("/{code}")
  @Operation(summary = "修改网格")
  GridRow updateGrid(@PathVariable String code, @Valid @RequestBody GridRequest body, CurrentUser user) {
    access.requireEditor(user);
    GridRow grid = body.toRow(RegistryRequests.sameCode(code, body.code()));
    registry.edit(user, current -> current.withGrids(Rows.replaced(current.grids(), GridRow::code, code, grid, "网格")));
    return grid;
  }

  @DeleteMapping("/{code}")
  @Operation(summary = "删除网格", description = "连同该网格的职务（及联系该村的包村干部职务）和重点部位一起删除；"
      + "还有下级网格，或还有未办结的事项（未销号的隐患、未完成的排查、本网格组的待办任务）时返回 409 并说明数量。")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteGrid(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    registry.edit(user, current -> {
      GridRow grid = Rows.existing(current.grids(), GridRow::code, code, "网格");
      RegistryController.refuseIfUsed("网格“" + grid.name() + "”", current.grids().stream()
          .filter(g -> code.equals(g.parentCode())).map(g -> "下级网格“" + g.name() + "”").toList());
      return current.withGrids(Rows.removed(current.grids(), GridRow::code, code, "网格"))
          .withAssignments(Rows.without(current.assignments(),
              a -> code.equals(a.gridCode()) || code.equals(a.villageCode())))
          .withKeyPlaces(Rows.without(current.keyPlaces(), k -> code.equals(k.gridCode())));
    });
  }

  @GetMapping("/{code}/assignments")
  @Operation(summary = "网格职务", description = "该网格中的全部职务（包村干部的职务设在镇级网格）。")
  List<AssignmentView> assignments(@PathVariable String code, CurrentUser user) {
    RegistryView view = access.view(user);
    view.grid(code);
    return AssignmentView.of(view.index().assignments(code), view.index());
  }

  @PutMapping("/{code}/assignments")
  @Operation(summary = "设置网格职务", description = "用给出的职务替换该网格的全部职务，其他网格不受影响。")
  List<AssignmentView> replaceAssignments(@PathVariable String code,
      @RequestBody List<@Valid AssignmentRequest> body, CurrentUser user) {
    access.requireEditor(user);
    List<AssignmentRow> wanted = body.stream().map(a -> a.toRow(code)).toList();
    RegistryData saved = registry.edit(user, current -> {
      Rows.existing(current.grids(), GridRow::code, code, "网格");
      List<AssignmentRow> others = Rows.without(current.assignments(), a -> code.equals(a.gridCode()));
      return current.withAssignments(Stream.concat(others.stream(), wanted.stream()).toList());
    });
    RegistryIndex index = new RegistryIndex(saved);
    return AssignmentView.of(index.assignments(code), index);
  }

  @GetMapping("/{code}/key-places")
  @Operation(summary = "重点部位", description = "该网格的重点部位和危险源，按编码排序；includeSubGrids=true 时"
      + "（企事业单位网格）连同其基础网格的重点部位，即《重点隐患排查表》所列。")
  List<KeyPlaceRow> keyPlaces(@PathVariable String code,
      @Parameter(description = "是否包括基础网格（岗位）的重点部位") @RequestParam(defaultValue = "false") boolean includeSubGrids,
      CurrentUser user) {
    RegistryView view = access.view(user);
    view.grid(code);
    return includeSubGrids ? view.index().keyPlacesOf(code) : ownKeyPlaces(view.index().data(), code);
  }

  @PutMapping("/{code}/key-places")
  @Operation(summary = "设置重点部位", description = "用给出的重点部位替换该网格的全部重点部位，其他网格不受影响；"
      + "编码已属于其他网格时返回 400。")
  List<KeyPlaceRow> replaceKeyPlaces(@PathVariable String code, @RequestBody List<@Valid KeyPlaceRequest> body,
      CurrentUser user) {
    access.requireEditor(user);
    List<KeyPlaceRow> wanted = body.stream().map(k -> k.toRow(code)).toList();
    RegistryData saved = registry.edit(user, current -> {
      Rows.existing(current.grids(), GridRow::code, code, "网格");
      List<KeyPlaceRow> others = Rows.without(current.keyPlaces(), k -> code.equals(k.gridCode()));
      return current.withKeyPlaces(Stream.concat(others.stream(), wanted.stream()).toList());
    });
    return ownKeyPlaces(saved, code);
  }

  private static List<KeyPlaceRow> ownKeyPlaces(RegistryData data, String gridCode) {
    return data.keyPlaces().stream().filter(k -> gridCode.equals(k.gridCode()))
        .sorted(Comparator.comparing(KeyPlaceRow::code)).toList();
  }

  @GetMapping("/{code}/leaders")
  @Operation(summary = "网格长和副网格长", description = "即 Camunda 组 grid-<网格编码>-leaders 的成员。")
  List<PersonRow> leaders(@PathVariable String code, CurrentUser user) {
    RegistryView view = access.view(user);
    view.grid(code);
    return view.index().leadersOf(code);
  }

  @GetMapping("/{code}/upper-leaders")
  @Operation(summary = "上级领导", description = "村：片长和包村干部；企事业单位：分管领导和行业监管部门负责人；"
      + "基础网格：所属单位的网格长和副网格长；镇：一级网格长（镇党委书记、镇长）。")
  List<PersonRow> upperLeaders(@PathVariable String code, CurrentUser user) {
    RegistryView view = access.view(user);
    view.grid(code);
    return view.index().upperLeadersOf(code);
  }
}
