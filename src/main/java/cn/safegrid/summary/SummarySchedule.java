package cn.safegrid.summary;

import cn.safegrid.system.DailyCron;
import cn.safegrid.system.SafeGridProperties;
import org.springframework.stereotype.Component;

/**
 * The daily time of summary-scheduling.bpmn's timer ({@code ${summarySchedule.cron}}), set in town
 * time ({@code safegrid.summaries.schedule-time}) and converted to the JVM's zone ({@link DailyCron}).
 */
@Component("summarySchedule")
public class SummarySchedule {

  private final SafeGridProperties properties;

  SummarySchedule(SafeGridProperties properties) {
    this.properties = properties;
  }

  public String getCron() {
    return DailyCron.at(properties.summaries().scheduleTime(), properties.timeZone());
  }
}
