package cn.safegrid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.support.EmbeddedPostgresInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Hazard loops against bare loops, on embedded PostgreSQL 17, in one run: report, route (the
 * routing job, as the job executor runs it), accept, rectify, verify, close — with the ledger, the
 * audit trail, the routing job and the due timer exactly as in production — against a process with
 * the same three user tasks and nothing else. Both run as authenticated officers (authorization
 * checks on). Prints loops per second, the ratio and SQL round trips per loop; asserts nothing
 * about speed. The production context on PostgreSQL, without the tests' coverage recorder.
 * Run with {@code mvn -Pbenchmark test} (see README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(SqlCounter.Config.class)
class HazardLoopBenchmark {

  static final int LOOPS = Integer.getInteger("benchmark.loops", 300);
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 100);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired AuthorizationService authorizations;

  private final Map<String, List<String>> groups = new HashMap<>();

  @Test
  void hazardLoopAgainstBareLoop() throws Exception {
    repository.createDeployment().name("benchmark").addClasspathResource("benchmark/bare-loop.bpmn").deploy();
    Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    start.setResource(Resources.PROCESS_DEFINITION);
    start.setResourceId("bare-loop");
    start.addPermission(Permissions.READ);
    start.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(start);
    for (String user : List.of("dong.liyong", "huang.shimin", "gao.shihua")) {
      groups.put(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }

    run(1, WARMUP, this::bareLoop);
    run(1, WARMUP, this::hazardLoop);

    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%n== SafeGrid hazard loop benchmark: %d loops per run, embedded PostgreSQL ==%n"
            + "threads | bare loops/s | hazard loops/s | hazard cost (bare/hazard) | SQL round trips (statements) per loop bare / hazard%n",
        LOOPS));
    for (int threads : new int[] {1, 2}) {
      SqlCounter.reset();
      double bare = run(threads, LOOPS, this::bareLoop);
      double bareSql = SqlCounter.ROUND_TRIPS.sum() / (double) LOOPS;
      double bareStatements = (SqlCounter.ROUND_TRIPS.sum() + SqlCounter.BATCHED_STATEMENTS.sum()) / (double) LOOPS;
      double bareMs = SqlCounter.NANOS.sum() / 1e6 / LOOPS;
      Map<String, Long> bareBySql = new HashMap<>();
      SqlCounter.BY_SQL.forEach((sql, count) -> bareBySql.put(sql, count.sum()));
      if (threads == 1) {
        report.append(String.format(Locale.ROOT, "(1 thread: %.1f ms of SQL per bare loop)%n", bareMs));
      }
      SqlCounter.reset();
      double hazard = run(threads, LOOPS, this::hazardLoop);
      double hazardSql = SqlCounter.ROUND_TRIPS.sum() / (double) LOOPS;
      double hazardStatements = (SqlCounter.ROUND_TRIPS.sum() + SqlCounter.BATCHED_STATEMENTS.sum()) / (double) LOOPS;
      if (threads == 1) {
        report.append(String.format(Locale.ROOT, "(1 thread: %.1f ms of SQL per hazard loop)%n",
            SqlCounter.NANOS.sum() / 1e6 / LOOPS));
        report.append("   statements per loop the hazard loop makes beyond the bare loop's:\n");
        SqlCounter.BY_SQL.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue().sum() - bareBySql.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() > 0)
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(40)
            .forEach(e -> report.append(String.format(Locale.ROOT, "   %6.2f  %s%n", e.getValue() / (double) LOOPS,
                shorten(e.getKey()))));
      }
      report.append(String.format(Locale.ROOT, "%7d | %12.1f | %14.1f | %25.2f | %.0f (%.0f) / %.0f (%.0f)%n",
          threads, bare, hazard, bare / hazard, bareSql, bareStatements, hazardSql, hazardStatements));
    }
    System.out.println(report);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(HazardProcess.KEY).active().count())
        .as("every measured hazard loop closed").isZero();
  }

  /** Loops per second of {@code loops} loops spread over {@code threads} threads. */
  private double run(int threads, int loops, Runnable loop) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = loops / threads + (t < loops % threads ? 1 : 0);
      done.add(pool.submit(() -> {
        for (int i = 0; i < share; i++) {
          loop.run();
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
    return loops / (Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e9);
  }

  /** How much of each statement the report shows: {@code -Dbenchmark.sqlWidth=2000} for whole statements. */
  static final int SQL_WIDTH = Integer.getInteger("benchmark.sqlWidth", 100);

  private static String shorten(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim();
    return flat.length() > SQL_WIDTH ? flat.substring(0, SQL_WIDTH) : flat;
  }

  private void bareLoop() {
    String instance = as("dong.liyong", () -> runtime.startProcessInstanceByKey("bare-loop").getId());
    complete("huang.shimin", instance, Map.of());
    complete("huang.shimin", instance, Map.of());
    complete("gao.shihua", instance, Map.of());
  }

  private void hazardLoop() {
    Map<String, Object> report = new HashMap<>();
    report.put("gridCode", "village-xiaogang");
    report.put("hazardCategory", "special-equipment");
    report.put("grade", "general");
    report.put("location", "小岗村养老院锅炉房");
    report.put("description", "锅炉压力表超过检定有效期，仍在使用");
    String instance = as("dong.liyong", () -> runtime.startProcessInstanceByKey(HazardProcess.KEY, report).getId());
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      management.executeJob(job.getId());
    }
    complete("huang.shimin", instance, Map.of("acceptance", "accept", "responsibleUnit", "小岗村养老院",
        "responsiblePerson", "周示例", "responsiblePhone", "13900009999", "measures", "停用送检"));
    complete("huang.shimin", instance, Map.of("rectificationResult", "已送检合格"));
    complete("gao.shihua", instance, Map.of("verification", "pass"));
  }

  private void complete(String user, String instance, Map<String, Object> variables) {
    as(user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  static final boolean AUTHENTICATED = !"false".equals(System.getProperty("benchmark.authenticated"));

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    if (!AUTHENTICATED) {
      return work.get();
    }
    identity.setAuthentication(user, groups.get(user));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
