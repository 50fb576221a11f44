package cn.safegrid.hazard;

/** Where a hazard stands in its closed loop (闭环). */
public enum HazardStatus {
  REPORTED("已上报"),
  ROUTED("已分办"),
  RETURNED("退回重新分办"),
  ASSIGNED("已受理"),
  PLANNING("制定整改方案"),
  RECTIFYING("整改中"),
  AWAITING_VERIFICATION("待复查"),
  AWAITING_CLOSURE_REVIEW("待销号审核"),
  CLOSED("已销号");

  private final String label;

  HazardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
