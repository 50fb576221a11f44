package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.TownRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.ScheduledRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, on the calendar ({@link SummaryCalendar}), the month's summaries of every grid and
 * department, the town's summary, and the quarterly and annual hazard statistics: each a ledger row
 * and a process instance. Running again opens nothing twice (one row per subject and period, also
 * enforced by the database); a run after an outage opens what fell due meanwhile, up to
 * {@link #CATCH_UP_MONTHS} months back; runs on several nodes take turns ({@link ScheduledRuns}).
 */
@Service
public class SummaryScheduler {

  /** How many past months (and their quarters) a run after an outage looks at. */
  static final int CATCH_UP_MONTHS = 3;

  /** What a run opened. */
  public record Opened(List<MonthlySummary> summaries, List<TownSummary> towns, List<HazardStatistics> statistics) {
    public int size() {
      return summaries.size() + towns.size() + statistics.size();
    }

    /** 「64 份月度汇总、1 份全镇月度汇总、20 份隐患统计」 */
    public String toChinese() {
      return summaries.size() + " 份月度汇总、" + towns.size() + " 份全镇月度汇总、" + statistics.size() + " 份隐患统计";
    }

    @Override
    public String toString() {
      return summaries.size() + " monthly summaries, " + towns.size() + " town summaries, " + statistics.size()
          + " hazard statistics";
    }
  }

  private final Registry registry;
  private final SummaryLedger summaries;
  private final StatisticsLedger statistics;
  private final SummaryCalendar calendar;
  private final ScheduledRuns runs;
  private final RuntimeService runtime;

  SummaryScheduler(Registry registry, SummaryLedger summaries, StatisticsLedger statistics, SummaryCalendar calendar,
      ScheduledRuns runs, RuntimeService runtime) {
    this.registry = registry;
    this.summaries = summaries;
    this.statistics = statistics;
    this.calendar = calendar;
    this.runs = runs;
    this.runtime = runtime;
  }

  /** What the daily timer, the start-up and the office's "open now" do, one run at a time. */
  @Transactional
  public Opened run(Instant now) {
    Instant previous = runs.begin(ScheduledRuns.SUMMARIES, now);
    List<MonthlySummary> months = new ArrayList<>();
    List<TownSummary> towns = new ArrayList<>();
    List<HazardStatistics> tables = new ArrayList<>();
    ReportPeriod month = ReportPeriod.of(PeriodKind.MONTH, now.atZone(calendar.zone()).toLocalDate());
    for (int back = 0; back < CATCH_UP_MONTHS; back++) {
      month = month.previous();
      if (SummaryCalendar.opensNow(calendar.monthOpens(month), calendar.monthDue(month), previous, now)) {
        months.addAll(openMonth(month, now));
      }
      if (SummaryCalendar.opensNow(calendar.townOpens(month), calendar.townDue(month), previous, now)) {
        towns.addAll(openTown(month, now));
      }
    }
    ReportPeriod quarter = ReportPeriod.of(PeriodKind.QUARTER, now.atZone(calendar.zone()).toLocalDate());
    for (int back = 0; back < 2; back++) {
      quarter = quarter.previous();
      if (SummaryCalendar.opensNow(calendar.statisticsOpens(quarter), calendar.statisticsDue(quarter), previous, now)) {
        tables.addAll(openStatistics(quarter, now));
      }
    }
    ReportPeriod year = ReportPeriod.of(PeriodKind.YEAR, now.atZone(calendar.zone()).toLocalDate()).previous();
    if (SummaryCalendar.opensNow(calendar.statisticsOpens(year), calendar.statisticsDue(year), previous, now)) {
      tables.addAll(openStatistics(year, now));
    }
    return new Opened(months, towns, tables);
  }

  /** Opens the month's summary of every grid and department that has none yet. */
  @Transactional
  public List<MonthlySummary> openMonth(ReportPeriod month, Instant now) {
    List<MonthlySummary> opened = new ArrayList<>();
    java.util.Set<String> existing = summaries.openedSubjects(month);
    Instant due = calendar.dueWhenOpened(calendar.monthDue(month), now);
    for (SummarySubject subject : SummarySubjects.all(registry.current())) {
      if (existing.add(subject.kind() + ":" + subject.code())) {
        opened.add(start(summaries.create(subject, month, due)));
      }
    }
    return opened;
  }

  /** Opens one subject's summary of the month unless it has one; starts its process. */
  @Transactional
  public java.util.Optional<MonthlySummary> open(SummarySubject subject, ReportPeriod month, Instant now) {
    Instant due = calendar.dueWhenOpened(calendar.monthDue(month), now);
    return summaries.open(subject, month, due).map(this::start);
  }

  private MonthlySummary start(MonthlySummary summary) {
    String instance = runtime.startProcessInstanceByKey(SummaryProcess.KEY, summary.businessKey(),
        Variables.createVariables().putValue(SummaryVariables.SUMMARY_ID.name(), summary.getId())).getId();
    summaries.started(summary.getId(), instance);
    return summary;
  }

  /** Opens the month's town summary of every town that has none yet. */
  @Transactional
  public List<TownSummary> openTown(ReportPeriod month, Instant now) {
    Instant due = calendar.dueWhenOpened(calendar.townDue(month), now);
    List<TownSummary> opened = new ArrayList<>();
    RegistryIndex index = registry.current();
    for (TownRow town : index.data().towns()) {
      summaries.openTown(town.code(), town.name(), month, due).ifPresent(summary -> {
        String instance = runtime.startProcessInstanceByKey(SummaryProcess.TOWN_KEY, summary.businessKey(),
            Variables.createVariables().putValue(SummaryVariables.TOWN_SUMMARY_ID.name(), summary.getId())).getId();
        summaries.townStarted(summary.getId(), instance);
        opened.add(summary);
      });
    }
    return opened;
  }

  /** Opens the quarter's or year's statistics of every unit grid and town that has none yet. */
  @Transactional
  public List<HazardStatistics> openStatistics(ReportPeriod period, Instant now) {
    if (period.kind() == PeriodKind.MONTH) {
      throw new IllegalArgumentException("statistics are kept by quarter and year");
    }
    List<HazardStatistics> opened = new ArrayList<>();
    java.util.Set<String> existing = statistics.openedSubjects(period);
    Instant due = calendar.dueWhenOpened(calendar.statisticsDue(period), now);
    for (StatisticsSubject subject : StatisticsCounts.subjects(registry.current())) {
      if (existing.add(subject.kind() + ":" + subject.code())) {
        opened.add(start(statistics.create(subject, period, due)));
      }
    }
    return opened;
  }

  /** Opens one unit's (or the town's) statistics of the period unless it has them; starts the process. */
  @Transactional
  public java.util.Optional<HazardStatistics> open(StatisticsSubject subject, ReportPeriod period, Instant now) {
    if (period.kind() == PeriodKind.MONTH) {
      throw new IllegalArgumentException("statistics are kept by quarter and year");
    }
    Instant due = calendar.dueWhenOpened(calendar.statisticsDue(period), now);
    return statistics.open(subject, period, due).map(this::start);
  }

  private HazardStatistics start(HazardStatistics table) {
    String instance = runtime.startProcessInstanceByKey(SummaryProcess.STATISTICS_KEY, table.businessKey(),
        Variables.createVariables().putValue(SummaryVariables.STATISTICS_ID.name(), table.getId())).getId();
    statistics.started(table.getId(), instance);
    return table;
  }

  /** The subject of this grid or department as the registry describes it now. */
  public java.util.Optional<SummarySubject> subject(SubjectKind kind, String code) {
    return SummarySubjects.of(registry.current(), kind, code);
  }

  /** The statistics subject of this unit grid or town as the registry describes it now. */
  public java.util.Optional<StatisticsSubject> statisticsSubject(StatisticsSubject.Kind kind, String code) {
    return StatisticsCounts.subject(registry.current(), kind, code);
  }
}
