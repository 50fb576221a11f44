package cn.safegrid.inspection;

import cn.safegrid.system.SafeGridProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The daily time of inspection-scheduling.bpmn's timer ({@code ${inspectionSchedule.cron}}), set in
 * town time ({@code safegrid.inspections.schedule-time}). The engine reads timer cycles in the JVM's
 * default zone, so the town time is converted to it here; the town's zone has no daylight saving.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final SafeGridProperties properties;

  InspectionSchedule(SafeGridProperties properties) {
    this.properties = properties;
  }

  /** A Camunda cron (seconds minutes hours day month weekday) for the schedule time, JVM zone. */
  public String getCron() {
    ZonedDateTime town = LocalDate.now(properties.timeZone()).atTime(properties.inspections().scheduleTime())
        .atZone(properties.timeZone());
    ZonedDateTime jvm = town.withZoneSameInstant(ZoneId.systemDefault());
    return "0 " + jvm.getMinute() + " " + jvm.getHour() + " * * ?";
  }
}
