package cn.safegrid.summary;

import cn.safegrid.summary.LedgerCounts.Escalations;
import cn.safegrid.summary.LedgerCounts.HazardRow;
import cn.safegrid.summary.LedgerCounts.Key;
import cn.safegrid.summary.LedgerCounts.Rounds;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's figures of grids and departments and of the town, from the ledgers ({@link LedgerCounts}).
 * A grid's hazards are those in the grid (a unit's sub-grids included); a department's those it leads;
 * a department's rounds those of the units of its sector. The town's figures are counted for the
 * town as such, so a hazard of a village that a department leads counts once.
 *
 * <p>One grid (the process's service step) is counted with queries restricted to its grid codes;
 * many at once ({@link #BATCH} or more) with the same queries over the whole period, grouped.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyFigures {

  /** From this many subjects on, one grouped query over the period beats one query per subject. */
  static final int BATCH = 50;

  /** A subject's figures and its hazards found by category. */
  public record Counted(MonthFigures figures, List<CategoryCount> categories) {}

  private final LedgerCounts counts;
  private final TownClock clock;

  MonthlyFigures(LedgerCounts counts, TownClock clock) {
    this.counts = counts;
    this.clock = clock;
  }

  public Counted of(SummarySubject subject, ReportPeriod period) {
    return of(List.of(subject), period).get(subject);
  }

  /** The figures of each subject, in the order given. */
  public Map<SummarySubject, Counted> of(List<SummarySubject> subjects, ReportPeriod period) {
    Instant from = period.from(clock.zone());
    Instant to = period.to(clock.zone());
    boolean batch = subjects.size() >= BATCH;
    Set<String> gridCodes = new LinkedHashSet<>();
    Set<String> departments = new LinkedHashSet<>();
    Set<String> roundGrids = new LinkedHashSet<>();
    for (SummarySubject subject : subjects) {
      roundGrids.addAll(subject.gridCodes());
      if (subject.kind() == SubjectKind.GRID) {
        gridCodes.addAll(subject.gridCodes());
      } else {
        departments.add(subject.code());
      }
    }
    Map<String, Rounds> rounds = counts.rounds(Key.GRID, batch ? null : roundGrids, from, to);
    Map<String, List<HazardRow>> gridHazards = byKey(gridCodes.isEmpty() ? List.of()
        : counts.hazards(Key.GRID, batch ? null : gridCodes, from, to));
    Map<String, Escalations> gridEscalations = gridCodes.isEmpty() ? Map.of()
        : counts.escalations(Key.GRID, batch ? null : gridCodes, from, to);
    Map<String, List<HazardRow>> departmentHazards = byKey(departments.isEmpty() ? List.of()
        : counts.hazards(Key.DEPARTMENT, batch ? null : departments, from, to));
    Map<String, Escalations> departmentEscalations = departments.isEmpty() ? Map.of()
        : counts.escalations(Key.DEPARTMENT, batch ? null : departments, from, to);

    Map<SummarySubject, Counted> result = new LinkedHashMap<>();
    for (SummarySubject subject : subjects) {
      MonthFigures figures = new MonthFigures();
      subject.gridCodes().forEach(code -> figures.addRounds(rounds.getOrDefault(code, Rounds.NONE)));
      List<HazardRow> hazards = new ArrayList<>();
      if (subject.kind() == SubjectKind.GRID) {
        for (String code : subject.gridCodes()) {
          hazards.addAll(gridHazards.getOrDefault(code, List.of()));
          figures.addEscalations(gridEscalations.getOrDefault(code, Escalations.NONE));
        }
      } else {
        hazards.addAll(departmentHazards.getOrDefault(subject.code(), List.of()));
        figures.addEscalations(departmentEscalations.getOrDefault(subject.code(), Escalations.NONE));
      }
      result.put(subject, new Counted(figures, add(figures, hazards)));
    }
    return result;
  }

  /** The town's own figures: each hazard and round of the town once. */
  public Counted ofTown(String townCode, ReportPeriod period) {
    Instant from = period.from(clock.zone());
    Instant to = period.to(clock.zone());
    MonthFigures figures = new MonthFigures();
    figures.addRounds(counts.rounds(Key.TOWN, List.of(townCode), from, to).getOrDefault(townCode, Rounds.NONE));
    figures.addEscalations(counts.escalations(Key.TOWN, List.of(townCode), from, to)
        .getOrDefault(townCode, Escalations.NONE));
    return new Counted(figures, add(figures, counts.hazards(Key.TOWN, List.of(townCode), from, to)));
  }

  /** Adds the hazard rows to the figures; returns the categories with hazards found, most first. */
  static List<CategoryCount> add(MonthFigures figures, Collection<HazardRow> rows) {
    Map<String, int[]> found = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (HazardRow row : rows) {
      figures.addHazards(row.counts(), row.major());
      if (row.counts().found() > 0) {
        found.computeIfAbsent(row.categoryKey(), k -> new int[2])[row.major() ? 1 : 0] += row.counts().found();
        names.putIfAbsent(row.categoryKey(), row.categoryName());
      }
    }
    List<CategoryCount> categories = new ArrayList<>();
    found.forEach((key, n) -> categories.add(new CategoryCount(key, names.get(key), n[0], n[1])));
    categories.sort(Comparator.comparingInt(CategoryCount::total).reversed().thenComparing(CategoryCount::getCategoryName));
    return categories;
  }

  private static Map<String, List<HazardRow>> byKey(List<HazardRow> rows) {
    Map<String, List<HazardRow>> byKey = new HashMap<>();
    rows.forEach(row -> byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
    return byKey;
  }
}
