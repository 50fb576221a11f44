package cn.safegrid.summary;

import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardFilter;
import cn.safegrid.inspection.Inspection;
import cn.safegrid.inspection.InspectionOutcome;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counting queries, straight on the ledgers: one grouped query per table, whatever
 * rows the caller's {@link Specification} admits (the ledger's own rights and filters). Every
 * measure is a sum of the ledger's own predicates ({@link HazardFilter#overdue} …,
 * {@link InspectionOutcome#predicate}), so a count and the list behind it cannot disagree.
 */
@Component
class DashboardCounting {

  /** What rows are grouped by: a column, a bucket of time, or nothing (one total). */
  interface Key<T> extends BiFunction<Root<T>, CriteriaBuilder, Expression<?>> {}

  private final EntityManager entityManager;
  private final javax.sql.DataSource dataSource;
  private volatile Boolean postgres;

  DashboardCounting(EntityManager entityManager, javax.sql.DataSource dataSource) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
  }

  /**
   * Runs a counting query, on PostgreSQL with a plan made for this call's values. The same SQL
   * serves a month and a year, a village and a whole area: after five runs the JDBC driver prepares
   * it on the server, and PostgreSQL may then keep one generic plan for every period and every
   * officer's list of grids — at district scale a year of an area took 0.4 s with it and 0.1 s with
   * a plan of its own (docs/performance.md). The setting holds for the dashboard's transaction only.
   */
  List<Tuple> results(CriteriaQuery<Tuple> query) {
    if (postgres()) {
      entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
          .getSingleResult();
    }
    return entityManager.createQuery(query).getResultList();
  }

  private boolean postgres() {
    if (postgres == null) {
      try (var connection = dataSource.getConnection()) {
        postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot tell which database the ledger is in", e);
      }
    }
    return postgres;
  }

  EntityManager entityManager() {
    return entityManager;
  }

  /** A column of the ledger as the group key. */
  static <T> Key<T> column(String attribute) {
    return (root, cb) -> root.get(attribute);
  }

  /**
   * The index of the bucket an instant falls in, for buckets starting at {@code bounds[0..n-1]} and
   * the last ending at {@code bounds[n]}: [b<sub>i</sub>, b<sub>i+1</sub>) when {@code startInclusive},
   * (b<sub>i</sub>, b<sub>i+1</sub>] otherwise (a round due at 24:00 of a day is due on that day). A
   * balanced tree of CASE expressions: about log2(n) comparisons a row.
   */
  static <T> Key<T> bucket(String attribute, List<Instant> bounds, boolean startInclusive) {
    return (root, cb) -> bucket(cb, root.get(attribute), bounds, 0, bounds.size() - 1, startInclusive);
  }

  private static Expression<Integer> bucket(CriteriaBuilder cb, Path<Instant> at, List<Instant> bounds, int low,
      int high, boolean startInclusive) {
    if (high - low <= 1) {
      return cb.literal(low);
    }
    int middle = (low + high) / 2;
    Predicate before = startInclusive ? cb.lessThan(at, bounds.get(middle)) : cb.lessThanOrEqualTo(at, bounds.get(middle));
    return cb.<Integer>selectCase().when(before, bucket(cb, at, bounds, low, middle, startInclusive))
        .otherwise(bucket(cb, at, bounds, middle, high, startInclusive));
  }

  /** The hazards {@code where} admits, counted by {@code key} (null: one total under the key null). */
  Map<Object, DashboardHazardCounts> hazards(Specification<Hazard> where, Key<Hazard> key, Instant now) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Hazard> hazard = query.from(Hazard.class);
    Expression<?> group = key == null ? null : key.apply(hazard, cb);
    List<Selection<?>> columns = new ArrayList<>();
    if (group != null) {
      columns.add(group);
    }
    // a column every index the dashboard reads holds (count(id) would send PostgreSQL to the table)
    columns.add(cb.count(hazard.get("reportedAt")));
    columns.add(sum(cb, HazardFilter.closed(hazard, cb)));
    columns.add(sum(cb, HazardFilter.overdue(hazard, cb, now)));
    columns.add(sum(cb, HazardFilter.escalated(hazard, cb)));
    columns.add(sum(cb, HazardFilter.closedOnTime(hazard, cb)));
    columns.add(sum(cb, HazardFilter.notOnTime(hazard, cb, now)));
    query.multiselect(columns).where(where.toPredicate(hazard, query, cb));
    if (group != null) {
      query.groupBy(group);
    }
    Map<Object, DashboardHazardCounts> counts = new LinkedHashMap<>();
    int first = group == null ? 0 : 1;
    for (Tuple row : results(query)) {
      long reported = number(row.get(first));
      if (reported == 0) {
        continue;
      }
      long closed = number(row.get(first + 1));
      counts.put(group == null ? null : row.get(0), new DashboardHazardCounts(reported, closed, reported - closed,
          number(row.get(first + 2)), number(row.get(first + 3)), number(row.get(first + 4)), number(row.get(first + 5))));
    }
    return counts;
  }

  /** The rounds {@code where} admits, counted by {@code key} (null: one total under the key null). */
  Map<Object, DashboardRoundCounts> rounds(Specification<Inspection> where, Key<Inspection> key, Instant now) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Inspection> round = query.from(Inspection.class);
    Expression<?> group = key == null ? null : key.apply(round, cb);
    List<Selection<?>> columns = new ArrayList<>();
    if (group != null) {
      columns.add(group);
    }
    columns.add(cb.count(round.get("dueAt")));
    for (InspectionOutcome outcome : InspectionOutcome.values()) {
      columns.add(sum(cb, outcome.predicate(round, cb, now)));
    }
    query.multiselect(columns).where(where.toPredicate(round, query, cb));
    if (group != null) {
      query.groupBy(group);
    }
    Map<Object, DashboardRoundCounts> counts = new LinkedHashMap<>();
    int first = group == null ? 0 : 1;
    for (Tuple row : results(query)) {
      long rounds = number(row.get(first));
      if (rounds == 0) {
        continue;
      }
      counts.put(group == null ? null : row.get(0), new DashboardRoundCounts(rounds,
          number(row.get(first + 1 + InspectionOutcome.ON_TIME.ordinal())),
          number(row.get(first + 1 + InspectionOutcome.LATE.ordinal())),
          number(row.get(first + 1 + InspectionOutcome.MISSED.ordinal())),
          number(row.get(first + 1 + InspectionOutcome.PENDING.ordinal()))));
    }
    return counts;
  }

  private static Expression<Integer> sum(CriteriaBuilder cb, Predicate predicate) {
    return cb.sum(cb.<Integer>selectCase().when(predicate, 1).otherwise(0));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
