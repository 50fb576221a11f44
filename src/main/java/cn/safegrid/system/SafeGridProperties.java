package cn.safegrid.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The app's own settings ({@code safegrid.*} in application.yaml). */
@ConfigurationProperties("safegrid")
public record SafeGridProperties(
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue Demo demo,
    @DefaultValue Inspections inspections,
    @DefaultValue Summaries summaries) {

  /** The demo town loaded into an empty registry (default profile only). */
  public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {}

  /**
   * The inspection schedule: the daily time (town time) at which rounds that have fallen due are
   * opened, and whether to open them at start-up as well.
   */
  public record Inspections(@DefaultValue("05:30") java.time.LocalTime scheduleTime,
      @DefaultValue("true") boolean openOnStartup) {}

  /**
   * The monthly summary (《安全生产网格化管理情况月度汇总表》, 《实施细则》三（二）2、四（一）) and the
   * quarterly and annual hazard statistics (《安全生产事故隐患排查治理暂行规定》第十四条):
   * <ul>
   *   <li>{@code scheduleTime}: the daily time (town time) at which the scheduler opens what is due:
   *       on the 1st the month's summaries, the day after the filing deadline the town summary, on the
   *       first day of a quarter (and of a year) the statistics;</li>
   *   <li>{@code dueDay}: the filing deadline, 24:00 of this day of the following month (default the 5th);</li>
   *   <li>{@code superviseAfter}: how long after the reminder an unfiled summary goes to the upper grid
   *       (ISO-8601 duration, default two days);</li>
   *   <li>{@code townDueDay}: the day of the following month by which the safety office files the town
   *       summary to the level-1 leaders (default the 10th);</li>
   *   <li>{@code quarterDueDay}: the statistics of a quarter are signed by 24:00 of this day of the month
   *       after the quarter (the regulation: 15); {@code yearDueDay}: the annual ones by this day of
   *       January (the regulation: 31);</li>
   *   <li>{@code openOnStartup}: also open at start-up what fell due while the server was down.</li>
   * </ul>
   */
  public record Summaries(@DefaultValue("06:00") java.time.LocalTime scheduleTime,
      @DefaultValue("5") int dueDay,
      @DefaultValue("P2D") java.time.Duration superviseAfter,
      @DefaultValue("10") int townDueDay,
      @DefaultValue("15") int quarterDueDay,
      @DefaultValue("31") int yearDueDay,
      @DefaultValue("true") boolean openOnStartup) {}
}
