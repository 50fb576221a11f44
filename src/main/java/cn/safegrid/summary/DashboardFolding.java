package cn.safegrid.summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Folds the closed hazards of the queue into the dashboard's totals ({@link DashboardTotals}) soon
 * after start-up and then every minute ({@code safegrid.dashboard.fold-every}, ISO-8601). Each
 * node runs it; the totals' lock makes them take turns. A fold that fails is logged and tried again
 * at the next turn: the figures stay exact meanwhile (queued hazards are counted from the ledger).
 */
@Configuration
@EnableScheduling
class DashboardFolding {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardFolding.class);

  private final DashboardTotals totals;

  DashboardFolding(DashboardTotals totals) {
    this.totals = totals;
  }

  @Scheduled(initialDelayString = "${safegrid.dashboard.fold-after-start:PT10S}",
      fixedDelayString = "${safegrid.dashboard.fold-every:PT1M}")
  void fold() {
    try {
      int folded = totals.foldAll();
      if (folded > 0) {
        LOG.debug("Dashboard totals: {} closed hazards folded", folded);
      }
    } catch (RuntimeException e) {
      LOG.warn("Dashboard totals: folding failed, trying again at the next turn: {}", e.toString());
    }
  }
}
