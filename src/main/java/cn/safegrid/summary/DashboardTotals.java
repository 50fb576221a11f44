package cn.safegrid.summary;

import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardClosed;
import cn.safegrid.hazard.HazardFilter;
import cn.safegrid.summary.DashboardPeriod.Bucket;
import cn.safegrid.system.TownClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running totals of closed hazards, so that a supervisor who reads the whole district does not make
 * the database read a year of hazards each time he opens the dashboard (docs/performance.md).
 *
 * <p>A closed hazard never changes again. The ledger announces each closure ({@link HazardClosed},
 * in the closing transaction) and this queues the hazard in {@code sg_dashboard_closure}; a fold
 * (every minute, one node at a time under the lock of {@code sg_dashboard_state}) adds queued
 * hazards to {@code sg_dashboard_closed} and takes them off the queue, in one transaction. A figure
 * is then the totals, plus the queued hazards, plus the open ones — the last two read from the
 * ledger with the ledger's own definitions — in one snapshot: exact at any moment, however far
 * behind the fold is. Months the totals do not hold whole (the edges of a custom period) are read
 * from the ledger.
 *
 * <p>Totals by day and area (the totals, the area table, the trend) and by month, area and grid,
 * lead department or category (those tables). Days are town days in the zone recorded with the
 * totals; a changed {@code safegrid.time-zone} counts everything again.
 */
@Component
class DashboardTotals {

  static final String DAY = "DAY";
  private static final Logger LOG = LoggerFactory.getLogger(DashboardTotals.class);
  /** How many queued hazards one fold transaction takes. */
  static final int BATCH = 5_000;

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final DashboardCounting counting;
  private final TownClock clock;
  private final TransactionTemplate transaction;

  DashboardTotals(JdbcTemplate jdbc, EntityManager entityManager, DashboardCounting counting, TownClock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.counting = counting;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  // ------------------------------------------------------------------------------- keeping them

  /**
   * Queues a closed hazard, in the closing transaction: one insert, which never waits for or
   * conflicts with a recount queuing the same hazard (their rows differ in {@code source}).
   */
  @EventListener
  void closed(HazardClosed event) {
    jdbc.update("insert into sg_dashboard_closure (hazard_id, source) values (?, 'C')", event.hazardId());
  }

  /** Whether the totals count in the town's zone (until the first fold after start-up they may not). */
  boolean ready() {
    String zone = jdbc.queryForObject("select time_zone from sg_dashboard_state where id = 1", String.class);
    return clock.zone().getId().equals(zone);
  }

  /**
   * Folds the whole queue, a batch per transaction; first, when the totals were counted in another
   * zone (or never), counts every closed hazard again. Returns how many hazards it added.
   */
  int foldAll() {
    if (!ready()) {
      recount();
    }
    int total = 0;
    while (true) {
      Integer folded = transaction.execute(status -> fold(BATCH));
      total += folded == null ? 0 : folded;
      if (folded == null || folded < BATCH) {
        return total;
      }
    }
  }

  /** Empties the totals and queues every closed hazard of the ledger, in the town's zone. */
  void recount() {
    transaction.executeWithoutResult(status -> {
      lock();
      jdbc.update("delete from sg_dashboard_closed");
      jdbc.update("delete from sg_dashboard_closure");
      int queued = jdbc.update("insert into sg_dashboard_closure (hazard_id, source) select h.id, 'R' from sg_hazard h"
          + " where h.status = 'CLOSED'");
      jdbc.update("update sg_dashboard_state set time_zone = ? where id = 1", clock.zone().getId());
      LOG.info("Dashboard totals: counting {} closed hazards again (town zone {})", queued, clock.zone().getId());
    });
  }

  private void lock() {
    jdbc.queryForObject("select id from sg_dashboard_state where id = 1 for update", Integer.class);
  }

  /** Adds up to {@code batch} queued hazards to the totals and takes them off the queue (one transaction). */
  int fold(int batch) {
    lock();
    List<Long> ids = jdbc.queryForList("select distinct hazard_id from sg_dashboard_closure order by hazard_id"
        + " fetch first " + batch + " rows only", Long.class);
    if (ids.isEmpty()) {
      return 0;
    }
    ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from sg_dashboard_state where id = 1", String.class));
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Hazard> hazard = query.from(Hazard.class);
    // on time and escalated as the ledger's filter says them (HazardFilter), not a second definition
    query.multiselect(hazard.get("reportedAt"), hazard.get("areaCode"), hazard.get("gridCode"),
        hazard.get("leadDepartment"), hazard.get("category"),
        cb.selectCase().when(HazardFilter.closedOnTime(hazard, cb), 1).otherwise(0),
        cb.selectCase().when(HazardFilter.escalated(hazard, cb), 1).otherwise(0))
        .where(hazard.get("id").in(ids), HazardFilter.closed(hazard, cb));
    for (Tuple row : counting.results(query)) {
      LocalDate day = row.get(0, Instant.class).atZone(zone).toLocalDate();
      LocalDate month = day.withDayOfMonth(1);
      String area = code(row.get(1));
      long onTime = ((Number) row.get(5)).longValue();
      long escalated = ((Number) row.get(6)).longValue();
      add(sums, List.of(DAY, day, area, Dashboard.NONE), onTime, escalated);
      add(sums, List.of(DashboardHazardsBy.GRID.name(), month, area, code(row.get(2))), onTime, escalated);
      add(sums, List.of(DashboardHazardsBy.DEPARTMENT.name(), month, area, code(row.get(3))), onTime, escalated);
      add(sums, List.of(DashboardHazardsBy.CATEGORY.name(), month, area, code(row.get(4))), onTime, escalated);
    }
    List<Object[]> inserts = new ArrayList<>();
    for (Map.Entry<List<Object>, long[]> sum : sums.entrySet()) {
      List<Object> key = sum.getKey();
      long[] n = sum.getValue();
      int updated = jdbc.update("update sg_dashboard_closed set hazards = hazards + ?, on_time = on_time + ?,"
          + " escalated = escalated + ? where dimension = ? and period_start = ? and area_code = ? and code = ?",
          n[0], n[1], n[2], key.get(0), key.get(1), key.get(2), key.get(3));
      if (updated == 0) {
        inserts.add(new Object[] {key.get(0), key.get(1), key.get(2), key.get(3), n[0], n[1], n[2]});
      }
    }
    jdbc.batchUpdate("insert into sg_dashboard_closed (dimension, period_start, area_code, code, hazards, on_time,"
        + " escalated) values (?, ?, ?, ?, ?, ?, ?)", inserts);
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<Long> some = ids.subList(from, Math.min(ids.size(), from + 1_000));
      jdbc.update("delete from sg_dashboard_closure where hazard_id in (" + "?,".repeat(some.size() - 1) + "?)",
          some.toArray());
    }
    jdbc.update("update sg_dashboard_state set folded_at = ? where id = 1", java.sql.Timestamp.from(clock.now()));
    return ids.size();
  }

