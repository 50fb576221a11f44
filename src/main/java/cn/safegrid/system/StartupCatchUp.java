package cn.safegrid.system;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the process archive is deployed and the registry is in place, lets every
 * calendar scheduler ({@link CatchUp}) open what fell due while the server was down. A scheduler
 * that fails is logged and the application starts without its work: its daily timer (retried, then
 * an incident in Cockpit) or the office's "open now" opens it once the cause is fixed.
 */
@Component
class StartupCatchUp {

  private static final Logger LOG = LoggerFactory.getLogger(StartupCatchUp.class);

  private final List<CatchUp> schedulers;
  private final TownClock clock;

  StartupCatchUp(List<CatchUp> schedulers, TownClock clock) {
    this.schedulers = schedulers;
    this.clock = clock;
  }

  @EventListener(PostDeployEvent.class)
  @Order(100)
  public void catchUp() {
    for (CatchUp scheduler : schedulers) {
      if (!scheduler.onStartup()) {
        continue;
      }
      try {
        LOG.info(scheduler.catchUp(clock.now()));
      } catch (RuntimeException e) {
        LOG.error("{} could not open what fell due; the application starts without it", scheduler.getClass()
            .getSimpleName(), e);
      }
    }
  }
}
