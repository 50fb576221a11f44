package cn.safegrid.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small ledger written straight into the tables, in a town of its own ({@code fixture}) and in
 * 2046, so that no other test sees it: a village, a unit with a sub-grid, a department, the hazards,
 * escalations and rounds around the edges of March and the first quarter in Beijing time. The
 * expected figures are worked out by hand in the tests that use it.
 */
final class LedgerFixture {

  static final String TOWN = "fixture";
  static final String VILLAGE = "fixture-village";
  static final String UNIT = "fixture-unit";
  static final String POST = "fixture-unit-post";
  static final String DEPARTMENT = "fixture-dept";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final long BASE = 9_100_000L;

  private final JdbcTemplate jdbc;
  private long next = BASE;

  LedgerFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static Instant beijing(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant();
  }

  static Instant utc(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
  }

  LedgerFixture write() {
    delete();
    // H1: 31 March 23:30 Beijing = 15:30 UTC: March (and Q1); general fire hazard, not yet accepted
    hazard("H1", VILLAGE, null, "fire", "消防安全", "GENERAL", utc(2046, 3, 31, 15, 30), null, null, null, null, null);
    // H2: 1 April 00:10 Beijing = 31 March 16:10 UTC: April (and Q2)
    hazard("H2", VILLAGE, null, "fire", "消防安全", "GENERAL", utc(2046, 3, 31, 16, 10), null, null, null, null, null);
    // H3: 1 March 00:30 Beijing (28 Feb 16:30 UTC), major; accepted 2 March, due 10 March 00:00, rectified on
    // 9 March, closed 12 March, with an approved plan
    long h3 = hazard("H3", VILLAGE, null, "biogas", "沼气池", "MAJOR", utc(2046, 2, 28, 16, 30),
        beijing(2046, 3, 2, 9, 0), beijing(2046, 3, 10, 0, 0), beijing(2046, 3, 9, 10, 0), beijing(2046, 3, 12, 8, 0),
        beijing(2046, 3, 3, 9, 0));
    plan(h3, "消除隐患", "3 万元", "村两委", "3 月 10 日前", "设置围挡");
    // H4: 28 February 23:50 Beijing: February; accepted 1 March 01:00 (March), due 5 March, rectified late on
    // 20 March, still open at the end of March; level-2 escalation on 6 March, level-1 on 1 April 00:30
    long h4 = hazard("H4", VILLAGE, null, "fire", "消防安全", "GENERAL", beijing(2046, 2, 28, 23, 50),
        beijing(2046, 3, 1, 1, 0), beijing(2046, 3, 6, 0, 0), beijing(2046, 3, 20, 10, 0), null, null);
    event(h4, "ESCALATED_LEVEL_TWO", beijing(2046, 3, 6, 0, 1));
    event(h4, "SUPERVISED", beijing(2046, 3, 7, 9, 0));
    event(h4, "ESCALATED_LEVEL_ONE", utc(2046, 3, 31, 16, 30));
    // H5: January, closed in February: neither in March's figures nor open
    hazard("H5", VILLAGE, null, "fire", "消防安全", "GENERAL", beijing(2046, 1, 10, 9, 0), beijing(2046, 1, 10, 10, 0),
        beijing(2046, 1, 14, 0, 0), beijing(2046, 1, 12, 9, 0), beijing(2046, 2, 20, 9, 0), null);
    // H6: in the unit's sub-grid, led by the department, closed at 23:59 on 31 March
    hazard("H6", POST, DEPARTMENT, "special-equipment", "特种设备", "GENERAL", beijing(2046, 3, 15, 9, 0),
        beijing(2046, 3, 15, 10, 0), beijing(2046, 3, 19, 0, 0), beijing(2046, 3, 18, 9, 0), beijing(2046, 3, 31, 23, 59), null);
    // H7: major, in the unit, led by the department, overdue at the end of March and handed to 纪委 on 28 March;
    // its approved plan names the goal and the funds only
    long h7 = hazard("H7", UNIT, DEPARTMENT, "special-equipment", "特种设备", "MAJOR", beijing(2046, 3, 20, 9, 0),
        beijing(2046, 3, 20, 10, 0), beijing(2046, 3, 25, 0, 0), null, null, beijing(2046, 3, 21, 9, 0));
    plan(h7, "更换锅炉", "5 万元", " ", null, "");
    event(h7, "ACCOUNTABILITY_OPENED", beijing(2046, 3, 28, 9, 0));

    // rounds of the village
    round(VILLAGE, LocalDate.of(2046, 2, 24), 1, beijing(2046, 3, 2, 0, 0), "DONE", beijing(2046, 3, 1, 15, 0), false, 3);
    round(VILLAGE, LocalDate.of(2046, 2, 17), 1, beijing(2046, 3, 1, 0, 0), "DONE_LATE", beijing(2046, 3, 1, 10, 0), false, 2);
    round(VILLAGE, LocalDate.of(2046, 3, 24), 1, beijing(2046, 4, 1, 0, 0), "MISSED", null, false, 0);
    round(VILLAGE, LocalDate.of(2046, 3, 9), 101, beijing(2046, 3, 16, 0, 0), "DONE_LATE", beijing(2046, 3, 17, 9, 0), true, 4);
    round(VILLAGE, LocalDate.of(2046, 3, 31), 1, beijing(2046, 4, 6, 0, 0), "OPEN", null, false, 0);
    // a round of the unit
    round(UNIT, LocalDate.of(2046, 3, 2), 1, beijing(2046, 3, 10, 0, 0), "DONE", beijing(2046, 3, 9, 9, 0), false, 5);
    return this;
  }

