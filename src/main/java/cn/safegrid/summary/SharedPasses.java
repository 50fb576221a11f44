package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The period's figures of every subject, counted in one pass and shared by the period's service
 * steps (统计本月数据, 统计隐患排查治理情况). When a month or quarter opens, every subject's instance
 * counts the same period within minutes of the others; one grouped pass over the period's rows
 * ({@link MonthlyFigures#of(List, ReportPeriod)}, {@link StatisticsCounts#of(List, ReportPeriod)})
 * reads the ledgers once instead of once per grid — a district's 10,000 grids in seconds rather than
 * minutes of random index reads (docs/performance.md) — and gives every grid figures counted at the
 * same moment. A pass is kept for {@link #KEPT} (wall time) on the node that counted it; a subject the
 * pass does not know as the registry describes it now (a sub-grid added since, a grid deleted) is
 * counted on its own.
 */
@Component
class SharedPasses {

  static final Duration KEPT = Duration.ofMinutes(5);

  private final Pass<SummarySubject, MonthlyFigures.Counted> months = new Pass<>();
  private final Pass<StatisticsSubject, StatisticsCounts.Counted> statistics = new Pass<>();
  private final MonthlyFigures monthly;
  private final StatisticsCounts counts;
  private final Registry registry;

  SharedPasses(MonthlyFigures monthly, StatisticsCounts counts, Registry registry) {
    this.monthly = monthly;
    this.counts = counts;
    this.registry = registry;
  }

  /** A grid's or department's figures of the month. */
  MonthlyFigures.Counted month(SummarySubject subject, ReportPeriod month) {
    return months.of(subject, month, () -> SummarySubjects.all(registry.current()), monthly::of, monthly::of);
  }

  /** A unit's or the town's statistics of the quarter or year. */
  StatisticsCounts.Counted statistics(StatisticsSubject subject, ReportPeriod period) {
    return statistics.of(subject, period, () -> StatisticsCounts.subjects(registry.current()), counts::of, counts::of);
  }

  /** The passes of one kind, by period. */
  private static final class Pass<S, C> {

    private record Counted<S, C>(long atNanos, Map<S, C> bySubject) {}

    private final Map<ReportPeriod, Counted<S, C>> passes = new ConcurrentHashMap<>();

    C of(S subject, ReportPeriod period, Supplier<List<S>> all, BiFunction<List<S>, ReportPeriod, Map<S, C>> countAll,
        BiFunction<S, ReportPeriod, C> countOne) {
      // one thread counts the period; the others asking for it meanwhile wait for its pass
      Counted<S, C> pass = passes.compute(period, (p, kept) -> kept != null && fresh(kept)
          && kept.bySubject().containsKey(subject) ? kept : new Counted<>(System.nanoTime(), countAll.apply(with(all.get(), subject), p)));
      passes.entrySet().removeIf(e -> !fresh(e.getValue()));
      C counted = pass.bySubject().get(subject);
      return counted != null ? counted : countOne.apply(subject, period);
    }

    private static boolean fresh(Counted<?, ?> pass) {
      return System.nanoTime() - pass.atNanos() < KEPT.toNanos();
    }

    private static <S> List<S> with(List<S> all, S subject) {
      if (all.contains(subject)) {
        return all;
      }
      List<S> more = new ArrayList<>(all);
      more.add(subject);
      return more;
    }
  }
}
