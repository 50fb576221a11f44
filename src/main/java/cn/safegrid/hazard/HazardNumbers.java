package cn.safegrid.hazard;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out hazard numbers: town prefix, year, and a counter that restarts every year
 * (BS-2026-000123). Each number is taken in a short transaction of its own, so concurrent reports
 * do not wait for each other's commit; numbers never repeat and always grow, and a report that
 * fails for a technical reason after taking its number leaves that number unused.
 */
@Component
class HazardNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;
  private final TransactionTemplate creation;

  HazardNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.creation = new TransactionTemplate(transactions);
    this.creation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next(String prefix, int year) {
    Long value = separateTransaction.execute(status -> {
      if (increment(prefix, year) == 0) {
        createCounter(prefix, year);
        increment(prefix, year);
      }
      return jdbc.queryForObject(
          "select last_value from sg_hazard_number where prefix = ? and counter_year = ?", Long.class, prefix, year);
    });
    return String.format("%s-%d-%06d", prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.update("update sg_hazard_number set last_value = last_value + 1 where prefix = ? and counter_year = ?",
        prefix, year);
  }

  /** The year's counter, created in a transaction of its own so a concurrent creation cannot spoil ours. */
  private void createCounter(String prefix, int year) {
    try {
      creation.executeWithoutResult(status ->
          jdbc.update("insert into sg_hazard_number (prefix, counter_year, last_value) values (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException createdMeanwhile) {
      // another report created it first: fine
    }
  }
}
