package cn.safegrid.summary;

/**
 * The hazards reported in a period (in one row of a dashboard table), and where they stand now:
 * closed, open, of those overdue, escalated; closed on time, and not rectified on time (closed late,
 * or overdue). The words are the ledger's ({@code HazardFilter}): each number is the count of the
 * ledger list its link opens.
 */
public record DashboardHazardCounts(long reported, long closed, long open, long overdue, long escalated,
    long closedOnTime, long notOnTime) {

  public static final DashboardHazardCounts NONE = new DashboardHazardCounts(0, 0, 0, 0, 0, 0, 0);

  public DashboardHazardCounts plus(DashboardHazardCounts other) {
    return new DashboardHazardCounts(reported + other.reported, closed + other.closed, open + other.open,
        overdue + other.overdue, escalated + other.escalated, closedOnTime + other.closedOnTime,
        notOnTime + other.notOnTime);
  }

  /**
   * 按期整改率: closed on time among those whose outcome is known (closed, or overdue); null while
   * there are none (every hazard still within its deadline).
   */
  public Double onTimeRate() {
    long decided = closedOnTime + notOnTime;
    return decided == 0 ? null : Math.round(10_000.0 * closedOnTime / decided) / 10_000.0;
  }
}