  void delete() {
    jdbc.update("delete from sg_hazard_event where hazard_id >= ? and hazard_id < ?", BASE, BASE + 1000);
    jdbc.update("delete from sg_hazard where town_code = ?", TOWN);
    jdbc.update("delete from sg_inspection_item where inspection_id >= ? and inspection_id < ?", BASE, BASE + 1000);
    jdbc.update("delete from sg_inspection where town_code = ?", TOWN);
  }

  private long hazard(String name, String grid, String lead, String category, String categoryName, String grade,
      Instant reported, Instant accepted, Instant due, Instant rectified, Instant closed, Instant planApproved) {
    long id = next++;
    jdbc.update("insert into sg_hazard (id, hazard_number, town_code, grid_code, grid_name, category, category_name, grade,"
        + " location, description, lead_department, status, escalation, reported_at, accepted_at, rectification_due,"
        + " rectified_at, closed_at, plan_approved_at, listed_supervision)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, '示例地点', '示例隐患', ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, ?)",
        id, "FX-2046-" + name, TOWN, grid, grid, category, categoryName, grade, lead, closed == null ? "RECTIFYING" : "CLOSED",
        t(reported), t(accepted), t(due), t(rectified), t(closed), t(planApproved), "MAJOR".equals(grade) && closed == null);
    return id;
  }

  private void plan(long hazard, String goal, String funds, String people, String time, String measures) {
    jdbc.update("update sg_hazard set plan_goal = ?, plan_funds = ?, plan_responsible = ?, plan_time_limit = ?,"
        + " plan_safety_measures = ? where id = ?", goal, funds, people, time, measures, hazard);
  }

  private void event(long hazard, String action, Instant at) {
    jdbc.update("insert into sg_hazard_event (id, hazard_id, occurred_at, action) values (?, ?, ?, ?)", next++, hazard, t(at),
        action);
  }

  private void round(String grid, LocalDate week, int roundNo, Instant due, String status, Instant done, boolean extra,
      int items) {
    long id = next++;
    jdbc.update("insert into sg_inspection (id, town_code, grid_code, grid_name, checklist, week_start, round_no,"
        + " rounds_per_week, opens_at, due_at, status, done_at, extra) values (?, ?, ?, ?, 'village', ?, ?, 1, ?, ?, ?, ?, ?)",
        id, TOWN, grid, grid, week, roundNo, t(due.minusSeconds(7 * 24 * 3600)), t(due), status, t(done), extra);
    for (int i = 0; i < items; i++) {
      jdbc.update("insert into sg_inspection_item (id, inspection_id, item_code, label, result) values (?, ?, ?, ?, 'PASSED')",
          next++, id, "item-" + i, "项目 " + i);
    }
  }

  private static OffsetDateTime t(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
