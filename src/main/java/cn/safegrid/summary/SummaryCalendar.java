package cn.safegrid.summary;

import cn.safegrid.system.SafeGridProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * When the summaries and statistics of a period open and fall due, in town time, from the settings
 * ({@code safegrid.summaries.*}):
 * <ul>
 *   <li>a month's summaries open on the 1st of the next month at the schedule time and are due at
 *       24:00 of the due day (default the 5th);</li>
 *   <li>the town's summary opens the day after that deadline at the schedule time and is due at 24:00
 *       of the town due day (default the 10th);</li>
 *   <li>a quarter's statistics open on the first day of the next quarter and are due at 24:00 of the
 *       15th of that month; a year's on 1 January, due at 24:00 of 31 January (SAWS order 16 art. 14).</li>
 * </ul>
 * Work opened after its deadline (the server was down across it) is due {@link #LATE_OPENING_DAYS}
 * days after the day it opens, at 24:00: nobody is late for an outage.
 */
@Component
class SummaryCalendar {

  static final int LATE_OPENING_DAYS = 3;

  private final SafeGridProperties.Summaries settings;
  private final ZoneId zone;

  SummaryCalendar(SafeGridProperties properties) {
    this.settings = properties.summaries();
    this.zone = properties.timeZone();
  }

  ZoneId zone() {
    return zone;
  }

  Instant monthOpens(ReportPeriod month) {
    return at(month.end());
  }

  Instant monthDue(ReportPeriod month) {
    return endOf(day(month.end(), settings.dueDay()));
  }

  Instant townOpens(ReportPeriod month) {
    return at(day(month.end(), settings.dueDay()).plusDays(1));
  }

  Instant townDue(ReportPeriod month) {
    return endOf(day(month.end(), Math.max(settings.townDueDay(), settings.dueDay() + 1)));
  }

  Instant statisticsOpens(ReportPeriod period) {
    return at(period.end());
  }

  Instant statisticsDue(ReportPeriod period) {
    return endOf(day(period.end(), period.kind() == PeriodKind.YEAR ? settings.yearDueDay() : settings.quarterDueDay()));
  }

  /** The deadline, or for work opened after it, 24:00 of the {@link #LATE_OPENING_DAYS}th day after today. */
  Instant dueWhenOpened(Instant due, Instant now) {
    return now.isBefore(due) ? due : endOf(now.atZone(zone).toLocalDate().plusDays(LATE_OPENING_DAYS));
  }

  /**
   * Whether a run at {@code now} opens work that opens at {@code opens}: once its time has come, if
   * no run since then has (the previous run was before it); at the very first run only while the
   * work is not yet due (an installation opens no back-log of past months).
   */
  static boolean opensNow(Instant opens, Instant due, Instant previous, Instant now) {
    return !opens.isAfter(now) && (previous == null ? now.isBefore(due) : opens.isAfter(previous));
  }

  private Instant at(LocalDate day) {
    return day.atTime(settings.scheduleTime()).atZone(zone).toInstant();
  }

  private Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static LocalDate day(LocalDate firstOfMonth, int day) {
    return firstOfMonth.withDayOfMonth(Math.min(Math.max(day, 1), firstOfMonth.lengthOfMonth()));
  }
}
