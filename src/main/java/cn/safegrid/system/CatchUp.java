package cn.safegrid.system;

import java.time.Instant;

/**
 * A calendar scheduler that, at start-up, opens what fell due while the server was down or before
 * it was first installed ({@link StartupCatchUp} runs each, in their {@code @Order}).
 */
public interface CatchUp {

  /** Whether to run at start-up (a setting, off in tests that open work at instants they choose). */
  boolean onStartup();

  /** Runs as the daily timer would at {@code now}; returns what it opened, for the log. */
  String catchUp(Instant now);
}
