package cn.safegrid.summary;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardFilter;
import cn.safegrid.hazard.HazardGrade;
import cn.safegrid.hazard.HazardQueries;
import cn.safegrid.inspection.Checklist;
import cn.safegrid.inspection.Inspection;
import cn.safegrid.inspection.InspectionFilter;
import cn.safegrid.inspection.InspectionQueries;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.summary.DashboardPeriod.Bucket;
import cn.safegrid.summary.DashboardView.Backlog;
import cn.safegrid.summary.DashboardView.HazardFigures;
import cn.safegrid.summary.DashboardView.HazardRow;
import cn.safegrid.summary.DashboardView.HazardTable;
import cn.safegrid.summary.DashboardView.Overview;
import cn.safegrid.summary.DashboardView.Period;
import cn.safegrid.summary.DashboardView.RoundFigures;
import cn.safegrid.summary.DashboardView.RoundRow;
import cn.safegrid.summary.DashboardView.RoundTable;
import cn.safegrid.summary.DashboardView.Trend;
import cn.safegrid.summary.DashboardView.TrendPoint;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' dashboard (督查看板): the hazards reported in a period and where they stand, the
 * backlog, the inspection rounds due and how they were done — in total, by area, grid, lead
 * department, category, checklist, week and month — for exactly the records the ledgers show the
 * user ({@link HazardQueries#visibleTo}, {@link InspectionQueries#visibleTo}: the one rights rule of
 * the ledgers), each number with the ledger list behind it.
 *
 * <p>Every answer is computed in one read-only transaction, so its numbers are one snapshot; "now"
 * (what is overdue, what is missed) is the town clock's.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class Dashboard {

  /** The most rows a table answers at once; the Excel download has them all. */
  public static final int MAX_ROWS = 10_000;

  static final String NONE = HazardFilter.NONE;

  private final HazardQueries hazards;
  private final InspectionQueries inspections;
  private final DashboardCounting counting;
  private final Registry registry;
  private final Catalogue catalogue;
  private final TownClock clock;
  private final DashboardTotals totals;

  Dashboard(HazardQueries hazards, InspectionQueries inspections, DashboardCounting counting, Registry registry,
      Catalogue catalogue, TownClock clock, DashboardTotals totals) {
    this.totals = totals;
    this.hazards = hazards;
    this.inspections = inspections;
    this.counting = counting;
    this.registry = registry;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Folds every queued closure into the running totals now (as the minute's fold does), counting
   * everything again first when the totals were counted in another zone; returns how many hazards
   * it added. For benchmarks and maintenance; the figures are exact whether or not it ran.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
  public int foldTotals() {
    return totals.foldAll();
  }

  /** The period a request names (400 for one that cannot be read), in town days. */
  public DashboardPeriod period(String period, String from, String to) {
    return DashboardPeriod.of(period, from, to, clock.today());
  }

  // ------------------------------------------------------------------------------------ overview

  public Overview overview(CurrentUser user, DashboardPeriod period, String area) {
    Instant now = clock.now();
    String scope = blankToNull(area);
    DashboardHazardCounts reported = hazardCounts(user, period, scope, null, now)
        .getOrDefault(null, DashboardHazardCounts.NONE);
    DashboardRoundCounts due = counting.rounds(roundsIn(user, period, scope, now), null, now)
        .getOrDefault(null, DashboardRoundCounts.NONE);
    // the backlog by grade, in one query: all open, of those overdue, and the major ones
    Map<Object, DashboardHazardCounts> open = counting.hazards(hazards.visibleTo(user).and(openHazards(scope, now)),
        DashboardCounting.column("grade"), now);
    DashboardHazardCounts backlog = open.values().stream().reduce(DashboardHazardCounts.NONE, DashboardHazardCounts::plus);
    long major = open.getOrDefault(HazardGrade.MAJOR, DashboardHazardCounts.NONE).reported();
    String[] scoped = scope == null ? new String[0] : new String[] {"areaCode", scope};
    return new Overview(view(period), now, scope, areaName(registry.current(), scope),
        new HazardFigures(reported, reported.onTimeRate(), DashboardLinks.hazards(period.from(), period.to(), scoped)),
        new Backlog(backlog.reported(), backlog.overdue(), major, DashboardLinks.backlog(scope)),
        new RoundFigures(due, due.rate(), DashboardLinks.rounds(period.from(), period.to(), scoped)),
        areaOptions(registry.current()));
  }

  /** Every area of the registry (the structure everybody reads), named with its town where there are several. */
  private static List<DashboardView.Option> areaOptions(RegistryIndex index) {
    boolean towns = index.data().towns().size() > 1;
    List<DashboardView.Option> options = new ArrayList<>();
    for (AreaRow area : index.data().areas()) {
      String town = towns ? index.town(area.townCode()).map(t -> "（" + t.name() + "）").orElse("") : "";
      options.add(new DashboardView.Option(area.code(), area.name() + town));
    }
    options.add(new DashboardView.Option(NONE, areaLabel(index, NONE)));
    return options;
  }

  // -------------------------------------------------------------------------------- hazard tables

  public HazardTable hazards(CurrentUser user, DashboardPeriod period, DashboardHazardsBy by, String area, int limit) {
    Instant now = clock.now();
    String scope = blankToNull(area);
    Map<Object, DashboardHazardCounts> counts = hazardCounts(user, period, scope, by, now);
    RegistryIndex index = registry.current();
    Map<String, String> recordedNames = by == DashboardHazardsBy.GRID
        ? recordedGridNames(Hazard.class, hazards.visibleTo(user), counts.keySet(), index) : Map.of();
    Map<String, String> categoryNames = by == DashboardHazardsBy.CATEGORY ? categoryNames() : Map.of();
    List<HazardRow> rows = new ArrayList<>();
    DashboardHazardCounts total = DashboardHazardCounts.NONE;
    for (Map.Entry<Object, DashboardHazardCounts> entry : counts.entrySet()) {
      String code = entry.getKey() == null ? NONE : entry.getKey().toString();
      DashboardHazardCounts c = entry.getValue();
      total = total.plus(c);
      String[] name = hazardRowName(by, code, index, recordedNames, categoryNames);
      rows.add(new HazardRow(code, name[0], name[1], c, c.onTimeRate(),
          DashboardLinks.hazards(period.from(), period.to(), scopeAnd(scope, by.attribute(), code))));
    }
    rows.sort(hazardOrder(by, index));
    int totalRows = rows.size();
    String[] scoped = scope == null ? new String[0] : new String[] {"areaCode", scope};
    return new HazardTable(view(period), now, scope, areaName(index, scope), by, by.label(), List.copyOf(rows.subList(0, Math.min(limit,
        rows.size()))), new HazardRow(null, "合计", null, total, total.onTimeRate(),
            DashboardLinks.hazards(period.from(), period.to(), scoped)), totalRows);
  }

  private String[] hazardRowName(DashboardHazardsBy by, String code, RegistryIndex index,
      Map<String, String> recordedNames, Map<String, String> categoryNames) {
    return switch (by) {
      case AREA -> new String[] {areaLabel(index, code), null};
      case GRID -> gridLabel(index, code, recordedNames);
      case DEPARTMENT -> new String[] {departmentLabel(index, code), null};
      case CATEGORY -> new String[] {NONE.equals(code) ? "未填写类别"
          : categoryNames.getOrDefault(code, Catalogue.OTHER.equals(code) ? Catalogue.OTHER_NAME : code), null};
    };
  }

  /** Areas in the registry's order; the others worst first: overdue, not on time, reported. */
  private static Comparator<HazardRow> hazardOrder(DashboardHazardsBy by, RegistryIndex index) {
    if (by == DashboardHazardsBy.AREA) {
      return Comparator.comparingInt((HazardRow r) -> areaPosition(index, r.code())).thenComparing(HazardRow::code);
    }
    return Comparator.comparingLong((HazardRow r) -> -r.counts().overdue())
        .thenComparingLong(r -> -r.counts().notOnTime())
        .thenComparingLong(r -> -r.counts().reported())
        .thenComparing(HazardRow::code);
  }

  // ------------------------------------------------------------------------------- round tables

  public RoundTable rounds(CurrentUser user, DashboardPeriod period, DashboardRoundsBy by, String area, int limit) {
    Instant now = clock.now();
    String scope = blankToNull(area);
    Map<Object, DashboardRoundCounts> counts = counting.rounds(roundsIn(user, period, scope, now),
        DashboardCounting.column(by.attribute()), now);
    RegistryIndex index = registry.current();
    Map<String, String> recordedNames = by == DashboardRoundsBy.GRID
        ? recordedGridNames(Inspection.class, inspections.visibleTo(user), counts.keySet(), index) : Map.of();
    List<RoundRow> rows = new ArrayList<>();
    DashboardRoundCounts total = DashboardRoundCounts.NONE;
    for (Map.Entry<Object, DashboardRoundCounts> entry : counts.entrySet()) {
      Object key = entry.getKey();
      String code = key == null ? NONE : key instanceof Checklist checklist ? checklist.code() : key.toString();
      DashboardRoundCounts c = entry.getValue();
      total = total.plus(c);
      String[] name = switch (by) {
        case GRID -> gridLabel(index, code, recordedNames);
        case AREA -> new String[] {areaLabel(index, code), null};
        case CHECKLIST -> new String[] {((Checklist) key).label(), null};
      };
      rows.add(new RoundRow(code, name[0], name[1], c, c.rate(),
          DashboardLinks.rounds(period.from(), period.to(), scopeAnd(scope, by.attribute(), code))));
    }
    rows.sort(by == DashboardRoundsBy.AREA
        ? Comparator.comparingInt((RoundRow r) -> areaPosition(index, r.code())).thenComparing(RoundRow::code)
        : Comparator.comparingLong((RoundRow r) -> -r.counts().missed())
            .thenComparing(r -> r.rate() == null ? 2.0 : r.rate())
            .thenComparing(RoundRow::code));
    int totalRows = rows.size();
    String[] scoped = scope == null ? new String[0] : new String[] {"areaCode", scope};
    return new RoundTable(view(period), now, scope, areaName(index, scope), by, by.label(), List.copyOf(rows.subList(0, Math.min(limit,
        rows.size()))), new RoundRow(null, "合计", null, total, total.rate(),
            DashboardLinks.rounds(period.from(), period.to(), scoped)), totalRows);
  }

  // -------------------------------------------------------------------------------------- trend

  public Trend trend(CurrentUser user, DashboardPeriod period, DashboardTrendUnit unit, String area) {
    Instant now = clock.now();
    String scope = blankToNull(area);
    ZoneId zone = clock.zone();
    List<Bucket> buckets = unit == DashboardTrendUnit.WEEK ? period.weeks() : period.months();
    List<Instant> bounds = new ArrayList<>();
    buckets.forEach(b -> bounds.add(b.from().atStartOfDay(zone).toInstant()));
    bounds.add(period.end(zone));
    Map<Object, DashboardHazardCounts> reported = fromTotals(user)
        ? totals.buckets(hazards.visibleTo(user), period, scope, buckets, bounds, now)
        : counting.hazards(hazardsIn(user, period, scope, now), DashboardCounting.bucket("reportedAt", bounds, true), now);
    Map<Object, DashboardRoundCounts> due = counting.rounds(roundsIn(user, period, scope, now),
        DashboardCounting.bucket("dueAt", bounds, false), now);
    String[] scoped = scope == null ? new String[0] : new String[] {"areaCode", scope};
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      Bucket bucket = buckets.get(i);
      DashboardHazardCounts h = reported.getOrDefault(i, DashboardHazardCounts.NONE);
      DashboardRoundCounts r = due.getOrDefault(i, DashboardRoundCounts.NONE);
      Map<String, String> links = new java.util.LinkedHashMap<>(DashboardLinks.only(
          DashboardLinks.hazards(bucket.from(), bucket.to(), scoped), "reported", "overdue", "notOnTime"));
      links.putAll(DashboardLinks.only(DashboardLinks.rounds(bucket.from(), bucket.to(), scoped), "rounds", "missed"));
      points.add(new TrendPoint(bucket.code(), bucket.label(), bucket.from(), bucket.to(), h, h.onTimeRate(), r,
          r.rate(), links));
    }
    return new Trend(view(period), now, scope, areaName(registry.current(), scope), unit, points);
  }

  // -------------------------------------------------------------------------------------- pieces

  /**
   * The hazards reported in the period (in the area) that the user may see, by {@code by} (null: one
   * total): from the running totals for someone who sees every hazard, else from the ledger.
   */
  Map<Object, DashboardHazardCounts> hazardCounts(CurrentUser user, DashboardPeriod period, String area,
      DashboardHazardsBy by, Instant now) {
    if (fromTotals(user)) {
      return totals.count(hazards.visibleTo(user), period, area, by, now);
    }
    return counting.hazards(hazardsIn(user, period, area, now), by == null ? null
        : DashboardCounting.column(by.attribute()), now);
  }

  private boolean fromTotals(CurrentUser user) {
    return hazards.seesEverything(user) && totals.ready();
  }

  /** The hazards reported in the period that the user may see (the ledger's rights and filter). */
  private Specification<Hazard> hazardsIn(CurrentUser user, DashboardPeriod period, String area, Instant now) {
    HazardFilter filter = HazardFilter.reportedBetween(period.from(), period.to());
    return hazards.visibleTo(user).and((area == null ? filter : filter.inArea(area)).toSpecification(clock.zone(), now));
  }

  /** The rounds due in the period that the user may see. */
  private Specification<Inspection> roundsIn(CurrentUser user, DashboardPeriod period, String area, Instant now) {
    InspectionFilter filter = InspectionFilter.dueBetween(period.from(), period.to());
    return inspections.visibleTo(user).and((area == null ? filter : filter.inArea(area)).toSpecification(clock.zone(),
        now));
  }

  /** Not closed, whenever reported (in the area). */
  private Specification<Hazard> openHazards(String area, Instant now) {
    HazardFilter filter = new HazardFilter(null, area, null, null, null, null, null, null, null, null, null, null,
        Boolean.TRUE, null, null);
    return filter.toSpecification(clock.zone(), now);
  }

  private static String[] scopeAnd(String scope, String parameter, String code) {
    if (scope == null || parameter.equals("areaCode")) {
      return new String[] {parameter, code};
    }
    return new String[] {"areaCode", scope, parameter, code};
  }

  Period view(DashboardPeriod period) {
    String previous = null;
    String next = null;
    switch (period.kind()) {
      case MONTH -> {
        YearMonth month = YearMonth.from(period.from());
        previous = month.minusMonths(1).toString();
        next = month.plusMonths(1).toString();
      }
      case QUARTER -> {
        LocalDate before = period.from().minusMonths(3);
        LocalDate after = period.from().plusMonths(3);
        previous = before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1);
        next = after.getYear() + "-Q" + ((after.getMonthValue() - 1) / 3 + 1);
      }
      case YEAR -> {
        previous = String.valueOf(period.from().getYear() - 1);
        next = String.valueOf(period.from().getYear() + 1);
      }
      case CUSTOM -> {
        // a custom range has no neighbours
      }
    }
    return new Period(period.kind(), period.code(), period.label(), period.from(), period.to(), previous, next);
  }

  private static String areaLabel(RegistryIndex index, String code) {
    if (NONE.equals(code)) {
      return "不属于片（镇直单位等）";
    }
    return index.area(code).map(AreaRow::name).orElse(code);
  }

  static String areaName(RegistryIndex index, String code) {
    return code == null ? null : areaLabel(index, code);
  }

  private static int areaPosition(RegistryIndex index, String code) {
    List<AreaRow> areas = index.data().areas();
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).code().equals(code)) {
        return i;
      }
    }
    return NONE.equals(code) ? Integer.MAX_VALUE : areas.size();
  }

  /** A grid's name (the registry's, else as the ledger recorded it) and its area or kind. */
  private static String[] gridLabel(RegistryIndex index, String code, Map<String, String> recordedNames) {
    GridRow grid = index.grid(code).orElse(null);
    if (grid == null) {
      return new String[] {recordedNames.getOrDefault(code, code), "已不在网格台账中"};
    }
    String note = grid.areaCode() != null ? areaLabel(index, grid.areaCode()) : grid.kind().label();
    return new String[] {grid.name(), note};
  }

  private static String departmentLabel(RegistryIndex index, String code) {
    if (NONE.equals(code)) {
      return "尚未分办";
    }
    if (cn.safegrid.hazard.HazardLedger.AREA_GROUP.equals(code)) {
      return "片检查组（所在片）";
    }
    if (cn.safegrid.hazard.HazardLedger.VILLAGE_GRID.equals(code)) {
      return "所在网格（村、单位）";
    }
    return index.department(code).map(DepartmentRow::name).orElse(code);
  }

  private Map<String, String> categoryNames() {
    Map<String, String> names = new HashMap<>();
    for (CategoryView category : catalogue.categories()) {
      names.put(category.code(), category.name());
    }
    return names;
  }

  /** The names the ledger recorded for grids the registry no longer has (only those: usually none). */
  private <T> Map<String, String> recordedGridNames(Class<T> entity, Specification<T> visible,
      java.util.Collection<Object> codes, RegistryIndex index) {
    List<String> missing = codes.stream().filter(Objects::nonNull).map(Object::toString)
        .filter(code -> index.grid(code).isEmpty()).toList();
    if (missing.isEmpty()) {
      return Map.of();
    }
    Specification<T> those = (root, query, cb) -> root.get("gridCode").in(missing);
    return cn.safegrid.system.LedgerGrids.of(counting.entityManager(), entity, visible.and(those));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
