package cn.safegrid.inspection;

import cn.safegrid.system.DailyCron;
import cn.safegrid.system.SafeGridProperties;
import org.springframework.stereotype.Component;

/**
 * The daily time of inspection-scheduling.bpmn's timer ({@code ${inspectionSchedule.cron}}), set in
 * town time ({@code safegrid.inspections.schedule-time}) and converted to the JVM's zone
 * ({@link DailyCron}).
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final SafeGridProperties properties;

  InspectionSchedule(SafeGridProperties properties) {
    this.properties = properties;
  }

  /** A Camunda cron (seconds minutes hours day month weekday) for the schedule time, JVM zone. */
  public String getCron() {
    return DailyCron.at(properties.inspections().scheduleTime(), properties.timeZone());
  }
}
