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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The registry's consistency rules, checked on the complete registry an edit or an import would
 * leave behind. Every problem is reported, with the row and field it concerns, so that nothing is
 * saved until all are fixed.
 */
public final class RegistryRules {

  /** One broken rule: which kind of row ("grids", "people", …), which row (its code), which field. */
  public record Problem(String kind, String key, String field, String message) {}

  /**
   * The town grid's level-1 leaders (一级网格长): 三（一） makes the town's principal leaders
   * (镇主要领导干部, plural) the level-1 leaders — the party secretary and the mayor (党政同责). Every
   * other grid has one leader: the village's party secretary who is also its director (三（二）),
   * the unit's legal person (三（三））.
   */
  public static final int MAX_LEVEL_ONE_LEADERS = 2;

  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}");
  /** Mainland mobile numbers, or landlines with area code (022-12345678). */
  static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
  static final Pattern PREFIX = Pattern.compile("[A-Z]{1,8}");

  private final Set<String> reservedLogins;
  private final InspectionMinimums minimums;
  private final Map<GridKind, Optional<InspectionMinimums.Minimum>> minimumByKind = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final RegistryData data;
  private Map<String, GridRow> grids;
  private Map<String, PersonRow> people;
  private Set<String> roleHolders;

  private RegistryRules(RegistryData data, Set<String> reservedLogins, InspectionMinimums minimums) {
    this.data = data;
    this.reservedLogins = reservedLogins;
    this.minimums = minimums;
  }

  /**
   * All problems of the registry; empty when it may be saved. Reserved logins belong to no person;
   * a grid's own rounds a week are at least what {@code minimums} (the rule table) asks of its kind.
   */
  public static List<Problem> check(RegistryData data, Set<String> reservedLogins, InspectionMinimums minimums) {
    RegistryRules rules = new RegistryRules(data, lower(reservedLogins), minimums);
    rules.run();
    return List.copyOf(rules.problems);
  }

  /** The rules without the inspection minimums (only the 1–14 range of a grid's own frequency). */
  public static List<Problem> check(RegistryData data, Set<String> reservedLogins) {
    return check(data, reservedLogins, null);
  }

  private void run() {
    grids = RegistryData.byKey(data.grids(), GridRow::code);
    people = RegistryData.byKey(data.people(), PersonRow::code);
    roleHolders = new HashSet<>();
    for (AssignmentRow a : data.assignments()) {
      if (a.role() != null && a.gridCode() != null && grids.containsKey(a.gridCode())
          && grids.get(a.gridCode()).kind() == GridKind.TOWN) {
        roleHolders.add(a.role() + "/" + a.personCode());
      }
    }
    towns();
    people();
    areas();
    departments();
    grids();
    assignments();
    members();
    keyPlaces();
  }

  private void towns() {
    unique("towns", data.towns(), TownRow::code, "镇");
    for (TownRow t : data.towns()) {
      code("towns", t.code(), "镇");
      required("towns", t.code(), "name", t.name(), "镇名称");
      required("towns", t.code(), "district", t.district(), "所属区县");
      if (t.hazardPrefix() == null || !PREFIX.matcher(t.hazardPrefix()).matches()) {
        problem("towns", t.code(), "hazardPrefix", "镇“" + t.code() + "”的隐患编号前缀须为 1–8 个大写字母，如 BS");
      }
    }
  }

  private void people() {
    unique("people", data.people(), PersonRow::code, "人员");
    Map<String, String> logins = new HashMap<>();
    for (PersonRow p : data.people()) {
      code("people", p.code(), "人员");
      required("people", p.code(), "name", p.name(), "姓名");
      if (p.name() != null && p.name().length() > 50) {
        problem("people", p.code(), "name", "人员“" + p.code() + "”的姓名不能超过 50 个字");
      }
      if (p.phone() == null || !PHONE.matcher(p.phone().trim()).matches()) {
        problem("people", p.code(), "phone", "人员“" + p.code() + "”的电话“" + nullToEmpty(p.phone())
            + "”不是有效的手机号（11 位，1 开头）或带区号的固话");
      }
      if (p.loginId() != null && !p.loginId().isBlank()) {
        String login = p.loginId().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(p.loginId()).matches()) {
          problem("people", p.code(), "loginId", "人员“" + p.code() + "”的登录名只能包含字母、数字、点、下划线和连字符");
        } else if (reservedLogins.contains(login)) {
          problem("people", p.code(), "loginId", "登录名“" + p.loginId() + "”已被系统保留，请换一个");
        } else if (logins.containsKey(login)) {
          problem("people", p.code(), "loginId", "登录名“" + p.loginId() + "”已被人员“" + logins.get(login) + "”使用");
        }
        logins.putIfAbsent(login, p.code());
      }
    }
  }

  private void areas() {
    unique("areas", data.areas(), AreaRow::code, "片");
    for (AreaRow a : data.areas()) {
      code("areas", a.code(), "片");
      required("areas", a.code(), "name", a.name(), "片名称");
      town("areas", a.code(), a.townCode());
      holder("areas", a.code(), "leaderCode", a.leaderCode(), GridRole.LEVEL2_LEADER, "片长");
      holder("areas", a.code(), "deputyCode", a.deputyCode(), GridRole.DEPUTY_LEVEL2_LEADER, "副片长");
    }
  }

  private void departments() {
    unique("departments", data.departments(), DepartmentRow::code, "部门");
    for (DepartmentRow d : data.departments()) {
      code("departments", d.code(), "部门");
      required("departments", d.code(), "name", d.name(), "部门名称");
      town("departments", d.code(), d.townCode());
      holder("departments", d.code(), "headCode", d.headCode(), GridRole.DEPUTY_LEVEL2_LEADER, "部门负责人");
      holder("departments", d.code(), "supervisorCode", d.supervisorCode(), GridRole.LEVEL2_LEADER, "分管领导");
    }
  }

  private void grids() {
    unique("grids", data.grids(), GridRow::code, "网格");
    Map<String, Integer> townGrids = new HashMap<>();
    for (GridRow g : data.grids()) {
      String key = g.code();
      code("grids", key, "网格");
      required("grids", key, "name", g.name(), "网格名称");
      town("grids", key, g.townCode());
      if (g.kind() == null) {
        problem("grids", key, "kind", "网格“" + key + "”缺少网格类型");
        continue;
      }
      if (g.kind() == GridKind.TOWN) {
        townGrids.merge(g.townCode(), 1, Integer::sum);
      }
      parent(g);
      if (g.kind() == GridKind.VILLAGE) {
        if (g.areaCode() == null || g.areaCode().isBlank()) {
          problem("grids", key, "areaCode", "村级网格“" + g.name() + "”必须属于一个片");
        } else if (data.area(g.areaCode()).isEmpty()) {
          problem("grids", key, "areaCode", "网格“" + key + "”所属片“" + g.areaCode() + "”不存在");
        } else if (!Objects.equals(data.area(g.areaCode()).get().townCode(), g.townCode())) {
          problem("grids", key, "areaCode", "网格“" + key + "”所属片“" + g.areaCode() + "”不在同一个镇");
        }
      } else if (g.areaCode() != null && !g.areaCode().isBlank()) {
        problem("grids", key, "areaCode", "只有村级网格属于片；“" + g.name() + "”不能填写所属片");
      }
      boolean unit = g.kind().level() == GridLevel.UNIT && g.kind() != GridKind.SUB_GRID;
      if (unit && (g.supervisingDepartmentCode() == null || g.supervisingDepartmentCode().isBlank())) {
        problem("grids", key, "supervisingDepartmentCode", "单位网格“" + g.name() + "”必须填写行业监管部门");
      } else if (!unit && g.supervisingDepartmentCode() != null && !g.supervisingDepartmentCode().isBlank()) {
        problem("grids", key, "supervisingDepartmentCode", "只有企事业单位网格填写行业监管部门；“" + g.name() + "”不能填写");
      } else if (unit && data.department(g.supervisingDepartmentCode()).isEmpty()) {
        problem("grids", key, "supervisingDepartmentCode", "网格“" + key + "”的行业监管部门“"
            + g.supervisingDepartmentCode() + "”不存在");
      }
      if (g.inspectionsPerWeek() != null && (g.inspectionsPerWeek() < 1 || g.inspectionsPerWeek() > 14)) {
        problem("grids", key, "inspectionsPerWeek", "网格“" + g.name() + "”的每周排查次数须在 1 到 14 之间");
      } else if (g.inspectionsPerWeek() != null && minimums != null) {
        atLeastTheMinimum(g);
      }
    }
    for (TownRow t : data.towns()) {
      int count = townGrids.getOrDefault(t.code(), 0);
      if (count != 1) {
        problem("towns", t.code(), "code", "镇“" + t.name() + "”必须有且只有一个镇级网格（现有 " + count + " 个）");
      }
    }
    cycles();
  }

  /** A grid may inspect more often than the rule table asks of its kind, never less. */
  private void atLeastTheMinimum(GridRow g) {
    Optional<InspectionMinimums.Minimum> minimum = minimumByKind.computeIfAbsent(g.kind(), minimums::of);
    if (minimum.isEmpty()) {
      problem("grids", g.code(), "inspectionsPerWeek", g.kind().label() + "网格“" + g.name()
          + "”不单独安排定期排查（" + (g.kind() == GridKind.SUB_GRID ? "随所在单位一并排查" : "镇级网格督查下级网格")
          + "），不能填写每周排查次数");
    } else if (g.inspectionsPerWeek() < minimum.get().roundsPerWeek()) {
      problem("grids", g.code(), "inspectionsPerWeek", "网格“" + g.name() + "”每周排查次数不能少于 "
          + minimum.get().roundsPerWeek() + " 次：《实施细则》" + minimum.get().clause() + " 规定" + g.kind().level().label()
          + "每周不少于 " + minimum.get().roundsPerWeek() + " 次（可以多排，不能少排；不填写则按规定次数）");
    }
  }

  private void parent(GridRow g) {
    String key = g.code();
    GridRow parent = g.parentCode() == null ? null : grids.get(g.parentCode());
    if (g.parentCode() != null && !g.parentCode().isBlank() && parent == null) {
      problem("grids", key, "parentCode", "网格“" + key + "”的上级网格“" + g.parentCode() + "”不存在");
      return;
    }
    switch (g.kind()) {
      case TOWN -> {
        if (parent != null) {
          problem("grids", key, "parentCode", "镇级网格“" + g.name() + "”没有上级网格");
        }
      }
      case SUB_GRID -> {
        if (parent == null || parent.kind() == null || parent.kind().level() != GridLevel.UNIT
            || parent.kind() == GridKind.SUB_GRID) {
          problem("grids", key, "parentCode", "基础网格“" + g.name() + "”的上级必须是一个企事业单位网格");
        }
      }
      default -> {
        if (parent == null || parent.kind() != GridKind.TOWN || !Objects.equals(parent.townCode(), g.townCode())) {
          problem("grids", key, "parentCode", "网格“" + g.name() + "”的上级必须是本镇的镇级网格");
        }
      }
    }
  }

  private void cycles() {
    for (GridRow g : data.grids()) {
      Set<String> seen = new HashSet<>();
      GridRow current = g;
      while (current != null && current.parentCode() != null) {
        if (!seen.add(current.code())) {
          problem("grids", g.code(), "parentCode", "网格“" + g.code() + "”的上级关系形成了循环");
          break;
        }
        current = grids.get(current.parentCode());
      }
    }
  }

  private void assignments() {
    unique("assignments", data.assignments(), AssignmentRow::key, "网格职务");
    Map<String, List<String>> leaders = new HashMap<>();
    for (AssignmentRow a : data.assignments()) {
      String key = a.key();
      GridRow grid = a.gridCode() == null ? null : grids.get(a.gridCode());
      if (grid == null) {
        problem("assignments", key, "gridCode", "网格职务引用的网格“" + nullToEmpty(a.gridCode()) + "”不存在");
      }
      if (a.personCode() == null || !people.containsKey(a.personCode())) {
        problem("assignments", key, "personCode", "网格职务引用的人员“" + nullToEmpty(a.personCode()) + "”不存在");
      }
      if (a.role() == null) {
        problem("assignments", key, "role", "网格职务缺少职务");
        continue;
      }
      if (grid == null || grid.kind() == null) {
        continue;
      }
      boolean townGrid = grid.kind() == GridKind.TOWN;
      if (a.role().townOnly() && !townGrid) {
        problem("assignments", key, "role", a.role().label() + "只设在镇级网格，不能设在“" + grid.name() + "”");
      }
      if (townGrid && (a.role() == GridRole.GRID_LEADER || a.role() == GridRole.DEPUTY_GRID_LEADER)) {
        problem("assignments", key, "role", "镇级网格的负责人是一级、二级网格长，不设" + a.role().label());
      }
      if (a.role() == GridRole.LIAISON_CADRE) {
        GridRow village = a.villageCode() == null ? null : grids.get(a.villageCode());
        if (village == null || village.kind() != GridKind.VILLAGE) {
          problem("assignments", key, "villageCode", "包村干部必须填写他联系的村（村级网格编码）");
        }
      } else if (a.villageCode() != null && !a.villageCode().isBlank()) {
        problem("assignments", key, "villageCode", "只有包村干部填写联系的村");
      }
      if (a.role().isGridLeader()) {
        leaders.computeIfAbsent(a.gridCode(), k -> new ArrayList<>()).add(a.personCode());
      }
    }
    leaders.forEach((gridCode, persons) -> {
      GridRow grid = grids.get(gridCode);
      String holders = String.join("、", persons.stream().map(this::personName).toList());
      if (grid.kind() == GridKind.TOWN) {
        if (persons.size() > MAX_LEVEL_ONE_LEADERS) {
          problem("grids", gridCode, "leader", "镇级网格“" + grid.name() + "”最多设 " + MAX_LEVEL_ONE_LEADERS
              + " 名一级网格长（镇主要领导干部：镇党委书记、镇长，《实施细则》三（一））（现有 " + holders + "）");
        }
      } else if (persons.size() > 1) {
        problem("grids", gridCode, "leader", "网格“" + grid.name() + "”只能有一名网格长（" + soleLeader(grid.kind())
            + "）（现有 " + holders + "）");
      }
    });
  }

  private void members() {
    unique("departmentMembers", data.departmentMembers(), MemberRow::key, "部门成员");
    for (MemberRow m : data.departmentMembers()) {
      if (m.departmentCode() == null || data.department(m.departmentCode()).isEmpty()) {
        problem("departmentMembers", m.key(), "departmentCode", "部门成员引用的部门“" + nullToEmpty(m.departmentCode()) + "”不存在");
      }
      if (m.personCode() == null || !people.containsKey(m.personCode())) {
        problem("departmentMembers", m.key(), "personCode", "部门成员引用的人员“" + nullToEmpty(m.personCode()) + "”不存在");
      }
    }
  }

  /** Key places (重点部位、危险源) belong to a village or unit grid, which lists them on its key-hazard form. */
  private void keyPlaces() {
    unique("keyPlaces", data.keyPlaces(), KeyPlaceRow::code, "重点部位");
    for (KeyPlaceRow k : data.keyPlaces()) {
      String key = k.code();
      code("keyPlaces", key, "重点部位");
      required("keyPlaces", key, "name", k.name(), "重点部位名称");
      if (k.name() != null && k.name().length() > 100) {
        problem("keyPlaces", key, "name", "重点部位“" + key + "”的名称不能超过 100 个字");
      }
      GridRow grid = k.gridCode() == null ? null : grids.get(k.gridCode());
      if (grid == null) {
        problem("keyPlaces", key, "gridCode", "重点部位“" + nullToEmpty(key) + "”所属网格“" + nullToEmpty(k.gridCode()) + "”不存在");
      } else if (grid.kind() == GridKind.TOWN) {
        problem("keyPlaces", key, "gridCode", "重点部位“" + (k.name() == null ? nullToEmpty(key) : k.name())
            + "”不能属于镇级网格“" + grid.name() + "”：请填写它所在的村或企事业单位网格");
      }
      if (k.description() != null && k.description().length() > 500) {
        problem("keyPlaces", key, "description", "重点部位“" + key + "”的说明不能超过 500 个字");
      }
    }
  }

  /** Who the regulation makes a grid's one leader. */
  private static String soleLeader(GridKind kind) {
    return kind == GridKind.VILLAGE ? "村党支部书记兼主任为网格长，《实施细则》三（二）"
        : "单位法人为网格长，《实施细则》三（三）";
  }

  private void holder(String kind, String key, String field, String personCode, GridRole role, String what) {
    if (personCode == null || personCode.isBlank()) {
      return;
    }
    if (!people.containsKey(personCode)) {
      problem(kind, key, field, what + "“" + personCode + "”不存在");
    } else if (!roleHolders.contains(role + "/" + personCode)) {
      problem(kind, key, field, what + "须由" + role.label() + "担任，“" + personName(personCode) + "”不是" + role.label());
    }
  }

  private void town(String kind, String key, String townCode) {
    if (townCode == null || data.town(townCode).isEmpty()) {
      problem(kind, key, "townCode", "所属镇“" + nullToEmpty(townCode) + "”不存在");
    }
  }

  private void code(String kind, String code, String what) {
    if (code == null || !CODE.matcher(code).matches()) {
      problem(kind, nullToEmpty(code), "code", what + "编码“" + nullToEmpty(code)
          + "”无效：只能用小写字母、数字和连字符，最长 64 位");
    }
  }

  private void required(String kind, String key, String field, String value, String what) {
    if (value == null || value.isBlank()) {
      problem(kind, key, field, "“" + key + "”缺少" + what);
    }
  }

  private <R> void unique(String kind, List<R> rows, Function<R, String> key, String what) {
    Set<String> seen = new HashSet<>();
    for (R row : rows) {
      String k = key.apply(row);
      if (k != null && !seen.add(k)) {
        problem(kind, k, "code", what + "“" + k + "”重复");
      }
    }
  }

  private String personName(String code) {
    PersonRow p = people.get(code);
    return p == null || p.name() == null ? code : p.name();
  }

  private void problem(String kind, String key, String field, String message) {
    problems.add(new Problem(kind, key, field, message));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Set<String> lower(Set<String> values) {
    Set<String> lowered = new HashSet<>();
    values.forEach(v -> lowered.add(v.toLowerCase(Locale.ROOT)));
    return lowered;
  }
}
