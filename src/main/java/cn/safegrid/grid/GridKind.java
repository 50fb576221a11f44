package cn.safegrid.grid;

/** What a grid covers. The kind decides the level and the inspection frequency rule. */
public enum GridKind {
  TOWN("镇", GridLevel.TOWN),
  VILLAGE("村", GridLevel.VILLAGE),
  ENTERPRISE("企业", GridLevel.UNIT),
  SCHOOL("学校", GridLevel.UNIT),
  HOSPITAL("医院", GridLevel.UNIT),
  INSTITUTION("事业单位", GridLevel.UNIT),
  SUB_GRID("基础网格（岗位）", GridLevel.UNIT);

  private final String label;
  private final GridLevel level;

  GridKind(String label, GridLevel level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  public GridLevel level() {
    return level;
  }
}
