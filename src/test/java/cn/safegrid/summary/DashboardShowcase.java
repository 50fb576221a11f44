package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryIndex;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Half a year of Bieshan's ledgers (January to 20 June 2040, a year no other test uses) for the
 * browser test and the docs' screenshots: weekly rounds of every village and twice-weekly rounds of
 * every unit, and about 450 hazards over all grids, routed by the deployed rule table
 * {@code hazard-routing} and given their deadlines by {@code hazard-deadlines}, most closed on time,
 * some late and escalated, a few still open and overdue. Deterministic (a fixed seed). The clock of
 * the pictures stands at {@link #NOW}.
 */
@Component
public class DashboardShowcase {

  public static final Instant NOW = OffsetDateTime.parse("2040-06-20T10:00:00+08:00").toInstant();
  static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  private static final String[] VILLAGE_CATEGORIES = {"fire", "fire", "electrical", "electrical", "fire-lane",
      "firewood-pile", "fire-water", "group-rental", "small-shop", "individual-business", "road-traffic",
      "hazardous-chemicals", "rural-housing", "straw-burning", "well-cellar", "biogas", "building-construction"};
  private static final String[] UNIT_CATEGORIES = {"fire", "electrical", "fire-lane", "special-equipment",
      "hazardous-chemicals", "food-drug"};
  private static final String[] PROBLEMS = {"灭火器过期未更换", "电线私拉乱接", "通道被杂物堵塞", "柴草靠近民房堆放",
      "安全警示标志缺失", "配电箱无防护", "消防栓无水", "液化气瓶露天存放", "防护栏杆松动", "应急照明损坏"};

  private final JdbcTemplate jdbc;
  private final Registry registry;
  private final DecisionService decisions;

  DashboardShowcase(JdbcTemplate jdbc, Registry registry, DecisionService decisions) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.decisions = decisions;
  }

  public synchronized void load() {
    Integer present = jdbc.queryForObject("select count(*) from sg_hazard where hazard_number like 'DS-2040-%'",
        Integer.class);
    if (present != null && present > 0) {
      return;
    }
    Random random = new Random(2040);
    RegistryIndex index = registry.current();
    List<GridRow> grids = index.data().grids().stream()
        .filter(g -> g.kind() != GridKind.TOWN && g.kind() != GridKind.SUB_GRID).toList();
    Map<String, Double> weight = new HashMap<>();
    grids.forEach(g -> weight.put(g.code(), Math.exp(random.nextGaussian() * 0.6)));
    Map<String, Double> diligence = new HashMap<>();
    grids.forEach(g -> diligence.put(g.code(), random.nextDouble() < 0.2 ? 0.7 : 0.93));

    List<Object[]> rounds = new ArrayList<>();
    long roundId = 9_040_000L;
    for (LocalDate monday = LocalDate.of(2040, 1, 2); monday.isBefore(LocalDate.of(2040, 6, 21)); monday = monday.plusWeeks(1)) {
      for (GridRow grid : grids) {
        int perWeek = grid.kind() == GridKind.VILLAGE ? 1 : 2;
        for (int round = 1; round <= perWeek; round++) {
          ZonedDateTime start = monday.atStartOfDay(TOWN);
          Instant opens = start.plusDays((long) Math.floor((round - 1) * 7.0 / perWeek)).toInstant();
          Instant due = start.plusDays((long) Math.floor(round * 7.0 / perWeek)).toInstant();
          if (opens.isAfter(NOW)) {
            continue;
          }
          String status;
          Instant done = null;
          String[] doer = member(index, grid.code(), random);
          double u = random.nextDouble();
          if (due.isAfter(NOW)) {
            status = u < 0.4 ? "DONE" : "OPEN";
            done = status.equals("DONE") ? opens.plus(Duration.ofHours(20)) : null;
          } else if (u < diligence.get(grid.code())) {
            status = "DONE";
            done = opens.plus(Duration.ofHours(10 + random.nextInt(40)));
          } else if (u < diligence.get(grid.code()) + 0.05) {
            status = "DONE_LATE";
            done = due.plus(Duration.ofHours(5 + random.nextInt(30)));
          } else {
            status = NOW.isBefore(due.plus(Duration.ofDays(1))) ? "OVERDUE"
                : NOW.isBefore(due.plus(Duration.ofDays(14))) ? "MISSED" : "CLOSED_UNFINISHED";
          }
          rounds.add(new Object[] {roundId++, grid.code(), grid.name(), grid.areaCode(),
              perWeek == 1 ? "VILLAGE" : "UNIT", monday, round, perWeek, utc(opens), utc(due), status, utc(done),
              done == null ? null : doer[0], done == null ? null : doer[1]});
        }
      }
    }
    jdbc.batchUpdate("insert into sg_inspection (id, town_code, grid_code, grid_name, area_code, checklist,"
        + " checklist_version, week_start, round_no, rounds_per_week, opens_at, due_at, status, done_at, done_by,"
        + " done_by_name, findings) values (?, 'bieshan', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rounds);

    List<Object[]> hazards = new ArrayList<>();
    Map<String, Object[]> routes = new HashMap<>();
    long seconds = Duration.between(LocalDate.of(2040, 1, 1).atStartOfDay(TOWN).toInstant(), NOW).getSeconds();
    double totalWeight = weight.values().stream().mapToDouble(Double::doubleValue).sum();
    for (int n = 1; n <= 450; n++) {
      GridRow grid = pick(grids, weight, totalWeight, random);
      Instant reported = LocalDate.of(2040, 1, 1).atStartOfDay(TOWN).toInstant()
          .plusSeconds((long) (Math.sqrt(random.nextDouble()) * seconds));
      String category = grid.kind() == GridKind.VILLAGE ? VILLAGE_CATEGORIES[random.nextInt(VILLAGE_CATEGORIES.length)]
          : random.nextBoolean() && grid.hazardCategory() != null ? grid.hazardCategory()
          : UNIT_CATEGORIES[random.nextInt(UNIT_CATEGORIES.length)];
      String grade = random.nextDouble() < 0.03 ? "major" : "general";
      Object[] route = routes.computeIfAbsent(grade + "/" + category, k -> route(category, grade));
      String lead = (String) route[0];
      String leadGroup;
      String leadName;
      if ("village-grid".equals(lead)) {
        leadGroup = "grid-" + grid.code();
        leadName = grid.name() + "网格";
      } else if ("area-group".equals(lead) && grid.areaCode() != null) {
        leadGroup = "area-" + grid.areaCode();
        leadName = index.area(grid.areaCode()).map(a -> a.name() + "检查组").orElse("片检查组");
      } else {
        lead = "area-group".equals(lead) ? "safety-office" : lead;
        String code = lead;
        leadGroup = "dept-" + lead;
        leadName = index.department(lead).map(d -> d.name()).orElse(code);
      }
      ZonedDateTime due = reported.atZone(TOWN).toLocalDate().plusDays((Integer) route[1] + 1L).atStartOfDay(TOWN);
      double fate = random.nextDouble();
      Instant closed = fate < 0.82 ? reported.plus(Duration.ofSeconds((long) ((0.3 + 0.6 * random.nextDouble())
          * Duration.between(reported, due.toInstant()).getSeconds())))
          : fate < 0.96 ? due.toInstant().plus(Duration.ofHours(6 + random.nextInt(24 * 9))) : null;
      if (closed != null && closed.isAfter(NOW)) {
        closed = null;
      }
      Instant end = closed == null ? NOW : closed;
      String escalation = !end.isAfter(due.toInstant()) ? "NONE"
          : end.isAfter(due.plusDays((Integer) route[4]).toInstant()) ? "ACCOUNTABILITY"
          : end.isAfter(due.plusDays((Integer) route[3]).toInstant()) ? "LEVEL_ONE"
          : end.isAfter(due.plusDays((Integer) route[2]).toInstant()) ? "LEVEL_TWO" : "OVERDUE";
      String status = closed != null ? "CLOSED" : NOW.isBefore(reported.plus(Duration.ofHours(6))) ? "ROUTED"
          : "RECTIFYING";
      String[] reporter = member(index, grid.code(), random);
      hazards.add(new Object[] {9_040_000L + n, String.format("DS-2040-%06d", n), grid.code(), grid.name(),
          grid.areaCode(), category, categoryName(category), grade.toUpperCase(), grid.name() + "·"
          + PROBLEMS[random.nextInt(PROBLEMS.length)].substring(0, 2) + "处", PROBLEMS[random.nextInt(PROBLEMS.length)],
          reporter[0], reporter[1], lead, leadGroup, leadName, status, escalation, "major".equals(grade) && closed == null,
          utc(due.toInstant()), utc(reported), status.equals("ROUTED") ? null : utc(reported.plus(Duration.ofHours(3))),
          utc(closed)});
    }
    jdbc.batchUpdate("insert into sg_hazard (id, hazard_number, town_code, grid_code, grid_name, area_code, category,"
        + " category_name, grade, location, description, reporter_id, reporter_name, lead_department, lead_group,"
        + " lead_unit_name, assisting_departments, status, escalation, listed_supervision, rectification_due,"
        + " reported_at, accepted_at, closed_at)"
        + " values (?, ?, 'bieshan', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)",
        hazards);
  }

  /** lead department, rectification days, and the days after the deadline of the three escalations */
  private Object[] route(String category, String grade) {
    var routed = decisions.evaluateDecisionTableByKey("hazard-routing",
        Variables.createVariables().putValue("hazardCategory", category)).getSingleResult();
    var days = decisions.evaluateDecisionTableByKey("hazard-deadlines",
        Variables.createVariables().putValue("grade", grade).putValue("hazardCategory", category)).getSingleResult();
    String lead = routed == null ? null : routed.getEntry("leadDepartment");
    return new Object[] {lead == null || lead.isBlank() ? "safety-office" : lead,
        ((Number) days.getEntry("rectificationDays")).intValue(), ((Number) days.getEntry("levelTwoAfterDays")).intValue(),
        ((Number) days.getEntry("levelOneAfterDays")).intValue(),
        ((Number) days.getEntry("accountabilityAfterDays")).intValue()};
  }

  private String categoryName(String code) {
    return jdbc.queryForObject("select name from sg_hazard_category where code = ?", String.class, code);
  }

  /** A member of the grid who logs in: {login, name}; nulls when there is none. */
  private static String[] member(RegistryIndex index, String grid, Random random) {
    List<String[]> people = new ArrayList<>();
    for (AssignmentRow a : index.assignments(grid)) {
      index.person(a.personCode()).filter(p -> p.loginId() != null)
          .ifPresent(p -> people.add(new String[] {p.loginId(), p.name()}));
    }
    return people.isEmpty() ? new String[2] : people.get(random.nextInt(people.size()));
  }

  private static GridRow pick(List<GridRow> grids, Map<String, Double> weight, double total, Random random) {
    double target = random.nextDouble() * total;
    for (GridRow grid : grids) {
      target -= weight.get(grid.code());
      if (target <= 0) {
        return grid;
      }
    }
    return grids.get(grids.size() - 1);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
