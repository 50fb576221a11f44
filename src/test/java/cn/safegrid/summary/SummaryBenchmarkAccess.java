package cn.safegrid.summary;

import cn.safegrid.grid.Registry;
import java.util.List;

/** What the benchmarks (cn.safegrid.benchmark) need of the package: the subjects as the scheduler opens them. */
public final class SummaryBenchmarkAccess {

  private SummaryBenchmarkAccess() {}

  public static List<SummarySubject> subjects(Registry registry) {
    return SummarySubjects.all(registry.current());
  }

  public static List<StatisticsSubject> statisticsSubjects(Registry registry) {
    return StatisticsCounts.subjects(registry.current());
  }
}
