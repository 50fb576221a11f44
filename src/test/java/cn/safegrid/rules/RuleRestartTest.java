package cn.safegrid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.EmbeddedPostgresInitializer;
import cn.safegrid.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The table an administrator deployed survives real restarts of the server on PostgreSQL, and a
 * release that ships a changed table does not silently replace it: the release's table is reported
 * (in the log and on the rules API and page) and waits for an administrator, while a table no
 * administrator had changed is updated with the release. The server runs as its own process, as in
 * production; the "new release" is the same build with two changed tables in its processes/.
 * Runs before the shared contexts (SpringContextOrder), on its own database of the tests' server.
 */
class RuleRestartTest {

  private static final String RULE_ADMIN = Http.basic("chen.yanhai", "demo");
  private static final String ADMIN = Http.basic("admin", "demo");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anAdministratorsTableSurvivesRestartsAndAReleaseThatChangesItWaitsForAnAdministrator() throws Exception {
    String database = "rules_restart";
    try (Connection connection = EmbeddedPostgresInitializer.server().getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("drop database if exists " + database);
      sql.execute("create database " + database);
    }
    String url = EmbeddedPostgresInitializer.server().getJdbcUrl("postgres", database);
    List<String> classpath = applicationClasspath();
    Path work = Files.createTempDirectory("safegrid-rule-restart");
    try {
      int deployed;
      try (Server first = Server.start(classpath, url, work.resolve("first.log"))) {
        JsonNode routing = table(first, "hazard-routing");
        int base = routing.get("activeVersion").asInt();
        String draft = RuleDrafts.routingWithLead(RuleDrafts.shipped("hazard-routing"), "Rule_SpecialEquipment", "police");
        Map<String, Object> body = new HashMap<>();
        body.put("xml", draft);
        body.put("baseVersion", base);
        body.put("reason", "镇安委会决定：特种设备隐患改由派出所牵头");
        body.put("overrideReason", "市场监管所的测试用例随本次调整作废");
        var response = first.post("/api/rules/hazard-routing/deploy", RULE_ADMIN, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        deployed = JSON.readTree(response.body()).get("version").asInt();
      }

      long deployments;
      try (Server second = Server.start(classpath, url, work.resolve("second.log"))) {
        JsonNode routing = table(second, "hazard-routing");
        assertThat(routing.get("activeVersion").asInt()).isEqualTo(deployed);
        assertThat(routing.get("origin").asText()).isEqualTo("EDIT");
        assertThat(routing.get("pending").isNull()).isTrue();
        deployments = JSON.readTree(second.get("/engine-rest/deployment/count", ADMIN).body()).get("count").asLong();
        assertThat(lead(second, "special-equipment")).isEqualTo("派出所");
      }

      // the next release: the routing table changed (schools to the culture station), the deadline table too
      Path release = work.resolve("release-classes");
      List<String> releaseClasspath = withChangedTables(classpath, release);
      try (Server third = Server.start(releaseClasspath, url, work.resolve("third.log"))) {
        JsonNode routing = table(third, "hazard-routing");
        assertThat(routing.get("activeVersion").asInt()).as("the administrator's table stays in force").isEqualTo(deployed);
        assertThat(routing.get("pending").isNull()).as("the release's table is reported").isFalse();
        assertThat(routing.at("/pending/diffSummary").asText()).contains("牵头部门 \"education\" → \"culture\"");
        assertThat(lead(third, "special-equipment")).isEqualTo("派出所");
        assertThat(lead(third, "school")).isEqualTo("镇教委");

        JsonNode deadlines = table(third, "hazard-deadlines");
        assertThat(deadlines.get("origin").asText()).as("a table no administrator changed follows the release")
            .isEqualTo("RELEASE");
        assertThat(deadlines.get("activeVersion").asInt()).isGreaterThan(1);
        assertThat(deadlines.get("reason").asText()).contains("新版本发布");
        assertThat(JSON.readTree(third.get("/engine-rest/deployment/count", ADMIN).body()).get("count").asLong())
            .isEqualTo(deployments + 1);
      }
      assertThat(Files.readString(work.resolve("third.log")))
          .contains("Rule table hazard-routing: the release ships a changed version")
          .contains("the administrators' version " + deployed + " stays in force");

    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  private static JsonNode table(Server server, String key) throws Exception {
    JsonNode tables = JSON.readTree(server.get("/api/rules", ADMIN).body());
    for (JsonNode table : tables) {
      if (table.get("key").asText().equals(key)) {
        return table;
      }
    }
    throw new AssertionError("no table " + key + " in " + tables);
  }

  /** Reports a hazard of the category in 小岗村 and waits until the job executor has routed it. */
  private static String lead(Server server, String category) throws Exception {
    var reported = server.post("/api/hazards", Http.basic("dong.liyong", "demo"), Map.of("gridCode", "village-xiaogang",
        "hazardCategory", category, "grade", "general", "location", "小岗村", "description", "重启测试：" + category));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String number = JSON.readTree(reported.body()).get("number").asText();
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode hazard = JSON.readTree(server.get("/api/hazards/" + number, ADMIN).body()).get("hazard");
      if (!hazard.get("leadUnitName").isNull()) {
        return hazard.get("leadUnitName").asText();
      }
      Thread.sleep(250); // the job executor routes it in the background
    }
    throw new AssertionError("hazard " + number + " was not routed within a minute");
  }

  /** The same build with the two hazard tables changed, as a later release would ship them. */
  private static List<String> withChangedTables(List<String> classpath, Path release) throws IOException {
    Path classes = classpath.stream().map(Paths::get).filter(p -> p.endsWith(Paths.get("target", "classes")))
        .findFirst().orElseThrow(() -> new AssertionError("target/classes is not on the class path"));
    FileSystemUtils.copyRecursively(classes, release);
    Path routing = release.resolve("hazard-routing.dmn");
    Files.writeString(routing, RuleDrafts.routingWithLead(Files.readString(routing), "Rule_School", "culture"));
    Path deadlines = release.resolve("hazard-deadlines.dmn");
    Files.writeString(deadlines, RuleDrafts.replaceOnce(Files.readString(deadlines),
        "<outputEntry id=\"Rule_Major_LevelOne\">\n          <text>3</text>",
        "<outputEntry id=\"Rule_Major_LevelOne\">\n          <text>4</text>"));
    List<String> changed = new ArrayList<>();
    for (String entry : classpath) {
      changed.add(Paths.get(entry).equals(classes) ? release.toString() : entry);
    }
    return changed;
  }

  /** The application's class path: this JVM's, without the tests' own classes. */
  private static List<String> applicationClasspath() throws IOException {
    List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
      // surefire's manifest-only jar: the class path is in its manifest
      try (JarFile booter = new JarFile(entries.get(0))) {
        String manifest = booter.getManifest().getMainAttributes().getValue("Class-Path");
        entries = Stream.of(manifest.trim().split("\\s+")).map(u -> Paths.get(URI.create(u)).toString()).toList();
      }
    }
    return entries.stream().filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/")).toList();
  }

  /** The application as its own process: started, answering, stopped as an administrator stops it. */
  private static final class Server implements AutoCloseable {

    private final Process process;
    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    private Server(Process process, int port) {
      this.process = process;
      this.base = "http://localhost:" + port;
    }

    static Server start(List<String> classpath, String url, Path log) throws Exception {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx768m", "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8", "-cp", String.join(File.pathSeparator, classpath), "cn.safegrid.SafeGridApplication",
          "--server.port=" + port, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
          "--spring.datasource.password=", "--spring.datasource.driver-class-name=org.postgresql.Driver",
          "--camunda.bpm.database.type=postgres", "--safegrid.demo.enabled=true",
          "--safegrid.inspections.open-on-startup=false")
          .redirectErrorStream(true).redirectOutput(log.toFile());
      Server server = new Server(builder.start(), port);
      Instant until = Instant.now().plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(until)) {
        if (!server.process.isAlive()) {
          throw new AssertionError("the server stopped: " + tail(log));
        }
        try {
          if (server.get("/actuator/health", null).statusCode() == 200) {
            return server;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      server.close();
      throw new AssertionError("the server did not start within 3 minutes: " + tail(log));
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String authorization, Object body) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String tail(Path log) throws IOException {
      String text = Files.exists(log) ? Files.readString(log) : "";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
