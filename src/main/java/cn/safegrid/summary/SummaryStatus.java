package cn.safegrid.summary;

/** Where a grid's monthly summary stands. */
public enum SummaryStatus {
  OPEN("待填报"),
  OVERDUE("逾期未报"),
  FILED("已按时报送"),
  FILED_LATE("逾期报送");

  private final String label;

  SummaryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isFiled() {
    return this == FILED || this == FILED_LATE;
  }
}
