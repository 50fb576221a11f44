package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.summary.LedgerCounts.HazardRow;
import cn.safegrid.summary.LedgerCounts.Key;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a hazard statistics table ({@link StatisticsFigures}) for a unit grid (its
 * sub-grids included) or the town, counted with the same ledger queries as the monthly summary.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsCounts {

  public record Counted(StatisticsFigures figures, List<StatisticsCategory> categories) {}

  private final LedgerCounts counts;
  private final TownClock clock;

  StatisticsCounts(LedgerCounts counts, TownClock clock) {
    this.counts = counts;
    this.clock = clock;
  }

  /** The unit grids that keep statistics (SAWS order 16 is about production units), and the town. */
  static List<StatisticsSubject> subjects(RegistryIndex index) {
    List<StatisticsSubject> subjects = new ArrayList<>();
    index.data().grids().stream()
        .filter(g -> SummarySubjects.files(g) && g.kind() != GridKind.VILLAGE)
        .sorted(Comparator.comparing((GridRow g) -> g.kind().ordinal()).thenComparing(GridRow::code))
        .forEach(g -> subjects.add(unit(index, g)));
    index.data().towns().forEach(t -> subjects.add(new StatisticsSubject(StatisticsSubject.Kind.TOWN, t.code(), t.name(),
        t.code(), null, null, List.of())));
    return subjects;
  }

  static java.util.Optional<StatisticsSubject> subject(RegistryIndex index, StatisticsSubject.Kind kind, String code) {
    return subjects(index).stream().filter(s -> s.kind() == kind && s.code().equals(code)).findFirst();
  }

  private static StatisticsSubject unit(RegistryIndex index, GridRow grid) {
    List<String> codes = new ArrayList<>();
    codes.add(grid.code());
    index.childrenOf(grid.code()).stream().filter(c -> c.kind() == GridKind.SUB_GRID).forEach(c -> codes.add(c.code()));
    return new StatisticsSubject(StatisticsSubject.Kind.UNIT, grid.code(), grid.name(), grid.townCode(), grid.kind(),
        grid.supervisingDepartmentCode(), codes);
  }

  public Counted of(StatisticsSubject subject, ReportPeriod period) {
    Instant from = period.from(clock.zone());
    Instant to = period.to(clock.zone());
    List<HazardRow> rows = subject.kind() == StatisticsSubject.Kind.TOWN
        ? counts.hazards(Key.TOWN, List.of(subject.code()), from, to)
        : counts.hazards(Key.GRID, subject.gridCodes(), from, to);
    return count(rows);
  }

  /**
   * The statistics of many subjects at once: one grouped pass over the period's hazards by grid, and
   * one by town, instead of one query per unit.
   */
  public Map<StatisticsSubject, Counted> of(List<StatisticsSubject> subjects, ReportPeriod period) {
    Instant from = period.from(clock.zone());
    Instant to = period.to(clock.zone());
    boolean batch = subjects.size() >= MonthlyFigures.BATCH;
    java.util.Set<String> grids = new java.util.LinkedHashSet<>();
    java.util.Set<String> towns = new java.util.LinkedHashSet<>();
    for (StatisticsSubject subject : subjects) {
      if (subject.kind() == StatisticsSubject.Kind.TOWN) {
        towns.add(subject.code());
      } else {
        grids.addAll(subject.gridCodes());
      }
    }
    Map<String, List<HazardRow>> byGrid = new HashMap<>();
    if (!grids.isEmpty()) {
      counts.hazards(Key.GRID, batch ? null : grids, from, to)
          .forEach(row -> byGrid.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
    }
    Map<String, List<HazardRow>> byTown = new HashMap<>();
    if (!towns.isEmpty()) {
      counts.hazards(Key.TOWN, towns, from, to)
          .forEach(row -> byTown.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
    }
    Map<StatisticsSubject, Counted> counted = new LinkedHashMap<>();
    for (StatisticsSubject subject : subjects) {
      List<HazardRow> rows = new ArrayList<>();
      if (subject.kind() == StatisticsSubject.Kind.TOWN) {
        rows.addAll(byTown.getOrDefault(subject.code(), List.of()));
      } else {
        subject.gridCodes().forEach(code -> rows.addAll(byGrid.getOrDefault(code, List.of())));
      }
      counted.put(subject, count(rows));
    }
    return counted;
  }

  static Counted count(List<HazardRow> rows) {
    StatisticsFigures figures = new StatisticsFigures();
    Map<String, int[]> byCategory = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (HazardRow row : rows) {
      figures.add(row.counts(), row.major());
      if (row.counts().found() > 0) {
        int[] n = byCategory.computeIfAbsent(row.categoryKey(), k -> new int[4]);
        n[row.major() ? 1 : 0] += row.counts().found();
        n[row.major() ? 3 : 2] += row.counts().foundClosed();
        names.putIfAbsent(row.categoryKey(), row.categoryName());
      }
    }
    List<StatisticsCategory> categories = new ArrayList<>();
    byCategory.forEach((key, n) -> categories.add(new StatisticsCategory(key, names.get(key), n[0], n[1], n[2], n[3])));
    categories.sort(Comparator.comparingInt((StatisticsCategory c) -> c.getGeneralCount() + c.getMajorCount()).reversed()
        .thenComparing(StatisticsCategory::getCategoryName));
    return new Counted(figures, categories);
  }
}
