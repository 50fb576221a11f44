package cn.safegrid.summary;

/** The steps of a trend: ISO weeks (Monday to Sunday) or calendar months, town time. */
public enum DashboardTrendUnit {
  WEEK("按周"),
  MONTH("按月");

  private final String label;

  DashboardTrendUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
