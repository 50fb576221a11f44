package cn.safegrid.summary;

import static cn.safegrid.hazard.HazardDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.Hazard;
import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardFilter;
import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.hazard.HazardQueries;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running totals of closed hazards ({@link DashboardTotals}) give exactly what counting the
 * ledger gives — for every table, period (months whole and cut), area and trend — whether the
 * closures are all queued, partly folded or all folded; and the ledger queues each hazard it closes.
 */
@SafeGridTest
class DashboardTotalsTest {

  static final CurrentUser OFFICE = new CurrentUser("wang.celi", java.util.Set.of("safety-office", "dept-safety-office"));

  @Autowired DashboardTotals totals;
  @Autowired DashboardCounting counting;
  @Autowired Dashboard dashboard;
  @Autowired HazardQueries hazards;
  @Autowired DashboardFixture fixture;
  @Autowired DashboardShowcase showcase;
  @Autowired HazardDriver driver;
  @Autowired TownClock clock;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void ledgers() {
    fixture.load();
    showcase.load();
    driver.clockAt(DashboardShowcase.NOW);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  void theTotalsCountWhatTheLedgerCountsQueuedPartlyFoldedOrFolded() {
    assertThat(hazards.seesEverything(OFFICE)).isTrue();
    totals.recount();
    assertThat(totals.ready()).isTrue();
    assertThat(queued()).as("every closed hazard waits").isGreaterThan(300);
    assertSameAsTheLedger("all queued");
    totals.foldAll();
    int afterOne = 0;
    assertThat(queued()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from sg_dashboard_closed", Integer.class)).isPositive();
    assertSameAsTheLedger("all folded");
    totals.recount();
    org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support
        .TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> totals.fold(100));
    afterOne = queued();
    assertThat(afterOne).as("a batch folded, the rest waiting").isPositive();
    assertSameAsTheLedger("partly folded");
    totals.foldAll();
  }

  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @Test
  void theLedgerQueuesTheHazardItCloses() {
    driver.resetClock();
    totals.foldAll();
    ProcessInstance instance = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村养老院锅炉房", "锅炉压力表超过检定有效期（看板合计测试）");
    driver.complete("huang.shimin", instance, HazardProcess.ACCEPT, vars("acceptance", "accept",
        "responsibleUnit", "小岗村养老院", "responsiblePerson", "周示例", "responsiblePhone", "13900009999", "measures", "停用送检"));
    driver.complete("huang.shimin", instance, HazardProcess.RECTIFY, vars("rectificationResult", "已送检合格"));
    Long id = jdbc.queryForObject("select id from sg_hazard where process_instance_id = ?", Long.class, instance.getId());
    assertThat(queued(id)).as("not closed yet").isFalse();
    driver.complete("gao.shihua", instance, HazardProcess.VERIFY, vars("verification", "pass"));
    assertThat(jdbc.queryForObject("select status from sg_hazard where id = ?", String.class, id)).isEqualTo("CLOSED");
    assertThat(queued(id)).as("queued with its closure").isTrue();
    totals.foldAll();
    assertThat(queued(id)).isFalse();
    driver.clockAt(DashboardShowcase.NOW);
    assertSameAsTheLedger("after a closure");
  }

  private void assertSameAsTheLedger(String when) {
    Instant now = clock.now();
    List<DashboardPeriod> periods = List.of(
        DashboardPeriod.month(java.time.YearMonth.of(2039, 3)),
        dashboard.period("2040-Q2", null, null),
        dashboard.period("2040", null, null),
        DashboardPeriod.custom(LocalDate.of(2039, 2, 27), LocalDate.of(2039, 4, 2)),
        DashboardPeriod.custom(LocalDate.of(2040, 1, 15), LocalDate.of(2040, 5, 10)),
        DashboardPeriod.custom(LocalDate.of(2040, 3, 3), LocalDate.of(2040, 3, 20)),
        DashboardPeriod.custom(LocalDate.of(2039, 6, 25), LocalDate.of(2040, 6, 20)));
    List<String> areas = new ArrayList<>();
    areas.add(null);
    areas.add("east");
    areas.add("-");
    for (DashboardPeriod period : periods) {
      for (String area : areas) {
        assertThat(totals.count(hazards.visibleTo(OFFICE), period, area, null, now))
            .as(when + ": total of " + period.label() + " in " + area).isEqualTo(ledger(period, area, null, now));
        for (DashboardHazardsBy by : DashboardHazardsBy.values()) {
          assertThat(totals.count(hazards.visibleTo(OFFICE), period, area, by, now))
              .as(when + ": " + by + " of " + period.label() + " in " + area).isEqualTo(ledger(period, area, by, now));
        }
        for (DashboardTrendUnit unit : DashboardTrendUnit.values()) {
          List<DashboardPeriod.Bucket> buckets = unit == DashboardTrendUnit.WEEK ? period.weeks() : period.months();
          List<Instant> bounds = new ArrayList<>();
          buckets.forEach(b -> bounds.add(b.from().atStartOfDay(clock.zone()).toInstant()));
          bounds.add(period.end(clock.zone()));
          assertThat(totals.buckets(hazards.visibleTo(OFFICE), period, area, buckets, bounds, now))
              .as(when + ": " + unit + " of " + period.label() + " in " + area)
              .isEqualTo(counting.hazards(reported(period, area, now), DashboardCounting.bucket("reportedAt", bounds, true),
                  now));
        }
      }
    }
  }

  /** The ledger's own count, keys as the dashboard shows them. */
  private Map<Object, DashboardHazardCounts> ledger(DashboardPeriod period, String area, DashboardHazardsBy by,
      Instant now) {
    Map<Object, DashboardHazardCounts> counts = counting.hazards(reported(period, area, now),
        by == null ? null : DashboardCounting.column(by.attribute()), now);
    if (by == null) {
      return counts;
    }
    Map<Object, DashboardHazardCounts> keyed = new LinkedHashMap<>();
    counts.forEach((key, c) -> keyed.put(key == null ? Dashboard.NONE : key.toString(), c));
    return keyed;
  }

  private Specification<Hazard> reported(DashboardPeriod period, String area, Instant now) {
    HazardFilter filter = HazardFilter.reportedBetween(period.from(), period.to());
    return hazards.visibleTo(OFFICE).and((area == null ? filter : filter.inArea(area)).toSpecification(clock.zone(), now));
  }

  private int queued() {
    return jdbc.queryForObject("select count(*) from sg_dashboard_closure", Integer.class);
  }

  private boolean queued(Long id) {
    return jdbc.queryForObject("select count(*) from sg_dashboard_closure where hazard_id = ?", Integer.class, id) > 0;
  }
}
