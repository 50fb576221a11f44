package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read and change what in the registry: administrators and the safety office change it
 * (regulation 四（一）: the office draws the grids and keeps the ledgers); supervisors read all of
 * it; every other officer reads the grids his roles cover and the people in them.
 *
 * <p>{@link #refusals} is the one list of the rights an editor needs for each kind of change. Every
 * edit made on a user's behalf — the REST endpoints and the Excel import alike — goes through
 * {@link Registry#edit(CurrentUser, java.util.function.UnaryOperator)}, which compares the registry
 * before and after the change and refuses (403) what this user may not change, whichever door the
 * change came through.
 */
@Component
public class RegistryAccess {

  private final Registry registry;

  RegistryAccess(Registry registry) {
    this.registry = registry;
  }

  public boolean canEdit(CurrentUser user) {
    return user.isAdministrator() || user.isIn(GridGroups.SAFETY_OFFICE);
  }

  static final String EDITORS_ONLY = "只有系统管理员和领导小组办公室可以修改网格台账。";
  static final String ADMINISTRATORS_ONLY = "只有系统管理员可以授予、收回或转移系统管理员权限。";
  static final String RULE_ADMINISTRATORS_ONLY = "只有系统管理员可以授予或收回规则管理员（修改、部署规则表）的权限。";
  static final String OFFICE_MEMBERS_ONLY = "只有系统管理员可以让其他人加入领导小组办公室（获得修改网格台账的权限）。";

  public void requireEditor(CurrentUser user) {
    if (!canEdit(user)) {
      throw ApiException.forbidden(EDITORS_ONLY);
    }
  }

  /**
   * One change this user may not make: the row (kind as in {@link RegistryData}, e.g. "people",
   * and its code), the field that may not change, and why — in the words the user reads.
   */
  public record Refusal(String kind, String key, String field, String message) {}

  /**
   * Every change from {@code before} to {@code after} that {@code user} may not make; empty when he
   * may make them all. The rules:
   * <ul>
   *   <li>only administrators and the safety office change the registry at all;</li>
   *   <li>who logs in as administrator (an active person with a login and the administrator flag:
   *       the flag itself, the login of an administrator, deactivating or restoring one) changes
   *       only by an administrator — the safety office keeps the registry but does not hand out
   *       {@code camunda-admin};</li>
   *   <li>who gets the safety office's rights (a login that becomes head or member of the
   *       department {@code safety-office}, or an existing office member's new login) only by an
   *       administrator: an editor may not make others editors. Taking someone out of the office
   *       is the office's own business.</li>
   * </ul>
   */
  public static List<Refusal> refusals(CurrentUser user, RegistryData before, RegistryData after) {
    if (user.isAdministrator()) {
      return List.of();
    }
    if (!user.isIn(GridGroups.SAFETY_OFFICE)) {
      return List.of(new Refusal(null, null, null, EDITORS_ONLY));
    }
    List<Refusal> refused = new ArrayList<>();
    Map<String, PersonRow> earlier = RegistryData.byKey(before.people(), PersonRow::code);
    for (PersonRow person : after.people()) {
      PersonRow was = earlier.remove(person.code());
      if (!Objects.equals(administratorLogin(was), administratorLogin(person))) {
        refused.add(new Refusal("people", person.code(), administratorField(was, person),
            ADMINISTRATORS_ONLY + "（" + person.name() + "，" + person.code() + "）"));
      }
      if (!Objects.equals(ruleAdministratorLogin(was), ruleAdministratorLogin(person))) {
        refused.add(new Refusal("people", person.code(), "ruleAdministrator",
            RULE_ADMINISTRATORS_ONLY + "（" + person.name() + "，" + person.code() + "）"));
      }
    }
    for (PersonRow gone : earlier.values()) {
      if (ruleAdministratorLogin(gone) != null) {
        refused.add(new Refusal("people", gone.code(), null, RULE_ADMINISTRATORS_ONLY + "（" + gone.name() + "，" + gone.code() + "）"));
      }
      if (administratorLogin(gone) != null) {
        refused.add(new Refusal("people", gone.code(), null, ADMINISTRATORS_ONLY + "（" + gone.name() + "，" + gone.code() + "）"));
      }
    }
    Set<String> office = officeLogins(before);
    Map<String, PersonRow> people = RegistryData.byKey(after.people(), PersonRow::code);
    for (String personCode : officeCodes(after)) {
      PersonRow person = people.get(personCode);
      if (person != null && person.canLogIn() && !office.contains(person.loginId().toLowerCase())) {
        boolean member = after.departmentMembers().stream()
            .anyMatch(m -> m.departmentCode().equals(GridGroups.SAFETY_OFFICE) && m.personCode().equals(personCode));
        refused.add(member
            ? new Refusal("departmentMembers", GridGroups.SAFETY_OFFICE + "/" + personCode, "personCode",
                OFFICE_MEMBERS_ONLY + "（" + person.name() + "，" + person.code() + "）")
            : new Refusal("departments", GridGroups.SAFETY_OFFICE, "headCode",
                OFFICE_MEMBERS_ONLY + "（" + person.name() + "，" + person.code() + "）"));
      }
    }
    return refused;
  }

  /** Throws 403 with the first refusal's message when {@code user} may not make this change. */
  public static void requireAllowed(CurrentUser user, RegistryData before, RegistryData after) {
    List<Refusal> refused = refusals(user, before, after);
    if (!refused.isEmpty()) {
      throw new RegistryRefusedException(org.springframework.http.HttpStatus.FORBIDDEN,
          messageOf(refused), refused.stream()
              .map(r -> new cn.safegrid.system.ApiError.FieldError(
                  r.kind() == null ? "registry" : r.kind() + "[" + r.key() + "]" + (r.field() == null ? "" : "." + r.field()),
                  r.message()))
              .toList());
    }
  }

  /** The message of a refused change: the rule, without the names (those are in the field errors). */
  static String messageOf(List<Refusal> refused) {
    Set<String> rules = new java.util.LinkedHashSet<>();
    refused.forEach(r -> rules.add(r.message().replaceAll("（[^（）]*）$", "")));
    return String.join("", rules);
  }

  private static String administratorLogin(PersonRow person) {
    return person != null && person.canLogIn() && person.isAdministrator() ? person.loginId().toLowerCase() : null;
  }

  private static String ruleAdministratorLogin(PersonRow person) {
    return person != null && person.canLogIn() && person.isRuleAdministrator() ? person.loginId().toLowerCase() : null;
  }

  /** The column that made the difference, for the import's answer. */
  private static String administratorField(PersonRow was, PersonRow now) {
    if (was == null || was.isAdministrator() != now.isAdministrator()) {
      return "administrator";
    }
    if (was.isActive() != now.isActive()) {
      return "active";
    }
    return "loginId";
  }

  private static Set<String> officeCodes(RegistryData data) {
    Set<String> codes = new HashSet<>();
    data.departments().stream().filter(d -> d.code().equals(GridGroups.SAFETY_OFFICE))
        .map(DepartmentRow::headCode).filter(Objects::nonNull).forEach(codes::add);
    data.departmentMembers().stream().filter(m -> m.departmentCode().equals(GridGroups.SAFETY_OFFICE))
        .map(MemberRow::personCode).forEach(codes::add);
    return codes;
  }

  private static Set<String> officeLogins(RegistryData data) {
    Map<String, PersonRow> people = RegistryData.byKey(data.people(), PersonRow::code);
    Set<String> logins = new HashSet<>();
    for (String code : officeCodes(data)) {
      PersonRow person = people.get(code);
      if (person != null && person.canLogIn()) {
        logins.add(person.loginId().toLowerCase());
      }
    }
    return logins;
  }

  /** Administrators and the supervising roles read the whole registry. */
  public boolean readsEverything(CurrentUser user) {
    return canEdit(user) || user.isIn(GridGroups.TOWN_LEADERS) || user.isIn(GridGroups.DISCIPLINE);
  }

  /** The grids this user's roles cover; every grid for those who read everything. */
  public Set<String> visibleGrids(CurrentUser user) {
    return visibleGrids(user, registry.current());
  }

  Set<String> visibleGrids(CurrentUser user, RegistryIndex index) {
    if (readsEverything(user)) {
      return index.data().grids().stream().map(RegistryData.GridRow::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return index.personByLogin(user.userId())
        .map(person -> index.visibleGridCodes(person.code()))
        .orElse(Set.of());
  }

  /**
   * The departments whose own work this user may read: those he heads or belongs to; every
   * department for those who read everything.
   */
  public Set<String> visibleDepartments(CurrentUser user) {
    RegistryIndex index = registry.current();
    if (readsEverything(user)) {
      return index.data().departments().stream().map(DepartmentRow::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return index.personByLogin(user.userId()).filter(PersonRow::isActive)
        .map(person -> Set.copyOf(index.departmentsOf(person.code())))
        .orElse(Set.of());
  }

  /** What this user may read, worked out once for one request. */
  RegistryView view(CurrentUser user) {
    RegistryIndex index = registry.current();
    return new RegistryView(index, canEdit(user), readsEverything(user), visibleGrids(user, index), user.userId());
  }
}
