package cn.safegrid.summary;

/** Who files a monthly summary: a grid (a village or a unit) or a town department, as its own row. */
public enum SubjectKind {
  GRID("网格"),
  DEPARTMENT("部门");

  private final String label;

  SubjectKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
