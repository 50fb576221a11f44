package cn.safegrid.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of the calendar schedulers' runs (table sg_scheduled_run, one row per scheduler:
 * {@link #INSPECTIONS}, {@link #SUMMARIES}). A run locks its row until its transaction ends, so runs
 * on several nodes — the daily timer, a start-up, an office's "open now" — follow one another (the
 * later finds the work already opened, which the ledgers' unique keys guarantee as well), and learns
 * when the previous run happened, to catch up what fell due while the server was down.
 */
@Component
public class ScheduledRuns {

  /** The inspection rounds (inspection/InspectionScheduler). */
  public static final String INSPECTIONS = "inspections";
  /** The monthly summaries and the quarterly and annual hazard statistics (summary/SummaryScheduler). */
  public static final String SUMMARIES = "summaries";

  private final JdbcTemplate jdbc;

  ScheduledRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Starts a run of the scheduler {@code name} at {@code now} in the caller's transaction: locks its
   * row until that transaction ends (a concurrent run waits), records {@code now}, and returns the
   * previous run's time, or null before the first run.
   */
  public Instant begin(String name, Instant now) {
    List<OffsetDateTime> previous = jdbc.query("select last_run_at from sg_scheduled_run where name = ? for update",
        (row, n) -> row.getObject(1, OffsetDateTime.class), name);
    if (previous.isEmpty()) {
      throw new IllegalStateException("sg_scheduled_run has no row for the scheduler '" + name + "'");
    }
    jdbc.update("update sg_scheduled_run set last_run_at = ? where name = ?", now.atOffset(ZoneOffset.UTC), name);
    return previous.get(0) == null ? null : previous.get(0).toInstant();
  }
}