  private static void add(Map<List<Object>, long[]> sums, List<Object> key, long onTime, long escalated) {
    long[] n = sums.computeIfAbsent(key, k -> new long[3]);
    n[0]++;
    n[1] += onTime;
    n[2] += escalated;
  }

  private static String code(Object value) {
    return value == null ? Dashboard.NONE : value.toString();
  }

  // ------------------------------------------------------------------------------- reading them

  /**
   * The hazards reported in the period (in the area, if one), for someone who sees every hazard:
   * by {@code by} (null: one total under the key null), keys as the dashboard shows them ('-' none).
   */
  Map<Object, DashboardHazardCounts> count(Specification<Hazard> everything, DashboardPeriod period, String area,
      DashboardHazardsBy by, Instant now) {
    ZoneId zone = clock.zone();
    if (by == null || by == DashboardHazardsBy.AREA) {
      Map<Object, DashboardHazardCounts> counts = new LinkedHashMap<>();
      String group = by == null ? null : "area_code";
      settled(DAY, period.from(), period.to(), area, group, counts, key -> by == null ? null : key);
      live(everything, period.from(), period.to(), area, by, now, counts);
      return counts;
    }
    LocalDate first = period.from().getDayOfMonth() == 1 ? period.from() : YearMonth.from(period.from()).plusMonths(1).atDay(1);
    LocalDate last = period.to().equals(YearMonth.from(period.to()).atEndOfMonth()) ? period.to()
        : YearMonth.from(period.to()).minusMonths(1).atEndOfMonth();
    Map<Object, DashboardHazardCounts> counts = new LinkedHashMap<>();
    if (first.isAfter(last)) {
      merge(counts, ledger(everything, period.from(), period.to(), area, by, now));
      return counts;
    }
    settled(by.name(), first, last.withDayOfMonth(1), area, "code", counts, key -> key);
    live(everything, first, last, area, by, now, counts);
    if (period.from().isBefore(first)) {
      merge(counts, ledger(everything, period.from(), first.minusDays(1), area, by, now));
    }
    if (period.to().isAfter(last)) {
      merge(counts, ledger(everything, last.plusDays(1), period.to(), area, by, now));
    }
    return counts;
  }

