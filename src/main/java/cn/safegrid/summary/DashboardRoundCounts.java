package cn.safegrid.summary;

/**
 * The inspection rounds due in a period (in one row of a dashboard table) and how they came out,
 * as the weekly compliance counts them ({@code InspectionOutcome}): on time, late, missed, and not
 * yet due. Each number is the count of the ledger list its link opens.
 */
public record DashboardRoundCounts(long rounds, long onTime, long late, long missed, long pending) {

  public static final DashboardRoundCounts NONE = new DashboardRoundCounts(0, 0, 0, 0, 0);

  public DashboardRoundCounts plus(DashboardRoundCounts other) {
    return new DashboardRoundCounts(rounds + other.rounds, onTime + other.onTime, late + other.late,
        missed + other.missed, pending + other.pending);
  }

  /** Rounds that fell due (or were done early): on time, late or missed. */
  public long due() {
    return onTime + late + missed;
  }

  /** 按时完成率: on time among those due; null while none is due. */
  public Double rate() {
    return due() == 0 ? null : Math.round(10_000.0 * onTime / due()) / 10_000.0;
  }
}
