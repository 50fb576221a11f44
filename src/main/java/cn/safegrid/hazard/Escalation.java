package cn.safegrid.hazard;

/** How far up the grid an overdue hazard has gone (督办 / 升级 / 追责). */
public enum Escalation {
  NONE("未逾期升级"),
  OVERDUE("已逾期"),
  LEVEL_TWO("二级网格长督办"),
  LEVEL_ONE("一级网格长督办"),
  ACCOUNTABILITY("已移交纪委问责");

  private final String label;

  Escalation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
