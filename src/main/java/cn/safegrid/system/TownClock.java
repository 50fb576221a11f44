package cn.safegrid.system;

import java.time.Instant;
import java.time.LocalDate;
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
}
