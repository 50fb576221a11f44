package cn.safegrid.inspection;

import cn.safegrid.system.SafeGridProperties;
import cn.safegrid.system.TownClock;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the registry is in place, opens the rounds that fell due while the server was
 * down or before it was first installed ({@code safegrid.inspections.open-on-startup}).
 */
@Component
class InspectionStartup {

  private static final Logger LOG = LoggerFactory.getLogger(InspectionStartup.class);

  private final InspectionScheduler scheduler;
  private final SafeGridProperties properties;
  private final TownClock clock;

  InspectionStartup(InspectionScheduler scheduler, SafeGridProperties properties, TownClock clock) {
    this.scheduler = scheduler;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener(PostDeployEvent.class)
  @Order(100)
  public void openDueRounds() {
    if (properties.inspections().openOnStartup()) {
      Instant now = clock.now();
      try {
        List<Inspection> opened = scheduler.run(now);
        long late = opened.stream().filter(round -> !round.getDueAt().isAfter(now)).count();
        LOG.info("Opened {} inspection rounds that had fallen due ({} of them late: their window passed while the"
            + " server was down)", opened.size(), late);
      } catch (RuntimeException e) {
        // hazards can still be reported; the daily timer (retried, then an incident in Cockpit) or the
        // office's POST /api/inspections/schedule opens the rounds once the cause is fixed
        LOG.error("Could not open the inspection rounds due now; the application starts without them", e);
      }
    }
  }
}
