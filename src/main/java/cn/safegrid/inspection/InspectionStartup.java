package cn.safegrid.inspection;

import cn.safegrid.system.CatchUp;
import cn.safegrid.system.SafeGridProperties;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up (system/StartupCatchUp), opens the rounds that fell due while the server was down or
 * before it was first installed ({@code safegrid.inspections.open-on-startup}).
 */
@Component
@Order(1)
class InspectionStartup implements CatchUp {

  private final InspectionScheduler scheduler;
  private final SafeGridProperties properties;

  InspectionStartup(InspectionScheduler scheduler, SafeGridProperties properties) {
    this.scheduler = scheduler;
    this.properties = properties;
  }

  @Override
  public boolean onStartup() {
    return properties.inspections().openOnStartup();
  }

  @Override
  public String catchUp(Instant now) {
    List<Inspection> opened = scheduler.run(now);
    long late = opened.stream().filter(round -> !round.getDueAt().isAfter(now)).count();
    return "Opened " + opened.size() + " inspection rounds that had fallen due (" + late
        + " of them late: their window passed while the server was down)";
  }
}
