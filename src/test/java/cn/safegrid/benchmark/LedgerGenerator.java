package cn.safegrid.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A district's registry and ledgers at scale, written straight into PostgreSQL, for benchmarks
 * (the supervisors' dashboard, the monthly summary): by default 25 towns of 400 grids each (about
 * 10,000 grids: a town grid, 38 villages in 4 areas, some 43 enterprises, schools, hospitals and
 * institutions, the rest their sub-grids), three years of weekly inspection rounds (villages once a
 * week, units twice) with about 5,000,000 answered items, and 1,000,000 hazards, 60 % of them
 * findings of those rounds and the rest reports, spread over the three years with the seasons, in
 * every category, grade, status and escalation the ledger knows.
 *
 * <p>What it writes is what the application would have written: the town's own catalogue
 * (categories, checklists) is read from the database, every hazard is routed by the deployed rule
 * table {@code hazard-routing.dmn} and given its deadlines by {@code hazard-deadlines.dmn}
 * (evaluated here with the standalone DMN engine), deadlines and escalation dates are computed in
 * town time as {@code HazardLedger} computes them, rounds open and fall due in the windows of
 * {@code InspectionWeek}, and the registry's departments are those of the demo town, copied into
 * each generated town under a town prefix ({@code g07-fire-brigade}). Names of grids, people and
 * places are invented.
 *
 * <p>It bypasses the application on purpose: rows are loaded with {@code COPY} (registry rows with
 * batched inserts), the registry's revision is raised so that {@code Registry} reloads within its
 * recheck interval, and the sequences are moved past the generated ids. It does not mirror the
 * generated people into Camunda users and groups (thousands of groups would take minutes and no
 * benchmark needs them); a benchmark builds a {@code CurrentUser} from {@code RegistryIndex.groups()}
 * instead, exactly the groups the mirror would give. No process instances, no trail events
 * ({@code sg_hazard_event}) and no photos are generated.
 *
 * <p>Deterministic for a given {@link Size} (seed included) and {@code now}. PostgreSQL only.
 *
 * <pre>{@code
 * LedgerGenerator.Result district = LedgerGenerator.generate(dataSource, LedgerGenerator.Size.district(),
 *     clock.now(), clock.zone());
 * district.sample("village-leader");   // a login, e.g. g01.p00071
 * }</pre>
 */
public final class LedgerGenerator {

  /**
   * How much to generate. {@code unitsPerTown} is derived from the item target: enough units (who
   * inspect twice a week) that the done rounds answer about {@code inspectionItems} items.
   */
  public record Size(int towns, int gridsPerTown, int villagesPerTown, int hazards, long inspectionItems,
      int years, double inspectionShare, long seed) {

    /** About 10,000 grids, 1,000,000 hazards and 5,000,000 inspection items over three years. */
    public static Size district() {
      return new Size(25, 400, 38, 1_000_000, 5_000_000, 3, 0.6, 20_260_101L);
    }

    /** The same district, every count multiplied by {@code factor} (towns rounded, at least one). */
    public Size scaled(double factor) {
      return new Size(Math.max(1, (int) Math.round(towns * factor)), gridsPerTown, villagesPerTown,
          (int) Math.round(hazards * factor), Math.round(inspectionItems * factor), years, inspectionShare, seed);
    }
  }

