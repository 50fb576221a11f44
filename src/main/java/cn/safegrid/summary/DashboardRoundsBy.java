package cn.safegrid.summary;

/** How the dashboard breaks inspection rounds down; the attribute is also the inspection ledger's filter. */
public enum DashboardRoundsBy {
  GRID("gridCode", "按网格"),
  AREA("areaCode", "按片"),
  CHECKLIST("checklist", "按排查表（村级、企事业单位）");

  private final String attribute;
  private final String label;

  DashboardRoundsBy(String attribute, String label) {
    this.attribute = attribute;
    this.label = label;
  }

  public String attribute() {
    return attribute;
  }

  public String label() {
    return label;
  }
}
