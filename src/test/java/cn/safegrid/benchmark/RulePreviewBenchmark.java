package cn.safegrid.benchmark;

import cn.safegrid.rules.RuleBenchmarkDoor;
import cn.safegrid.support.EmbeddedPostgresInitializer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The rule preview on 100,000 ledger hazards on embedded PostgreSQL 17 (issue 11: under 10 s on
 * this 2-core machine), against two baselines measured in the same run: the database alone
 * grouping the same hazards by their inputs, and evaluating the table in force once per hazard
 * with the Camunda DMN engine (what a preview without grouping would do). Prints the figures;
 * asserts nothing about speed. Run with {@code mvn -Pbenchmark test -Dtest=RulePreviewBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(SqlCounter.Config.class)
class RulePreviewBenchmark {

  static final int HAZARDS = Integer.getInteger("benchmark.hazards", 100_000);
  static final int RUNS = 5;
  /** The generated hazards are reported in this year, which the preview's period selects alone. */
  static final int YEAR = 2019;

  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.context.ApplicationContext context;

  @Test
  void previewOfAHundredThousandHazards() {
    RuleBenchmarkDoor rules = new RuleBenchmarkDoor(context);
    List<String> categories = jdbc.queryForList("select code from sg_hazard_category order by code", String.class);
    long generated = System.nanoTime();
    insert(categories);
    double insertSeconds = (System.nanoTime() - generated) / 1e9;
    LocalDate from = LocalDate.of(YEAR, 1, 1);
    LocalDate to = LocalDate.of(YEAR, 12, 31);
    try {
      rules.preview(from, to); // warm-up: parses, plans, caches
      List<Long> preview = new ArrayList<>();
      long changed = 0;
      long cases = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        RuleBenchmarkDoor.Figures figures = rules.preview(from, to);
        preview.add((System.nanoTime() - start) / 1_000_000);
        changed = figures.changed();
        cases = figures.cases();
      }
      List<Long> grouping = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        jdbc.queryForList("select category, count(*) from sg_hazard where reported_at >= ? and reported_at < ? group by category",
            java.sql.Timestamp.from(from.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
            java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        grouping.add((System.nanoTime() - start) / 1_000_000);
      }
      long start = System.nanoTime();
      long evaluated = rules.evaluateOneByOne(from, to);
      long oneByOne = (System.nanoTime() - start) / 1_000_000;

      long median = median(preview);
      System.out.println(String.format(Locale.ROOT, """

          ==== Rule preview benchmark (embedded PostgreSQL 17) ====
          hazards generated             %,d (in %.1f s), %d categories, reported in %d
          hazards previewed             %,d, of which %,d would go to another unit
          preview (draft vs in force)   median %,d ms, max %,d ms over %d runs   target < 10,000 ms
          baseline: SQL grouping alone  median %,d ms
          baseline: DMN per hazard      %,d ms for %,d evaluations (no grouping)
          preview / SQL grouping        %.1f x
          preview / DMN per hazard      %.3f x
          """, HAZARDS, insertSeconds, categories.size(), YEAR, cases, changed, median,
          preview.stream().mapToLong(Long::longValue).max().orElse(0), RUNS, median(grouping), oneByOne, evaluated,
          (double) median / Math.max(1, median(grouping)), (double) median / Math.max(1, oneByOne)));
    } finally {
      jdbc.update("delete from sg_hazard where hazard_number like 'BM-%'");
    }
  }

  private void insert(List<String> categories) {
    Random random = new Random(11);
    Instant start = LocalDate.of(YEAR, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    long yearSeconds = 364L * 24 * 3600;
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < HAZARDS; i++) {
      String category = random.nextInt(50) == 0 ? null : categories.get(random.nextInt(categories.size()));
      batch.add(new Object[] {-1L - i, String.format("BM-%d-%06d", YEAR, i), "bieshan", "village-xiaogang", "小岗村", "east",
          category, category == null ? "未填写类别" : category, random.nextInt(10) == 0 ? "MAJOR" : "GENERAL",
          "基准测试", "基准测试的隐患", "CLOSED", "NONE",
          java.sql.Timestamp.from(start.plusSeconds((long) (random.nextDouble() * yearSeconds)))});
      if (batch.size() == 5_000) {
        flush(batch);
      }
    }
    flush(batch);
  }

  private void flush(List<Object[]> batch) {
    jdbc.batchUpdate("insert into sg_hazard (id, hazard_number, town_code, grid_code, grid_name, area_code, category, "
        + "category_name, grade, location, description, status, escalation, reported_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
    batch.clear();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
