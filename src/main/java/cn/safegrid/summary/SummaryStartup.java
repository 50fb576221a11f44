package cn.safegrid.summary;

import cn.safegrid.system.CatchUp;
import cn.safegrid.system.SafeGridProperties;
import java.time.Instant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up (system/StartupCatchUp), opens the summaries and statistics that fell due while the
 * server was down ({@code safegrid.summaries.open-on-startup}).
 */
@Component
@Order(2)
class SummaryStartup implements CatchUp {

  private final SummaryScheduler scheduler;
  private final SafeGridProperties properties;

  SummaryStartup(SummaryScheduler scheduler, SafeGridProperties properties) {
    this.scheduler = scheduler;
    this.properties = properties;
  }

  @Override
  public boolean onStartup() {
    return properties.summaries().openOnStartup();
  }

  @Override
  public String catchUp(Instant now) {
    return "Opened " + scheduler.run(now) + " that had fallen due";
  }
}
