package cn.safegrid.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The town's time: the engine clock (so ledger timestamps agree with timers, and tests that move
 * the engine clock move everything) read in the town's zone, whatever the JVM default zone is.
 */
@Component
public class TownClock {

  private final ZoneId zone;

  public TownClock(SafeGridProperties properties) {
    this.zone = properties.timeZone();
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public ZonedDateTime nowInTown() {
    return now().atZone(zone);
  }

  public LocalDate today() {
    return nowInTown().toLocalDate();
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  /** A moment as users read it: 「11月29日 10:15」 in the town's zone. */
  public String dayAndTime(Instant at) {
    return DAY_AND_TIME.format(at.atZone(zone));
  }

  /**
   * A deadline as every title, form and page writes it: 「12月6日 24 时前」 when it ends a day (the
   * regulation's way), else 「12月6日 12:00 前」.
   */
  public String deadline(Instant due) {
    ZonedDateTime at = due.atZone(zone);
    return at.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? DAY.format(at.minusDays(1)) + " 24 时前"
        : DAY_AND_TIME.format(at) + " 前";
  }
}
