package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The month's figures of every grid and department, counted in one pass and shared by the month's
 * service steps (统计本月数据). On the 1st every subject's instance counts its month within minutes of
 * the others; one grouped pass over the month's rows ({@link MonthlyFigures#of(List, ReportPeriod)})
 * reads the ledgers once instead of once per grid — a district's 10,000 grids in seconds rather than
 * minutes of random index reads — and gives every grid figures counted at the same moment. A pass is
 * kept for {@link #KEPT} (wall time) per node; a grid the pass does not know as it stands in the
 * registry now (a sub-grid added since, a grid deleted) is counted on its own.
 */
@Component
class MonthSnapshots {

  static final Duration KEPT = Duration.ofMinutes(5);

  private record Snapshot(long countedAtNanos, Map<SummarySubject, MonthlyFigures.Counted> counted) {}

  private final Map<ReportPeriod, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final MonthlyFigures figures;
  private final Registry registry;

  MonthSnapshots(MonthlyFigures figures, Registry registry) {
    this.figures = figures;
    this.registry = registry;
  }

  /** The subject's figures of the month, from the month's shared pass. */
  MonthlyFigures.Counted of(SummarySubject subject, ReportPeriod month) {
    Snapshot snapshot = snapshots.compute(month, (period, kept) -> kept != null
        && System.nanoTime() - kept.countedAtNanos() < KEPT.toNanos() && kept.counted().containsKey(subject)
        ? kept
        : new Snapshot(System.nanoTime(), figures.of(withSubject(SummarySubjects.all(registry.current()), subject), period)));
    snapshots.entrySet().removeIf(e -> System.nanoTime() - e.getValue().countedAtNanos() > KEPT.toNanos());
    MonthlyFigures.Counted counted = snapshot.counted().get(subject);
    return counted != null ? counted : figures.of(subject, month);
  }

  private static List<SummarySubject> withSubject(List<SummarySubject> all, SummarySubject subject) {
    if (all.contains(subject)) {
      return all;
    }
    List<SummarySubject> more = new java.util.ArrayList<>(all);
    more.add(subject);
    return more;
  }
}
