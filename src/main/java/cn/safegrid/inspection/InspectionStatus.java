package cn.safegrid.inspection;

/** Where an inspection round stands. */
public enum InspectionStatus {
  OPEN("待排查"),
  OVERDUE("已到期未排查"),
  MISSED("漏查（已督办）"),
  DONE("按时完成"),
  DONE_LATE("逾期完成"),
  CLOSED_UNFINISHED("逾期未排查，已关闭");

  private final String label;

  InspectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isDone() {
    return this == DONE || this == DONE_LATE;
  }
}
