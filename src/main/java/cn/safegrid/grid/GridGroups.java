package cn.safegrid.grid;

/**
 * Names of the Camunda groups the registry is mirrored into. Tasks are routed to these groups, so
 * the names are a contract between the registry, the processes and the filters.
 */
public final class GridGroups {

  /** Level-1 and level-2 grid leaders (镇领导): Cockpit, every grid's work. */
  public static final String TOWN_LEADERS = "town-leaders";
  /** The grid leading-group office (领导小组办公室): Cockpit, triage, ledgers. */
  public static final String SAFETY_OFFICE = "safety-office";
  /** The discipline commission (纪委): Cockpit, accountability. */
  public static final String DISCIPLINE = "discipline";

  /** Group types in Camunda Admin. */
  static final String TYPE_DEPARTMENT = "department";
  static final String TYPE_GRID = "grid";
  static final String TYPE_GRID_LEADERS = "grid-leaders";
  static final String TYPE_AREA = "area";
  static final String TYPE_ROLE = "role";

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
        || groupId.equals(TOWN_LEADERS) || groupId.equals(SAFETY_OFFICE) || groupId.equals(DISCIPLINE);
  }
}
