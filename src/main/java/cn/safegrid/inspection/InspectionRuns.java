package cn.safegrid.inspection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The scheduler's record of its runs (table sg_inspection_schedule, one row). */
@Component
class InspectionRuns {

  private final JdbcTemplate jdbc;

  InspectionRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Starts a run at {@code now} in the caller's transaction: locks the row until that transaction
   * ends (a concurrent run waits, then finds the rounds already opened), records {@code now}, and
   * returns the previous run's time, or null before the first run.
   */
  Instant begin(Instant now) {
    OffsetDateTime previous = jdbc.query("select last_run_at from sg_inspection_schedule where id = 1 for update",
        rows -> rows.next() ? rows.getObject(1, OffsetDateTime.class) : null);
    jdbc.update("update sg_inspection_schedule set last_run_at = ? where id = 1", now.atOffset(ZoneOffset.UTC));
    return previous == null ? null : previous.toInstant();
  }
}
