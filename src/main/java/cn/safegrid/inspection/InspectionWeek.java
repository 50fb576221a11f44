package cn.safegrid.inspection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A week of inspections (Monday 00:00 to the next Monday 00:00, town time) cut into equal windows,
 * one per round: once a week = the whole week, twice = Monday–Wednesday and Thursday–Sunday. A round
 * opens when its window starts and is due when it ends.
 */
record InspectionWeek(LocalDate monday, ZoneId zone) {

  static InspectionWeek of(Instant instant, ZoneId zone) {
    return new InspectionWeek(instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        zone);
  }

  /** The window of round {@code round} (1-based) of {@code rounds}: whole days while there are at most 7. */
  Window window(int round, int rounds) {
    return new Window(boundary(round - 1, rounds), boundary(round, rounds));
  }

  private Instant boundary(int index, int rounds) {
    ZonedDateTime start = monday.atStartOfDay(zone);
    if (rounds <= 7) {
      return start.plusDays((long) Math.floor(index * 7.0 / rounds)).toInstant();
    }
    return start.plusMinutes((long) Math.floor(index * 7.0 * 24 * 60 / rounds)).toInstant();
  }

  record Window(Instant opens, Instant due) {
    boolean contains(Instant instant) {
      return !instant.isBefore(opens) && instant.isBefore(due);
    }
  }
}
