package cn.safegrid.summary;

/** The length of a reporting period. */
public enum PeriodKind {
  MONTH("月度"),
  QUARTER("季度"),
  YEAR("年度");

  private final String label;

  PeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