  /** What was generated, and a few logins of each role for benchmarks to act as. */
  public record Result(Size size, Instant now, List<String> townCodes, int grids, int people, long rounds,
      long items, long hazards, Duration took, Map<String, String> samples) {

    /**
     * A login of this role in the first generated town: {@code level-one-leader}, {@code level-two-leader}
     * (also an area leader), {@code department-head} (the town's fire brigade), {@code area-deputy},
     * {@code liaison-cadre}, {@code village-leader}, {@code village-member}, {@code unit-leader}.
     */
    public String sample(String role) {
      String login = samples.get(role);
      if (login == null) {
        throw new IllegalArgumentException("no sample login for role " + role + "; roles: " + samples.keySet());
      }
      return login;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d towns, %d grids, %d people, %d inspection rounds, %d items, %d hazards"
          + " (now %s, generated in %d s)", townCodes.size(), grids, people, rounds, items, hazards, now, took.toSeconds());
    }
  }

  /**
   * Generates the district into the database behind {@code dataSource} (PostgreSQL with SafeGrid's
   * schema and catalogue, and the demo town's departments to copy). Refuses to run twice into one
   * database: the generated towns' codes would collide. {@link #existing} tells whether it ran.
   */
  public static Result generate(DataSource dataSource, Size size, Instant now, ZoneId zone) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return new LedgerGenerator(connection, size, now, zone).run();
    } catch (SQLException e) {
      throw new IllegalStateException("generating the district failed: " + e.getMessage(), e);
    }
  }

  /** Whether the database already holds a generated district (the first generated town). */
  public static boolean existing(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("select count(*) from sg_town where code = ?")) {
      query.setString(1, townCode(1));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How the ledgers in the database are distributed (rows per status, escalation, grade, kind of
   * round, year), for a benchmark's report: a few grouped counts, generated rows and others alike.
   */
  public static String describe(DataSource dataSource) {
    String[][] queries = {
        {"hazards by status", "select status, count(*) from sg_hazard group by status order by 2 desc"},
        {"hazards by escalation", "select escalation, count(*) from sg_hazard group by escalation order by 2 desc"},
        {"hazards by grade", "select grade, count(*) from sg_hazard group by grade order by 2 desc"},
        {"hazards from rounds / reports", "select case when source like '排查 %' then 'round' else 'report' end,"
            + " count(*) from sg_hazard group by 1 order by 1"},
        {"hazards by year reported (UTC)", "select extract(year from reported_at)::int, count(*) from sg_hazard"
            + " group by 1 order by 1"},
        {"rounds by status", "select status, count(*) from sg_inspection group by status order by 2 desc"},
        {"items by result", "select result, count(*) from sg_inspection_item group by result order by 2 desc"},
        {"grids by kind", "select kind, count(*) from sg_grid group by kind order by 2 desc"}};
    StringBuilder out = new StringBuilder();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String[] query : queries) {
        out.append(query[0]).append(':');
        try (ResultSet rows = statement.executeQuery(query[1])) {
          while (rows.next()) {
            out.append(' ').append(rows.getString(1)).append('=').append(rows.getLong(2));
          }
        }
        out.append('\n');
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
  private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉建国红梅志新春海波宇浩凯雪琳晨阳光亮斌林利民永福生德文荣庆宏兴").split("");
  private static final String[] PLACE_A = "东西南北上下前后大小新老中高".split("");
  private static final String[] PLACE_B = "营庄河桥岭峪沟洼台屯店坨铺寨堡窑湾口".split("");
  private static final String[] PROBLEMS = {
      "设施老化破损，存在安全隐患", "安全警示标志缺失", "未落实日常检查和记录制度", "消防器材过期未更换",
      "通道被杂物堵塞", "电气线路私拉乱接", "作业人员未按规定佩戴防护用品", "防护栏杆缺失或松动",
      "应急照明损坏", "易燃物品靠近火源堆放", "安全管理制度未上墙公示", "有限空间入口无警示和防护",
      "现场无专人看管", "特种作业人员无证上岗", "安全出口锁闭", "排水设施堵塞"};
  private static final String[] KEY_PLACES = {"配电室", "液化气瓶存放点", "柴草集中堆放点", "仓库", "锅炉房", "厨房",
      "变压器", "机井房", "危化品库", "沼气池", "加油设备", "消防水池"};

  /** Seasons: fire hazards in winter, more findings as the grid works better (from 0.8 to 1.2 of the mean). */
  private static double weekWeight(LocalDate monday, LocalDate first, LocalDate last) {
    double season = 1 + 0.25 * Math.cos(2 * Math.PI * (monday.getDayOfYear() - 15) / 365.0);
    double span = Math.max(1, last.toEpochDay() - first.toEpochDay());
    double growth = 0.8 + 0.4 * (monday.toEpochDay() - first.toEpochDay()) / span;
    return season * growth;
  }

  private final Connection connection;
  private final Size size;
  private final Instant now;
  private final ZoneId zone;
  private final Random random;
  private final CopyManager copy;

  private long nextRegistryId;
  private long nextHazardId;
  private long nextInspectionId;
  private long nextItemId;

  private final List<Department> templateDepartments = new ArrayList<>();
  private final Map<String, String> categoryNames = new LinkedHashMap<>();
  private final List<ChecklistItem> villageChecklist = new ArrayList<>();
  private final List<ChecklistItem> unitChecklist = new ArrayList<>();
  private final Map<String, Routing> routing = new HashMap<>();
  private final Map<String, int[]> deadlineDays = new HashMap<>();
  private final List<String> reportCategories = new ArrayList<>();

  private final List<TownData> towns = new ArrayList<>();
  private final Map<String, Integer> hazardCounters = new HashMap<>();
  private final Map<String, String> samples = new LinkedHashMap<>();
  private int people;
  private long rounds;
  private long items;
  private long hazardsWritten;

  private LedgerGenerator(Connection connection, Size size, Instant now, ZoneId zone) throws SQLException {
    this.connection = connection;
    this.size = size;
    this.now = now;
    this.zone = zone;
    this.random = new Random(size.seed());
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  record Department(String code, String name, String categories) {}

  record ChecklistItem(String key, String label, String defaultCategory, Map<String, String> kindDefaults) {}

  record Routing(String lead, List<String> assisting) {}

  record Person(long id, String code, String name, String login) {}

  /** A generated grid; {@code weight} makes some grids find and report more than others. */
  static final class GridData {
    long id;
    String code;
    String name;
    String kind;
    String areaCode;
    String areaGroup;
    String category;
    String supervising;
    double weight;
    double diligence;
    final List<Person> members = new ArrayList<>();
    final List<String[]> keyPlaces = new ArrayList<>();   // {code, label, category}
  }

  static final class TownData {
    String code;
    String name;
    String prefix;
    long id;
    String townGridCode;
    final Map<String, String> departments = new LinkedHashMap<>();   // template code → generated code
    final List<GridData> villages = new ArrayList<>();
    final List<GridData> units = new ArrayList<>();
    final List<GridData> subGrids = new ArrayList<>();
  }

  static String townCode(int n) {
    return String.format(Locale.ROOT, "g%02d", n);
  }

  private Result run() throws SQLException {
    long started = System.nanoTime();
    if (existingTown()) {
      throw new IllegalStateException("the database already holds a generated district (town " + townCode(1) + ")");
    }
    readCatalogue();
    readRules();
    startIds();
    writeRegistry();
    writeLedgers();
    finishSequences();
    try (Statement statement = connection.createStatement()) {
      statement.execute("update sg_registry_state set revision = revision + 1 where id = 1");
      statement.execute("analyze");
    }
    int grids = towns.stream().mapToInt(t -> 1 + t.villages.size() + t.units.size() + t.subGrids.size()).sum();
    return new Result(size, now, towns.stream().map(t -> t.code).toList(), grids, people, rounds, items,
        hazardsWritten, Duration.ofNanos(System.nanoTime() - started), Map.copyOf(samples));
  }

  private boolean existingTown() throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select count(*) from sg_town where code = ?")) {
      query.setString(1, townCode(1));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  // ------------------------------------------------------------------------------- what the town has

  private void readCatalogue() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("select d.code, d.name, d.categories from sg_department d"
          + " join sg_town t on t.id = d.town_id where t.code = (select min(code) from sg_town) order by d.code")) {
        while (rows.next()) {
          templateDepartments.add(new Department(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
      try (ResultSet rows = statement.executeQuery(
          "select code, name from sg_hazard_category where active order by sort_order")) {
        while (rows.next()) {
          categoryNames.put(rows.getString(1), rows.getString(2));
        }
      }
      try (ResultSet rows = statement.executeQuery("select v.checklist_code, i.item_key, i.label, i.default_category,"
          + " i.kind_defaults from sg_checklist_item i join sg_checklist_version v on v.id = i.version_id"
          + " join sg_checklist c on c.code = v.checklist_code and c.current_version = v.version_no"
          + " order by v.checklist_code, i.position")) {
        while (rows.next()) {
          Map<String, String> kinds = new HashMap<>();
          String defaults = rows.getString(5);
          if (defaults != null) {
            for (String pair : defaults.split(";")) {
              String[] kv = pair.split("=");
              kinds.put(kv[0].trim(), kv[1].trim());
            }
          }
          ChecklistItem item = new ChecklistItem(rows.getString(2), rows.getString(3), rows.getString(4), kinds);
          ("village".equals(rows.getString(1)) ? villageChecklist : unitChecklist).add(item);
        }
      }
    }
    if (templateDepartments.isEmpty() || categoryNames.isEmpty() || villageChecklist.isEmpty() || unitChecklist.isEmpty()) {
      throw new IllegalStateException("the generator copies the demo town's departments and reads the catalogue:"
          + " run it on a database with the demo town loaded (profile test)");
    }
    // reports: the categories of village life come up more often than a railway or a cemetery
    for (String code : categoryNames.keySet()) {
      int weight = switch (code) {
        case "fire", "electrical", "fire-lane", "firewood-pile", "group-rental", "small-shop", "road-traffic" -> 8;
        case "fire-water", "individual-business", "industrial-trade", "hazardous-chemicals", "rural-housing",
            "building-construction", "nine-small-places", "straw-burning", "food-drug" -> 4;
        default -> 1;
      };
      for (int i = 0; i < weight; i++) {
        reportCategories.add(code);
      }
    }
  }

  /** Routing and deadlines of every category, from the deployed rule tables. */
  private void readRules() {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision routingTable = decision(engine, "hazard-routing.dmn", "hazard-routing");
    DmnDecision deadlineTable = decision(engine, "hazard-deadlines.dmn", "hazard-deadlines");
    List<String> codes = new ArrayList<>(categoryNames.keySet());
    codes.add("other");
    for (String code : codes) {
      DmnDecisionTableResult routed = engine.evaluateDecisionTable(routingTable,
          Variables.createVariables().putValue("hazardCategory", code));
      String lead = routed.isEmpty() ? null : routed.getFirstResult().getEntry("leadDepartment");
      String assisting = routed.isEmpty() ? null : routed.getFirstResult().getEntry("assistingDepartments");
      List<String> assists = new ArrayList<>();
      if (assisting != null) {
        for (String a : assisting.split("[,，\\s]+")) {
          if (!a.isBlank() && !a.equals(lead)) {
            assists.add(a.trim());
          }
        }
      }
      routing.put(code, new Routing(lead == null || lead.isBlank() ? "safety-office" : lead, assists));
      for (String grade : List.of("general", "major")) {
        DmnDecisionTableResult days = engine.evaluateDecisionTable(deadlineTable,
            Variables.createVariables().putValue("grade", grade).putValue("hazardCategory", code));
        deadlineDays.put(grade + "/" + code, new int[] {
            ((Number) days.getFirstResult().getEntry("rectificationDays")).intValue(),
            ((Number) days.getFirstResult().getEntry("levelTwoAfterDays")).intValue(),
            ((Number) days.getFirstResult().getEntry("levelOneAfterDays")).intValue(),
            ((Number) days.getFirstResult().getEntry("accountabilityAfterDays")).intValue()});
      }
    }
  }

  private static DmnDecision decision(DmnEngine engine, String resource, String key) {
    try (InputStream in = LedgerGenerator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return engine.parseDecision(key, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startIds() throws SQLException {
    nextRegistryId = Math.max(maxId("sg_town", "sg_person", "sg_area", "sg_department", "sg_grid", "sg_grid_role",
        "sg_key_place"), sequence("sg_registry_seq")) + 100_000;
    nextHazardId = Math.max(maxId("sg_hazard"), sequence("sg_hazard_seq")) + 100_000;
    nextInspectionId = Math.max(maxId("sg_inspection"), sequence("sg_inspection_seq")) + 100_000;
    nextItemId = Math.max(maxId("sg_inspection_item"), sequence("sg_inspection_item_seq")) + 100_000;
  }

  private long maxId(String... tables) throws SQLException {
    long max = 0;
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
          rows.next();
          max = Math.max(max, rows.getLong(1));
        }
      }
    }
    return max;
  }

  private long sequence(String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select last_value from " + name)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void finishSequences() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select setval('sg_registry_seq', " + (nextRegistryId + 1_000) + ")");
      statement.execute("select setval('sg_hazard_seq', " + (nextHazardId + 1_000) + ")");
      statement.execute("select setval('sg_inspection_seq', " + (nextInspectionId + 1_000) + ")");
      statement.execute("select setval('sg_inspection_item_seq', " + (nextItemId + 1_000) + ")");
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into sg_hazard_number (prefix, counter_year, last_value) values (?, ?, ?)")) {
      for (Map.Entry<String, Integer> counter : hazardCounters.entrySet()) {
        String[] key = counter.getKey().split("/");
        insert.setString(1, key[0]);
        insert.setInt(2, Integer.parseInt(key[1]));
        insert.setLong(3, counter.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  // ------------------------------------------------------------------------------------ the registry

  private final Map<String, List<Object[]>> registryRows = new LinkedHashMap<>();

  private void row(String table, Object... values) {
    registryRows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
  }

  private String personName() {
    String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(3) == 0 ? "" : GIVEN[random.nextInt(GIVEN.length)]);
    return SURNAMES[random.nextInt(SURNAMES.length)] + given;
  }

  private Person person(TownData town, String title) {
    people++;
    String code = String.format(Locale.ROOT, "%s-p%05d", town.code, people);
    String login = String.format(Locale.ROOT, "%s.p%05d", town.code, people);
    Person person = new Person(nextRegistryId++, code, personName(), login);
    row("sg_person", person.id(), code, person.name(), String.format(Locale.ROOT, "139%08d", people), title, login,
        true, false, 0L);
    return person;
  }

  private void role(GridData grid, long gridId, Person person, String role, Long villageId, String duty) {
    row("sg_grid_role", nextRegistryId++, gridId, person.id(), role, villageId, duty);
    if (grid != null) {
      grid.members.add(person);
    }
  }

  private String placeName(java.util.Set<String> used, String suffix) {
    for (int attempt = 0; ; attempt++) {
      String name = PLACE_A[random.nextInt(PLACE_A.length)] + PLACE_B[random.nextInt(PLACE_B.length)]
          + (attempt > 20 ? String.valueOf(attempt) : "") + suffix;
      if (used.add(name)) {
        return name;
      }
    }
  }

  private void writeRegistry() throws SQLException {
    java.util.Set<String> townNames = new java.util.HashSet<>();
    int inspectingUnits = unitsPerTown();
    for (int t = 1; t <= size.towns(); t++) {
      TownData town = new TownData();
      town.code = townCode(t);
      town.name = placeName(townNames, "镇");
      town.prefix = "G" + (char) ('A' + (t - 1) / 26) + (char) ('A' + (t - 1) % 26);
      town.id = nextRegistryId++;
      town.townGridCode = town.code + "-town";
      towns.add(town);
      row("sg_town", town.id, town.code, town.name, "示例区", town.prefix, 0L);

      long townGridId = nextRegistryId++;
      row("sg_grid", townGridId, town.townGridCode, town.name, "TOWN", town.id, null, null, null,
          town.name + "人民政府", null, 0L, null);
      List<Person> levelOne = List.of(person(town, "镇党委书记"), person(town, "镇长"));
      levelOne.forEach(p -> role(null, townGridId, p, "LEVEL1_LEADER", null, "一级网格长"));
      List<Person> levelTwo = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Person p = person(town, "副镇长");
        levelTwo.add(p);
        role(null, townGridId, p, "LEVEL2_LEADER", null, "二级网格长，分管片区和行业");
      }
      samples.putIfAbsent("level-one-leader", levelOne.get(0).login());
      samples.putIfAbsent("level-two-leader", levelTwo.get(0).login());

      Map<String, Long> departmentIds = new HashMap<>();
      Map<String, Person> heads = new HashMap<>();
      List<Person> cadres = new ArrayList<>();
      int d = 0;
      for (Department template : templateDepartments) {
        String code = town.code + "-" + template.code();
        town.departments.put(template.code(), code);
        long id = nextRegistryId++;
        departmentIds.put(template.code(), id);
        Person head = person(town, template.name() + "负责人");
        Person member = person(town, template.name() + "干事");
        heads.put(template.code(), head);
        cadres.add(member);
        row("sg_department", id, code, template.name(), town.id, head.id(), levelTwo.get(d++ % levelTwo.size()).id(),
            template.categories(), 0L);
        row("sg_department_member", id, member.id());
        role(null, townGridId, head, "DEPUTY_LEVEL2_LEADER", null, template.name() + "负责人");
      }
      samples.putIfAbsent("department-head", heads.get("fire-brigade").login());

      List<String> areaCodes = new ArrayList<>();
      List<Long> areaIds = new ArrayList<>();
      String[] areaNames = {"东片", "西片", "南片", "北片"};
      List<Person> deputies = new ArrayList<>(heads.values());
      for (int a = 0; a < 4; a++) {
        String code = town.code + "-" + new String[] {"east", "west", "south", "north"}[a];
        long id = nextRegistryId++;
        areaCodes.add(code);
        areaIds.add(id);
        Person deputy = deputies.get(a);
        row("sg_area", id, code, areaNames[a], town.id, levelTwo.get(a).id(), deputy.id(), 0L);
        if (a == 0) {
          samples.putIfAbsent("area-deputy", deputy.login());
        }
      }

      java.util.Set<String> names = new java.util.HashSet<>();
      for (int v = 0; v < size.villagesPerTown(); v++) {
        GridData village = grid(town, String.format(Locale.ROOT, "%s-v%03d", town.code, v + 1),
            placeName(names, "村"), "VILLAGE");
        int area = v % 4;
        village.areaCode = areaCodes.get(area);
        village.areaGroup = "area-" + village.areaCode;
        row("sg_grid", village.id, village.code, village.name, "VILLAGE", town.id, townGridId, areaIds.get(area), null,
            town.name + village.name + "村委会", null, 0L, null);
        Person leader = person(town, "村党支部书记兼村委会主任");
        role(village, village.id, leader, "GRID_LEADER", null, "网格长");
        for (int i = 0; i < 2; i++) {
          role(village, village.id, person(town, "村两委委员"), "DEPUTY_GRID_LEADER", null, "副网格长");
        }
        for (int i = 0; i < 2; i++) {
          role(village, village.id, person(town, "村民代表"), "GRID_MEMBER", null, "网格员");
        }
        Person cadre = cadres.get(v % cadres.size());
        row("sg_grid_role", nextRegistryId++, townGridId, cadre.id(), "LIAISON_CADRE", village.id, "包村干部");
        keyPlaces(village, 1 + random.nextInt(3));
        town.villages.add(village);
        if (v == 0 && t == 1) {
          samples.putIfAbsent("village-leader", leader.login());
          samples.putIfAbsent("village-member", village.members.get(3).login());
          samples.putIfAbsent("liaison-cadre", cadre.login());
        }
      }

      for (int u = 0; u < inspectingUnits; u++) {
        String kind;
        String supervising;
        String category;
        double pick = random.nextDouble();
        if (pick < 0.10) {
          kind = "SCHOOL"; supervising = "education"; category = "school";
        } else if (pick < 0.13) {
          kind = "HOSPITAL"; supervising = "health"; category = "medical";
        } else if (pick < 0.18) {
          kind = "INSTITUTION"; supervising = "public-service"; category = "elderly-care";
        } else if (pick < 0.28) {
          kind = "ENTERPRISE"; supervising = "environment"; category = "auto-repair";
        } else if (pick < 0.36) {
          kind = "ENTERPRISE"; supervising = "agri-veterinary"; category = "livestock-farm";
        } else {
          kind = "ENTERPRISE"; supervising = "enterprise-economy"; category = "industrial-trade";
        }
        String suffix = switch (kind) {
          case "SCHOOL" -> "小学";
          case "HOSPITAL" -> "卫生院";
          case "INSTITUTION" -> "敬老院";
          default -> switch (category) {
            case "auto-repair" -> "汽修厂";
            case "livestock-farm" -> "养殖场";
            default -> "有限公司";
          };
        };
        GridData unit = grid(town, String.format(Locale.ROOT, "%s-u%03d", town.code, u + 1),
            placeName(names, suffix), kind);
        unit.category = categoryNames.containsKey(category) ? category : null;
        unit.supervising = town.departments.get(supervising);
        row("sg_grid", unit.id, unit.code, unit.name, kind, town.id, townGridId, null,
            departmentIds.get(supervising), town.name + unit.name, null, 0L, unit.category);
        Person leader = person(town, "法定代表人");
        role(unit, unit.id, leader, "GRID_LEADER", null, "网格长");
        role(unit, unit.id, person(town, "安全员"), "GRID_MEMBER", null, "网格员");
        keyPlaces(unit, 1 + random.nextInt(3));
        town.units.add(unit);
        if (u == 0 && t == 1) {
          samples.putIfAbsent("unit-leader", leader.login());
        }
      }

      int subGrids = size.gridsPerTown() - 1 - size.villagesPerTown() - inspectingUnits;
      String[] posts = {"生产车间", "仓储", "食堂", "教学楼", "宿舍", "办公区", "配电", "门卫"};
      for (int s = 0; s < subGrids; s++) {
        GridData parent = town.units.get(s % town.units.size());
        GridData sub = new GridData();
        sub.id = nextRegistryId++;
        sub.code = String.format(Locale.ROOT, "%s-s%02d", parent.code, s / town.units.size() + 1);
        sub.name = parent.name + posts[s % posts.length] + (s / town.units.size() + 1);
        sub.kind = "SUB_GRID";
        row("sg_grid", sub.id, sub.code, sub.name, "SUB_GRID", town.id, parent.id, null, null, null, null, 0L, null);
        role(sub, sub.id, person(town, "岗位负责人"), "GRID_LEADER", null, "基础网格长");
        town.subGrids.add(sub);
      }
    }
    insertRegistry();
  }

  private GridData grid(TownData town, String code, String name, String kind) {
    GridData grid = new GridData();
    grid.id = nextRegistryId++;
    grid.code = code;
    grid.name = name;
    grid.kind = kind;
    // most grids find a hazard now and then; a few find (or have) many more
    grid.weight = Math.exp(random.nextGaussian() * 0.6);
    grid.diligence = random.nextDouble() < 0.1 ? 0.6 + 0.25 * random.nextDouble() : 0.88 + 0.11 * random.nextDouble();
    return grid;
  }

  private void keyPlaces(GridData grid, int count) {
    for (int k = 0; k < count; k++) {
      String name = KEY_PLACES[random.nextInt(KEY_PLACES.length)];
      boolean source = name.contains("危化品") || name.contains("液化气") || name.contains("加油");
      String category = switch (name) {
        case "配电室", "变压器" -> "electrical";
        case "液化气瓶存放点", "危化品库", "加油设备" -> "hazardous-chemicals";
        case "柴草集中堆放点" -> "firewood-pile";
        case "机井房" -> "water-facility";
        case "沼气池" -> "biogas";
        case "锅炉房" -> "special-equipment";
        default -> "fire";
      };
      String code = grid.code + "-k" + (k + 1);
      row("sg_key_place", nextRegistryId++, grid.id, code, name, source, grid.name + name, 0L,
          categoryNames.containsKey(category) ? category : null);
      grid.keyPlaces.add(new String[] {code, source ? name + "（危险源）" : name, category});
    }
  }

  private void insertRegistry() throws SQLException {
    Map<String, String> columns = Map.of(
        "sg_town", "id, code, name, district, hazard_prefix, version",
        "sg_person", "id, code, name, phone, title, login_id, active, administrator, version",
        "sg_grid", "id, code, name, kind, town_id, parent_id, area_id, supervising_department_id, address,"
            + " inspections_per_week, version, hazard_category",
        "sg_department", "id, code, name, town_id, head_id, supervisor_id, categories, version",
        "sg_department_member", "department_id, person_id",
        "sg_area", "id, code, name, town_id, leader_id, deputy_id, version",
        "sg_grid_role", "id, grid_id, person_id, role, village_id, duty",
        "sg_key_place", "id, grid_id, code, name, hazard_source, description, version, hazard_category");
    // in the order of the foreign keys; grids refer to their parents, written before them
    for (String table : List.of("sg_town", "sg_person", "sg_department", "sg_department_member", "sg_area", "sg_grid",
        "sg_grid_role", "sg_key_place")) {
      StringBuilder data = new StringBuilder();
      for (Object[] values : registryRows.getOrDefault(table, List.of())) {
        copyRow(data, values);
      }
      copyIn(table, columns.get(table), data);
    }
    registryRows.clear();
  }

  /** Units enough that the rounds answer about the item target over the years. */
  private int unitsPerTown() {
    double weeks = size.years() * 52.18;
    double villageItems = villageChecklist.size() + 2.0;
    double unitItems = unitChecklist.size() + 2.0;
    double doneShare = 0.92;
    double perTownVillages = weeks * size.villagesPerTown() * villageItems * doneShare;
    double perUnit = weeks * 2 * unitItems * doneShare;
    double wanted = size.inspectionItems() / (double) size.towns() - perTownVillages;
    int units = (int) Math.max(1, Math.round(wanted / perUnit));
    return Math.min(units, size.gridsPerTown() - 1 - size.villagesPerTown());
  }

  // ------------------------------------------------------------------------------------- the ledgers

  private final StringBuilder roundRows = new StringBuilder();
  private final StringBuilder itemRows = new StringBuilder();
  private final StringBuilder hazardRows = new StringBuilder();

  private void writeLedgers() throws SQLException {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate first = today.minusYears(size.years()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<GridData> inspecting = new ArrayList<>();
    List<GridData> all = new ArrayList<>();
    for (TownData town : towns) {
      inspecting.addAll(town.villages);
      inspecting.addAll(town.units);
      all.addAll(town.villages);
      all.addAll(town.units);
      all.addAll(town.subGrids);
    }
    // the finding rate that makes the inspection share of the hazards come out of the rounds
    double weightSum = 0;
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      weightSum += weekWeight(monday, first, last);
    }
    double expectedItems = 0;
    double meanWeeks = weightSum;
    for (GridData grid : inspecting) {
      int perRound = checklistOf(grid).size() + grid.keyPlaces.size();
      int roundsPerWeek = grid.kind.equals("VILLAGE") ? 1 : 2;
      expectedItems += meanWeeks * roundsPerWeek * perRound * (grid.diligence + 0.04) * grid.weight;
    }
    double findingRate = size.hazards() * size.inspectionShare() / expectedItems;
    Map<TownData, List<GridData>> gridsOf = new LinkedHashMap<>();
    for (TownData town : towns) {
      List<GridData> grids = new ArrayList<>(town.villages);
      grids.addAll(town.units);
      grids.addAll(town.subGrids);
      gridsOf.put(town, grids);
    }
    double weightedReported = 0;
    long target = 0;
    int chunkWeeks = 0;
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      double week = weekWeight(monday, first, last);
      for (TownData town : towns) {
        for (GridData grid : town.villages) {
          rounds(town, grid, monday, 1, findingRate * week);
        }
        for (GridData grid : town.units) {
          rounds(town, grid, monday, 2, findingRate * week);
        }
      }
      // reports fill up to the share of the total this week stands for, so the total comes out exact
      weightedReported += week;
      target = Math.round(size.hazards() * weightedReported / weightSum);
      long reports = target - hazardsWritten;
      ZonedDateTime start = monday.atStartOfDay(zone);
      long weekSeconds = Math.min(7 * 86_400L, Math.max(0, Duration.between(start.toInstant(), now).getSeconds()));
      for (long r = 0; r < reports && weekSeconds > 0; r++) {
        TownData town = towns.get(random.nextInt(towns.size()));
        List<GridData> grids = gridsOf.get(town);
        GridData grid = pickWeighted(grids);
        Instant at = start.toInstant().plusSeconds((long) (random.nextDouble() * weekSeconds));
        String category = grid.category != null && random.nextInt(3) == 0 ? grid.category
            : reportCategories.get(random.nextInt(reportCategories.size()));
        Person reporter = grid.members.isEmpty() ? null : grid.members.get(random.nextInt(grid.members.size()));
        hazard(town, grid, category, at, reporter, grid.name + "·" + PROBLEMS[random.nextInt(PROBLEMS.length)].substring(0, 2) + "处", null);
      }
      if (++chunkWeeks == 4) {
        flush();
        chunkWeeks = 0;
      }
    }
    flush();
  }

  private GridData pickWeighted(List<GridData> grids) {
    // rejection sampling on the grids' weights (a few are heavy)
    while (true) {
      GridData grid = grids.get(random.nextInt(grids.size()));
      if (random.nextDouble() * 4 < grid.weight) {
        return grid;
      }
    }
  }

  private List<ChecklistItem> checklistOf(GridData grid) {
    return grid.kind.equals("VILLAGE") ? villageChecklist : unitChecklist;
  }

  /** The week's rounds of one grid, their answers and their findings. */
  private void rounds(TownData town, GridData grid, LocalDate monday, int perWeek, double findingRate) {
    ZonedDateTime start = monday.atStartOfDay(zone);
    for (int round = 1; round <= perWeek; round++) {
      Instant opens = start.plusDays((long) Math.floor((round - 1) * 7.0 / perWeek)).toInstant();
      Instant due = start.plusDays((long) Math.floor(round * 7.0 / perWeek)).toInstant();
      if (opens.isAfter(now)) {
        continue;
      }
      long id = nextInspectionId++;
      rounds++;
      String status;
      Instant doneAt = null;
      Instant remindedAt = null;
      Instant missedAt = null;
      Instant closedAt = null;
      double u = random.nextDouble();
      long windowSeconds = Duration.between(opens, due).getSeconds();
      if (due.isAfter(now)) {
        double elapsed = Duration.between(opens, now).getSeconds() / (double) windowSeconds;
        if (u < elapsed * 0.8) {
          status = "DONE";
          doneAt = opens.plusSeconds((long) (random.nextDouble() * Duration.between(opens, now).getSeconds()));
        } else {
          status = "OPEN";
        }
      } else if (u < grid.diligence) {
        status = "DONE";
        doneAt = opens.plusSeconds((long) ((0.2 + 0.8 * random.nextDouble()) * windowSeconds) - 1);
      } else if (u < grid.diligence + 0.04) {
        doneAt = due.plusSeconds(3_600 + (long) (random.nextDouble() * 9 * 86_400));
        status = doneAt.isAfter(now) ? null : "DONE_LATE";
        if (status == null) {
          doneAt = null;
        }
      } else {
        status = null;
      }
      if (status == null) {
        remindedAt = due;
        if (now.isBefore(due.plus(Duration.ofDays(1)))) {
          status = "OVERDUE";
        } else if (now.isBefore(due.plus(Duration.ofDays(14)))) {
          status = "MISSED";
          missedAt = due.plus(Duration.ofDays(1));
        } else {
          status = "CLOSED_UNFINISHED";
          missedAt = due.plus(Duration.ofDays(1));
          closedAt = due.plus(Duration.ofDays(14));
        }
      } else if (status.equals("DONE_LATE")) {
        remindedAt = due;
        if (doneAt.isAfter(due.plus(Duration.ofDays(1)))) {
          missedAt = due.plus(Duration.ofDays(1));
        }
      }
      String isoWeek = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
          + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      String businessKey = grid.code + "/" + isoWeek + "/" + round;
      Person doer = grid.members.get(grid.members.size() > 1 ? 1 + random.nextInt(grid.members.size() - 1) : 0);
      List<String> numbers = new ArrayList<>();
      String summary = null;
      if (doneAt != null) {
        int passed = 0;
        int notApplicable = 0;
        List<Object[]> answered = new ArrayList<>();
        for (ChecklistItem item : checklistOf(grid)) {
          String category = item.defaultCategory() != null ? item.defaultCategory()
              : item.kindDefaults().getOrDefault(grid.kind, grid.category != null ? grid.category : "other");
          answered.add(new Object[] {item.key(), item.label(), false, category});
        }
        for (String[] place : grid.keyPlaces) {
          answered.add(new Object[] {place[0], place[1], true, place[2]});
        }
        for (Object[] answer : answered) {
          double r = random.nextDouble();
          String result;
          String remark = null;
          String category = null;
          String grade = null;
          String categoryName = null;
          String number = null;
          if (r < findingRate * grid.weight) {
            result = "HAZARD";
            category = (String) answer[3];
            categoryName = categoryNames.getOrDefault(category, "其他");
            remark = PROBLEMS[random.nextInt(PROBLEMS.length)];
            grade = random.nextDouble() < 0.015 ? "major" : "general";
            number = hazard(town, grid, category, grade, doneAt, doer, grid.name + " · " + answer[1], remark,
                "排查 " + businessKey + " · " + answer[1]);
            numbers.add(number);
          } else if (r > 0.9) {
            result = "NOT_APPLICABLE";
            notApplicable++;
          } else {
            result = "PASSED";
            passed++;
          }
          items++;
          copyRow(itemRows, nextItemId++, id, answer[0], answer[1], answer[2], result, remark, category, grade,
              number, categoryName);
        }
        long keyPlaces = grid.keyPlaces.size();
        summary = "检查 " + answered.size() + " 项（含重点部位 " + keyPlaces + " 处）：合格 " + passed + " 项，发现隐患 "
            + numbers.size() + " 项" + (numbers.isEmpty() ? "" : "（" + String.join("、", numbers) + "）")
            + "，不适用 " + notApplicable + " 项";
      }
      String hazardNumbers = numbers.isEmpty() ? null : String.join(",", numbers);
      if (hazardNumbers != null && hazardNumbers.length() > 1000) {
        hazardNumbers = hazardNumbers.substring(0, hazardNumbers.lastIndexOf(',', 1000));
      }
      if (summary != null && summary.length() > 2000) {
        summary = summary.substring(0, 2000);
      }
      copyRow(roundRows, id, town.code, grid.code, grid.name, grid.areaCode, grid.kind.equals("VILLAGE") ? "VILLAGE" : "UNIT",
          monday, round, perWeek, opens, due, status, remindedAt, missedAt, doneAt,
          doneAt == null ? null : doer.login(), doneAt == null ? null : doer.name(), summary, numbers.size(), hazardNumbers,
          null, null, null, closedAt, null, 0L, 1, "P1D", "P13D", false, null, null, null);
    }
  }

  private String hazard(TownData town, GridData grid, String category, Instant at, Person reporter, String location,
      String source) {
    return hazard(town, grid, category, random.nextDouble() < 0.015 ? "major" : "general", at, reporter, location,
        PROBLEMS[random.nextInt(PROBLEMS.length)], source);
  }

  /**
   * One hazard and its whole life up to now: routed at once, accepted within hours, rectified and
   * closed mostly within its deadline, sometimes late (escalated as far as it was late), a few never.
   */
  private String hazard(TownData town, GridData grid, String category, String grade, Instant reported, Person reporter,
      String location, String description, String source) {
    ZonedDateTime reportedInTown = reported.atZone(zone);
    int year = reportedInTown.getYear();
    int counter = hazardCounters.merge(town.prefix + "/" + year, 1, Integer::sum);
    String number = String.format(Locale.ROOT, "%s-%d-%06d", town.prefix, year, counter);
    String code = categoryNames.containsKey(category) ? category : "other";
    String categoryName = categoryNames.getOrDefault(category, "其他");
    Routing route = routing.get(code);
    String lead;
    String leadGroup;
    String leadName;
    if ("area-group".equals(route.lead()) && grid.areaGroup != null) {
      lead = "area-group";
      leadGroup = grid.areaGroup;
      leadName = "片检查组";
    } else if ("village-grid".equals(route.lead())) {
      lead = "village-grid";
      leadGroup = "grid-" + grid.code;
      leadName = grid.name + "网格";
    } else {
      String template = "area-group".equals(route.lead()) ? "safety-office" : route.lead();
      lead = town.departments.getOrDefault(template, town.departments.get("safety-office"));
      leadGroup = "dept-" + lead;
      leadName = templateName(template);
    }
    List<String> assisting = new ArrayList<>();
    for (String a : route.assisting()) {
      String generated = town.departments.get(a);
      if (generated != null && !generated.equals(lead)) {
        assisting.add(generated);
      }
    }
    int[] days = deadlineDays.get(grade + "/" + code);
    ZonedDateTime due = reportedInTown.toLocalDate().plusDays(days[0] + 1L).atStartOfDay(zone);
    Instant dueAt = due.toInstant();
    Instant levelTwoAt = due.plusDays(days[1]).toInstant();
    Instant levelOneAt = due.plusDays(days[2]).toInstant();
    Instant accountabilityAt = due.plusDays(days[3]).toInstant();

    Instant routedAt = reported.plusSeconds(30 + random.nextInt(300));
    Instant acceptedAt = reported.plusSeconds(1_800 + (long) (random.nextDouble() * 20 * 3_600));
    long rectificationSeconds = Duration.between(reported, dueAt).getSeconds();
    double fate = random.nextDouble();
    Instant closedAt;
    if (fate < 0.004) {
      closedAt = null;                                       // never closed
    } else if (fate < 0.13) {
      closedAt = dueAt.plusSeconds(3_600 + (long) (-Math.log(1 - random.nextDouble()) * 4 * 86_400));
    } else {
      closedAt = reported.plusSeconds((long) ((0.25 + 0.7 * random.nextDouble()) * rectificationSeconds));
      if (!closedAt.isAfter(acceptedAt)) {
        closedAt = acceptedAt.plusSeconds(3_600);
      }
    }
    Instant rectifiedAt = closedAt == null ? null : closedAt.minusSeconds(3_600 + random.nextInt(12 * 3_600));
    if (rectifiedAt != null && rectifiedAt.isBefore(acceptedAt)) {
      rectifiedAt = acceptedAt.plusSeconds(60);
    }
    boolean major = grade.equals("major");
    String status;
    Instant end = closedAt != null && !closedAt.isAfter(now) ? closedAt : now;
    if (closedAt != null && !closedAt.isAfter(now)) {
      status = "CLOSED";
    } else if (now.isBefore(routedAt)) {
      status = "REPORTED";
    } else if (now.isBefore(acceptedAt)) {
      status = "ROUTED";
    } else if (rectifiedAt == null || now.isBefore(rectifiedAt)) {
      status = major && now.isBefore(acceptedAt.plus(Duration.ofDays(3))) ? "PLANNING" : "RECTIFYING";
    } else {
      status = major ? "AWAITING_CLOSURE_REVIEW" : "AWAITING_VERIFICATION";
    }
    String escalation = "NONE";
    if (end.isAfter(dueAt)) {
      escalation = !end.isBefore(accountabilityAt) ? "ACCOUNTABILITY" : !end.isBefore(levelOneAt) ? "LEVEL_ONE"
          : !end.isBefore(levelTwoAt) ? "LEVEL_TWO" : "OVERDUE";
    }
    boolean accepted = !now.isBefore(acceptedAt);
    boolean closed = status.equals("CLOSED");
    boolean rectified = rectifiedAt != null && !now.isBefore(rectifiedAt);
    Person responsible = grid.members.isEmpty() ? reporter : grid.members.get(0);
    String responsibleName = responsible == null ? "负责人" : responsible.name();
    hazardsWritten++;
    copyRow(hazardRows, nextHazardId++, number, town.code, grid.code, grid.name, grid.areaCode, code,
        categoryName, major ? "MAJOR" : "GENERAL", location, categoryName + "：" + description,
        reporter == null ? null : reporter.login(), reporter == null ? null : reporter.name(), false,
        lead, leadGroup, leadName, assisting.isEmpty() ? "" : String.join(",", assisting), status, escalation,
        major && !closed, accepted ? grid.name : null, accepted ? responsibleName : null,
        accepted ? "13900000000" : null, accepted ? "停用整改，限期消除隐患" : null,
        major && accepted ? "消除隐患" : null, major && accepted ? "停产整改" : null, major && accepted ? "自筹" : null,
        major && accepted ? responsibleName : null, major && accepted ? "30 天" : null, major && accepted ? "设置警戒区" : null,
        major && accepted ? acceptedAt.plus(Duration.ofDays(2)) : null,
        rectified ? "已按要求整改完毕" : null, random.nextDouble() < 0.03 ? 2 : 1, dueAt, levelTwoAt, levelOneAt,
        accountabilityAt, reported, accepted ? acceptedAt : null, rectified ? rectifiedAt : null,
        closed ? closedAt : null, null, source, 0L);
    return number;
  }

  private String templateName(String templateCode) {
    return templateDepartments.stream().filter(d -> d.code().equals(templateCode)).map(Department::name).findFirst()
        .orElse("领导小组办公室");
  }

  private void flush() throws SQLException {
    copyIn("sg_inspection", "id, town_code, grid_code, grid_name, area_code, checklist, week_start, round_no,"
        + " rounds_per_week, opens_at, due_at, status, reminded_at, missed_at, done_at, done_by, done_by_name, summary,"
        + " findings, hazard_numbers, supervised_by, supervised_by_name, supervision_remarks, closed_unfinished_at,"
        + " process_instance_id, version, checklist_version, missed_after, close_after, extra, extra_reason, opened_by,"
        + " opened_by_name", roundRows);
    copyIn("sg_inspection_item", "id, inspection_id, item_code, label, key_place, result, remark, category, grade,"
        + " hazard_number, category_name", itemRows);
    copyIn("sg_hazard", "id, hazard_number, town_code, grid_code, grid_name, area_code, category, category_name, grade,"
        + " location, description, reporter_id, reporter_name, reported_by_department, lead_department, lead_group,"
        + " lead_unit_name, assisting_departments, status, escalation, listed_supervision, responsible_unit,"
        + " responsible_person, responsible_phone, measures, plan_goal, plan_method, plan_funds, plan_responsible,"
        + " plan_time_limit, plan_safety_measures, plan_approved_at, rectification_result, rectification_round,"
        + " rectification_due, level_two_at, level_one_at, accountability_at, reported_at, accepted_at, rectified_at,"
        + " closed_at, process_instance_id, source, version", hazardRows);
  }

  // ------------------------------------------------------------------------------------- COPY text

  private void copyIn(String table, String columns, StringBuilder data) throws SQLException {
    if (data.length() == 0) {
      return;
    }
    try {
      copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new java.io.StringReader(data.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    data.setLength(0);
  }

  /** One row in COPY's text format: tab between values, \N for null, escapes for the rest. */
  private static void copyRow(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = values[i];
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Instant instant) {
        out.append(instant.toString());
      } else if (value instanceof Boolean b) {
        out.append(b ? 't' : 'f');
      } else {
        String text = value.toString();
        for (int c = 0; c < text.length(); c++) {
          char ch = text.charAt(c);
          switch (ch) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(ch);
          }
        }
      }
    }
    out.append('\n');
  }
}
