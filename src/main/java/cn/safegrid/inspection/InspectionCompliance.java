package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * How well the grids kept their inspection duty in a week (排查完成情况), for the dashboards: per
 * grid, per area (its villages) and for the town, from the week's sg_inspection rows in one query.
 *
 * <p>At the moment of asking, a round counts as <em>due</em> once its due time has passed or it has
 * been done (a round done on Tuesday counts before its Sunday deadline); the others are
 * <em>open</em>. Every due round is done on time, done late or missed — missed being MISSED,
 * CLOSED_UNFINISHED, or still undone past its due time (OVERDUE, or OPEN while the reminder timer
 * has not yet run). The rate is done-on-time over due, {@code null} while nothing is due.
 *
 * <p>Extra rounds (加密排查) a member opened count like the scheduled ones — the regulation's
 * frequency is a minimum, and a round once opened is owed — and {@code extraRounds} says how many of
 * the week's rounds were extra.
 */
@Service
public class InspectionCompliance {

  private final InspectionQueries queries;
  private final Registry registry;
  private final TownClock clock;

  InspectionCompliance(InspectionQueries queries, Registry registry, TownClock clock) {
    this.queries = queries;
    this.registry = registry;
    this.clock = clock;
  }

  /** A grid's week. {@code kind} is null for a grid no longer in the registry. */
  public record GridCompliance(String gridCode, String gridName, String areaCode, GridKind kind, String kindLabel,
      int rounds, int roundsDue, int roundsOpen, int doneOnTime, int doneLate, int missed, Double rate,
      int extraRounds) {}

  /** An area's villages' week (片). */
  public record AreaCompliance(String areaCode, String areaName, int villages, int rounds, int roundsDue,
      int roundsOpen, int doneOnTime, int doneLate, int missed, Double rate, int extraRounds) {}

  /** Every grid the user may see, together. */
  public record TownCompliance(int grids, int rounds, int roundsDue, int roundsOpen, int doneOnTime, int doneLate,
      int missed, Double rate, int extraRounds) {}

  /** The week's compliance as of {@code asOf}. */
  public record Report(String week, LocalDate weekStart, Instant asOf, TownCompliance town,
      List<AreaCompliance> areas, List<GridCompliance> grids) {}

  public Report of(CurrentUser user, LocalDate monday) {
    Instant now = clock.now();
    RegistryIndex index = registry.current();
    Map<String, Tally> byGrid = new TreeMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> areaOf = new LinkedHashMap<>();
    Tally town = new Tally();
    for (Inspection round : queries.week(user, monday)) {
      byGrid.computeIfAbsent(round.getGridCode(), code -> new Tally()).add(round, now);
      town.add(round, now);
      names.putIfAbsent(round.getGridCode(), round.getGridName());
      if (round.getAreaCode() != null) {
        areaOf.putIfAbsent(round.getGridCode(), round.getAreaCode());
      }
    }

    List<GridCompliance> grids = new ArrayList<>();
    byGrid.forEach((code, tally) -> {
      GridKind kind = index.grid(code).map(GridRow::kind).orElse(null);
      String name = index.grid(code).map(GridRow::name).orElse(names.get(code));
      grids.add(new GridCompliance(code, name, areaOf.get(code), kind, kind == null ? null : kind.label(),
          tally.rounds, tally.due(), tally.open, tally.onTime, tally.late, tally.missed, tally.rate(), tally.extra));
    });
    grids.sort(Comparator.comparing((GridCompliance g) -> g.kind() == null ? Integer.MAX_VALUE : g.kind().ordinal())
        .thenComparing(g -> g.areaCode() == null ? "" : g.areaCode()).thenComparing(GridCompliance::gridCode));

    Map<String, Tally> byArea = new TreeMap<>();
    Map<String, Integer> villages = new TreeMap<>();
    areaOf.forEach((grid, area) -> {
      byArea.computeIfAbsent(area, a -> new Tally()).add(byGrid.get(grid));
      villages.merge(area, 1, Integer::sum);
    });
    List<AreaCompliance> areas = new ArrayList<>();
    byArea.forEach((code, tally) -> areas.add(new AreaCompliance(code,
        index.area(code).map(AreaRow::name).orElse(code), villages.get(code), tally.rounds, tally.due(), tally.open,
        tally.onTime, tally.late, tally.missed, tally.rate(), tally.extra)));

    return new Report(InspectionWeek.iso(monday), monday, now, new TownCompliance(byGrid.size(), town.rounds,
        town.due(), town.open, town.onTime, town.late, town.missed, town.rate(), town.extra), areas, grids);
  }

  /** The counts of some rounds. */
  private static final class Tally {
    int rounds;
    int open;
    int onTime;
    int late;
    int missed;
    int extra;

    void add(Inspection round, Instant now) {
      rounds++;
      if (round.isExtra()) {
        extra++;
      }
      switch (InspectionOutcome.of(round.getStatus(), round.getDueAt(), now)) {
        case ON_TIME -> onTime++;
        case LATE -> late++;
        case MISSED -> missed++;
        case PENDING -> open++;
      }
    }

    void add(Tally other) {
      rounds += other.rounds;
      open += other.open;
      onTime += other.onTime;
      late += other.late;
      missed += other.missed;
      extra += other.extra;
    }

    int due() {
      return onTime + late + missed;
    }

    Double rate() {
      return due() == 0 ? null : Math.round(10_000.0 * onTime / due()) / 10_000.0;
    }
  }
}
