package cn.safegrid.summary;

/**
 * How the dashboard breaks hazards down: by the ledger column that is also the ledger page's filter
 * parameter of the same name (so a row's link is that parameter with the row's code).
 */
public enum DashboardHazardsBy {
  AREA("areaCode", "按片"),
  GRID("gridCode", "按网格（村、单位）"),
  DEPARTMENT("leadDepartment", "按牵头部门"),
  CATEGORY("category", "按隐患类别");

  private final String attribute;
  private final String label;

  DashboardHazardsBy(String attribute, String label) {
    this.attribute = attribute;
    this.label = label;
  }

  /** The hazard's attribute, and the ledger filter's parameter. */
  public String attribute() {
    return attribute;
  }

  public String label() {
    return label;
  }
}
