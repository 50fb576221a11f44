package cn.safegrid.summary;

/** Where a hazard statistics table stands. */
public enum StatisticsStatus {
  OPEN("待签署"),
  OVERDUE("逾期未签署"),
  SIGNED("已按时签署"),
  SIGNED_LATE("逾期签署");

  private final String label;

  StatisticsStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isSigned() {
    return this == SIGNED || this == SIGNED_LATE;
  }
}
