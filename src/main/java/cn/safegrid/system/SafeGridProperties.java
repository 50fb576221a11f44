package cn.safegrid.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The app's own settings ({@code safegrid.*} in application.yaml). */
@ConfigurationProperties("safegrid")
public record SafeGridProperties(
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue Demo demo,
    @DefaultValue Inspections inspections) {

  /** The demo town loaded into an empty registry (default profile only). */
  public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {}

  /**
   * The inspection schedule: the daily time (town time) at which rounds that have fallen due are
   * opened, and whether to open them at start-up as well.
   */
  public record Inspections(@DefaultValue("05:30") java.time.LocalTime scheduleTime,
      @DefaultValue("true") boolean openOnStartup) {}
}
