package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import java.util.List;

/** What the benchmarks (cn.safegrid.benchmark) need of the package: the subjects as the scheduler opens them. */
public final class SummaryBenchmarkAccess {

  private SummaryBenchmarkAccess() {}

  public static List<SummarySubject> subjects(Registry registry) {
    return SummarySubjects.all(registry.current());
  }

  /**
   * The plans PostgreSQL chooses for one subject's queries (EXPLAIN ANALYZE), as the service step runs
   * them, for the benchmark's diagnostics.
   */
  public static String explain(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
      SummarySubject subject, ReportPeriod month, java.time.ZoneId zone) {
    StringBuilder plans = new StringBuilder();
    java.time.Instant from = month.from(zone);
    java.time.Instant to = month.to(zone);
    boolean grid = subject.kind() == SubjectKind.GRID;
    LedgerCounts.Key key = grid ? LedgerCounts.Key.GRID : LedgerCounts.Key.DEPARTMENT;
    java.util.Collection<String> keys = grid ? subject.gridCodes() : List.of(subject.code());
    for (String sql : List.of(LedgerCounts.hazardsSql(key, true), LedgerCounts.escalationsSql(key, true),
        LedgerCounts.roundsSql(LedgerCounts.Key.GRID, true), LedgerCounts.itemsSql(LedgerCounts.Key.GRID, true))) {
      java.util.Collection<String> k = sql.contains("sg_inspection") ? subject.gridCodes() : keys;
      if (k.isEmpty()) {
        continue;
      }
      plans.append("-- ").append(subject.code()).append(" (").append(k.size()).append(" keys)\n");
      jdbc.query("explain (analyze, buffers) " + sql, LedgerCounts.params(k, from, to),
          rs -> { plans.append(rs.getString(1)).append('\n'); });
    }
    return plans.toString();
  }

  /** What the service step 统计本月数据 does for one subject: its figures from the month's shared pass. */
  public static MonthlyFigures.Counted countAsTheStepDoes(org.springframework.context.ApplicationContext context,
      SummarySubject subject, ReportPeriod month) {
    return context.getBean(SharedPasses.class).month(subject, month);
  }

  /** What the service step 统计隐患排查治理情况 does for one unit or town: its statistics from the period's shared pass. */
  public static StatisticsCounts.Counted statisticsAsTheStepDoes(org.springframework.context.ApplicationContext context,
      StatisticsSubject subject, ReportPeriod period) {
    return context.getBean(SharedPasses.class).statistics(subject, period);
  }

  public static List<StatisticsSubject> statisticsSubjects(Registry registry) {
    return StatisticsCounts.subjects(registry.current());
  }

  /** What 月度汇总 (GET /api/summaries) reads for a user: the first page of the month's summaries he may see. */
  public static int summaryPage(org.springframework.context.ApplicationContext context, cn.safegrid.security.CurrentUser user,
      ReportPeriod month) {
    return context.getBean(SummaryQueries.class).page(user, month, null, null, null,
        org.springframework.data.domain.PageRequest.of(0, 100, SummaryQueries.ORDER)).getNumberOfElements();
  }

  /** What 全镇月度汇总 (GET /api/summaries/town) reads: the town's report of the month. */
  public static Object townReport(org.springframework.context.ApplicationContext context,
      cn.safegrid.security.CurrentUser user, String townCode, ReportPeriod month) {
    return context.getBean(SummaryQueries.class).townReport(user, townCode, month);
  }
}
