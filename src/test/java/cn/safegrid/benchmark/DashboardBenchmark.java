package cn.safegrid.benchmark;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.summary.Dashboard;
import cn.safegrid.summary.DashboardHazardsBy;
import cn.safegrid.summary.DashboardPeriod;
import cn.safegrid.summary.DashboardRoundsBy;
import cn.safegrid.summary.DashboardTrendUnit;
import cn.safegrid.support.EmbeddedPostgresInitializer;
import cn.safegrid.system.TownClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The supervisors' dashboard at district scale, on embedded PostgreSQL 17: a district of about
 * 10,000 grids with 1,000,000 hazards and 5,000,000 inspection items ({@link LedgerGenerator}), and
 * every dashboard query — overview, the four hazard tables, the three inspection tables, the weekly
 * and monthly trend — as officers of each kind (a town leader, who reads everything; a department
 * head; an area's deputy leader; a village's leader) for a month, a quarter and a year. Prints p50
 * and p95 per query in milliseconds; asserts nothing about speed. Run with
 * {@code mvn -Pbenchmark test -Dtest=DashboardBenchmark} (docs/performance.md).
 *
 * <p>{@code -Dbenchmark.scale=0.1} generates a tenth of the district; with
 * {@code -Dbenchmark.jvmArgs=-Dembedded-postgres.data-dir=/tmp/district} the database is kept and
 * the next run measures without generating again. {@code -Dbenchmark.repeat=20} sets the timed
 * calls per query (after two untimed ones).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class DashboardBenchmark {

  static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
  static final int REPEAT = Integer.getInteger("benchmark.repeat", 15);

  @Autowired DataSource dataSource;
  @Autowired TownClock clock;
  @Autowired Registry registry;
  @Autowired Dashboard dashboard;

  @Test
  void dashboardAtDistrictScale() throws Exception {
    if (!LedgerGenerator.existing(dataSource)) {
      LedgerGenerator.Result district = LedgerGenerator.generate(dataSource,
          LedgerGenerator.Size.district().scaled(SCALE), clock.now(), clock.zone());
      System.out.println("generated: " + district);
    }
    System.out.println(LedgerGenerator.describe(dataSource));
    long folding = System.nanoTime();
    int folded = dashboard.foldTotals();
    System.out.printf(Locale.ROOT, "dashboard totals: %d closed hazards folded in %.1f s%n", folded,
        (System.nanoTime() - folding) / 1e9);
    // what autovacuum does on a live server: the visibility map that lets PostgreSQL read the indexes alone
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("vacuum analyze sg_hazard");
      statement.execute("vacuum analyze sg_inspection");
      statement.execute("vacuum analyze sg_dashboard_closed");
    }
    RegistryIndex index = waitForRegistry();

    Map<String, CurrentUser> users = users(index);

    LocalDate today = clock.today();
    Map<String, DashboardPeriod> periods = new LinkedHashMap<>();
    periods.put("month", DashboardPeriod.month(YearMonth.from(today).minusMonths(1)));
    int quarter = (today.getMonthValue() - 1) / 3 + 1;
    periods.put("quarter", dashboard.period(today.getYear() + "-Q" + quarter, null, null));
    periods.put("year", DashboardPeriod.custom(today.minusDays(364), today));

    // the baseline, measured in the same run: the database counting the period's hazards and rounds
    // with nothing else (no rights, no breakdown) — the least any figure of the period costs
    List<Double> baseline = new ArrayList<>();
    for (DashboardPeriod period : periods.values()) {
      baseline.addAll(time(() -> plainCounts(period)));
    }
    double base = percentile(baseline, 50);

    Map<String, List<Double>> byQuery = new LinkedHashMap<>();
    List<Double> all = new ArrayList<>();
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%n== SafeGrid dashboard benchmark: %d timed calls per query, embedded PostgreSQL ==%n"
            + "%-32s %-8s %-26s %8s %8s%n", REPEAT, "user", "period", "query", "p50 ms", "p95 ms"));
    for (Map.Entry<String, CurrentUser> user : users.entrySet()) {
      for (Map.Entry<String, DashboardPeriod> period : periods.entrySet()) {
        for (Map.Entry<String, Supplier<Object>> query : queries(user.getValue(), period.getValue()).entrySet()) {
          List<Double> times = time(query.getValue());
          all.addAll(times);
          byQuery.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).addAll(times);
          report.append(String.format(Locale.ROOT, "%-32s %-8s %-26s %8.1f %8.1f%n", user.getKey(), period.getKey(),
              query.getKey(), percentile(times, 50), percentile(times, 95)));
        }
      }
    }
    report.append(String.format(Locale.ROOT, "%nbaseline (count(*) of the period's hazards and of its rounds, no"
        + " rights, no breakdown; month, quarter, year): p50 %.1f ms, p95 %.1f ms%n", base, percentile(baseline, 95)));
    report.append(String.format(Locale.ROOT, "per query, all users and periods (× = p95 / baseline p50):%n"));
    byQuery.forEach((query, times) -> report.append(String.format(Locale.ROOT,
        "%-26s p50 %7.1f  p95 %7.1f  max %7.1f  %6.1f×%n", query, percentile(times, 50), percentile(times, 95),
        percentile(times, 100), percentile(times, 95) / base)));
    report.append(String.format(Locale.ROOT, "every call: p50 %.1f ms, p95 %.1f ms (%.1f× the baseline), max %.1f ms"
        + " (%d calls); target p95 < 300 ms%n", percentile(all, 50), percentile(all, 95), percentile(all, 95) / base,
        percentile(all, 100), all.size()));
    System.out.println(report);
  }

  private Map<String, Supplier<Object>> queries(CurrentUser user, DashboardPeriod period) {
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put("overview", () -> dashboard.overview(user, period, null));
    for (DashboardHazardsBy by : DashboardHazardsBy.values()) {
      queries.put("hazards by " + by.name().toLowerCase(), () -> dashboard.hazards(user, period, by, null, 200));
    }
    for (DashboardRoundsBy by : DashboardRoundsBy.values()) {
      queries.put("inspections by " + by.name().toLowerCase(), () -> dashboard.rounds(user, period, by, null, 200));
    }
    for (DashboardTrendUnit unit : DashboardTrendUnit.values()) {
      queries.put("trend by " + unit.name().toLowerCase(), () -> dashboard.trend(user, period, unit, null));
    }
    return queries;
  }

  /** The baseline: two plain counts over the period, by the indexed report and due times. */
  private Object plainCounts(DashboardPeriod period) {
    try (var connection = dataSource.getConnection();
        var hazards = connection.prepareStatement(
            "select count(*) from sg_hazard where reported_at >= ? and reported_at < ?");
        var rounds = connection.prepareStatement(
            "select count(*) from sg_inspection where due_at >= ? and due_at < ?")) {
      long total = 0;
      for (var statement : List.of(hazards, rounds)) {
        statement.setTimestamp(1, java.sql.Timestamp.from(period.start(clock.zone())));
        statement.setTimestamp(2, java.sql.Timestamp.from(period.end(clock.zone())));
        try (var result = statement.executeQuery()) {
          result.next();
          total += result.getLong(1);
        }
      }
      return total;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Double> time(Supplier<Object> query) {
    query.get();
    query.get();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < REPEAT; i++) {
      long start = System.nanoTime();
      query.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    return times;
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** Four officers of the generated district's first town, as the benchmarks read as them. */
  static Map<String, CurrentUser> users(RegistryIndex index) {
    Map<String, CurrentUser> users = new LinkedHashMap<>();
    users.put("town leader (reads everything)", user(index, "g01.p00001"));
    users.put("department head (fire brigade)", user(index, "g01.p00041"));
    users.put("area deputy leader", user(index, "g01.p00047"));
    users.put("village leader", user(index, "g01.p00077"));
    return users;
  }

  /** The login with the groups the identity mirror would give him (the generator does not mirror). */
  private static CurrentUser user(RegistryIndex index, String login) {
    Set<String> groups = new TreeSet<>();
    index.groups().forEach((id, group) -> {
      if (group.memberLogins().contains(login)) {
        groups.add(id);
      }
    });
    return new CurrentUser(login, groups);
  }

  /** The registry rechecks its revision every few seconds: wait until it holds the generated towns. */
  private RegistryIndex waitForRegistry() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      RegistryIndex index = registry.current();
      if (index.personByLogin("g01.p00001").isPresent()) {
        return index;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the registry did not load the generated district");
  }
}