  /** The hazards reported in each bucket (index → counts), for someone who sees every hazard. */
  Map<Object, DashboardHazardCounts> buckets(Specification<Hazard> everything, DashboardPeriod period, String area,
      List<Bucket> buckets, List<Instant> bounds, Instant now) {
    Map<LocalDate, DashboardHazardCounts> days = new HashMap<>();
    settled(DAY, period.from(), period.to(), area, "period_start", new LinkedHashMap<>(), key -> key)
        .forEach((day, c) -> days.put((LocalDate) day, c));
    Map<Object, DashboardHazardCounts> counts = new LinkedHashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      Bucket bucket = buckets.get(i);
      DashboardHazardCounts sum = DashboardHazardCounts.NONE;
      for (LocalDate day = bucket.from(); !day.isAfter(bucket.to()); day = day.plusDays(1)) {
        sum = sum.plus(days.getOrDefault(day, DashboardHazardCounts.NONE));
      }
      if (sum.reported() > 0) {
        counts.put(i, sum);
      }
    }
    DashboardCounting.Key<Hazard> key = DashboardCounting.bucket("reportedAt", bounds, true);
    Specification<Hazard> reported = reportedIn(everything, period.from(), period.to(), area);
    merge(counts, counting.hazards(reported.and(this::open), key, now));
    merge(counts, counting.hazards(reported.and(this::queued), key, now));
    return counts;
  }

  /**
   * Sums of the totals' rows of {@code dimension} from {@code from} to {@code to} (period starts),
   * in the area, grouped by {@code column} (null: one sum), merged into {@code counts}.
   */
  private Map<Object, DashboardHazardCounts> settled(String dimension, LocalDate from, LocalDate to, String area,
      String column, Map<Object, DashboardHazardCounts> counts, Function<Object, Object> key) {
    String select = column == null ? "" : column + ", ";
    String sql = "select " + select + "sum(hazards), sum(on_time), sum(escalated) from sg_dashboard_closed"
        + " where dimension = ? and period_start >= ? and period_start <= ?" + (area == null ? "" : " and area_code = ?")
        + (column == null ? "" : " group by " + column);
    Object[] arguments = area == null ? new Object[] {dimension, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)}
        : new Object[] {dimension, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), area};
    int offset = column == null ? 0 : 1;
    jdbc.query(sql, rs -> {
      long hazards = rs.getLong(offset + 1);
      if (hazards == 0) {
        return;
      }
      long onTime = rs.getLong(offset + 2);
      DashboardHazardCounts c = new DashboardHazardCounts(hazards, hazards, 0, 0, rs.getLong(offset + 3), onTime,
          hazards - onTime);
      Object value = column == null ? null : "period_start".equals(column) ? rs.getDate(1).toLocalDate() : rs.getString(1);
      counts.merge(key.apply(value), c, DashboardHazardCounts::plus);
    }, arguments);
    return counts;
  }

  /** The open and the queued hazards reported between the days, counted from the ledger. */
  private void live(Specification<Hazard> everything, LocalDate from, LocalDate to, String area, DashboardHazardsBy by,
      Instant now, Map<Object, DashboardHazardCounts> counts) {
    DashboardCounting.Key<Hazard> key = by == null ? null : DashboardCounting.column(by.attribute());
    Specification<Hazard> reported = reportedIn(everything, from, to, area);
    merge(counts, normalised(counting.hazards(reported.and(this::open), key, now), by));
    merge(counts, normalised(counting.hazards(reported.and(this::queued), key, now), by));
  }

  /** Every hazard reported between the days, counted from the ledger (the edges of a period). */
  private Map<Object, DashboardHazardCounts> ledger(Specification<Hazard> everything, LocalDate from, LocalDate to,
      String area, DashboardHazardsBy by, Instant now) {
    return normalised(counting.hazards(reportedIn(everything, from, to, area),
        DashboardCounting.column(by.attribute()), now), by);
  }

  private Specification<Hazard> reportedIn(Specification<Hazard> everything, LocalDate from, LocalDate to, String area) {
    HazardFilter filter = HazardFilter.reportedBetween(from, to);
    return everything.and((area == null ? filter : filter.inArea(area)).toSpecification(clock.zone(), clock.now()));
  }

  private jakarta.persistence.criteria.Predicate open(Root<Hazard> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
    return HazardFilter.open(root, cb);
  }

  private jakarta.persistence.criteria.Predicate queued(Root<Hazard> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
    Subquery<Long> queue = query.subquery(Long.class);
    Root<DashboardClosure> closure = queue.from(DashboardClosure.class);
    queue.select(closure.get("hazardId"));
    return root.get("id").in(queue);
  }

  /** Keys as the totals write them: '-' for none (the ledger's null), the total under null. */
  private static Map<Object, DashboardHazardCounts> normalised(Map<Object, DashboardHazardCounts> counts,
      DashboardHazardsBy by) {
    if (by == null) {
      return counts;
    }
    Map<Object, DashboardHazardCounts> keyed = new LinkedHashMap<>();
    counts.forEach((key, c) -> keyed.merge(code(key), c, DashboardHazardCounts::plus));
    return keyed;
  }

  private static void merge(Map<Object, DashboardHazardCounts> into, Map<Object, DashboardHazardCounts> more) {
    more.forEach((key, c) -> into.merge(key, c, DashboardHazardCounts::plus));
  }
}
