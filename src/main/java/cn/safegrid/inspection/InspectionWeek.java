package cn.safegrid.inspection;

import cn.safegrid.system.ApiException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week of inspections (Monday 00:00 to the next Monday 00:00, town time) cut into equal windows,
 * one per round: once a week = the whole week, twice = Monday–Wednesday and Thursday–Sunday. A round
 * opens when its window starts and is due when it ends.
 */
record InspectionWeek(LocalDate monday, ZoneId zone) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");

  static InspectionWeek of(Instant instant, ZoneId zone) {
    return new InspectionWeek(instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        zone);
  }

  InspectionWeek previous() {
    return new InspectionWeek(monday.minusWeeks(1), zone);
  }

  /** The ISO week of a Monday, as users and business keys write it: {@code 2027-W09}. */
  static String iso(LocalDate monday) {
    return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Monday of an ISO week written {@code 2027-W09}; 400 (field {@code field}) for anything else. */
  static LocalDate mondayOf(String isoWeek, String field) {
    Matcher matcher = ISO.matcher(isoWeek == null ? "" : isoWeek.trim());
    if (matcher.matches()) {
      int year = Integer.parseInt(matcher.group(1));
      int week = Integer.parseInt(matcher.group(2));
      LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
      if (week >= 1 && IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).isValidValue(week)) {
        return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      }
      throw ApiException.invalidField(field, "周次“" + isoWeek.trim() + "”不存在：" + year
          + " 年只有 " + IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).getMaximum() + " 周");
    }
    throw ApiException.invalidField(field, "周次“" + isoWeek + "”格式不正确，应为 ISO 周，如 2027-W09"
        + "（年份-W两位周数，周一至周日）");
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
