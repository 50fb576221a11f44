package cn.safegrid.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The cycle of a daily timer that fires at a time of the town's day. The engine reads timer
 * cycles in the JVM's default zone (UTC on the servers), so the town time is converted to it; the
 * town's zone (Asia/Shanghai) has no daylight saving, so one conversion holds all year.
 */
public final class DailyCron {

  private DailyCron() {}

  /** A Camunda cron (seconds minutes hours day month weekday) for {@code townTime}, JVM zone. */
  public static String at(LocalTime townTime, ZoneId townZone) {
    ZonedDateTime town = LocalDate.now(townZone).atTime(townTime).atZone(townZone);
    ZonedDateTime jvm = town.withZoneSameInstant(ZoneId.systemDefault());
    return "0 " + jvm.getMinute() + " " + jvm.getHour() + " * * ?";
  }
}
