package cn.safegrid.summary;

/** Where the town's monthly summary stands. */
public enum TownSummaryStatus {
  OPEN("待领导小组办公室审核报送"),
  FILED("已报送一级网格长"),
  ACKNOWLEDGED("一级网格长已知悉");

  private final String label;

  TownSummaryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
