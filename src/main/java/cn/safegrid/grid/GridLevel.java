package cn.safegrid.grid;

/** The three levels of the grid (regulation 三). */
public enum GridLevel {
  TOWN("镇级网格"),
  VILLAGE("村级网格"),
  UNIT("企事业单位网格");

  private final String label;

  GridLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
