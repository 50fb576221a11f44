package cn.safegrid.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small ledger in March 2039 (a period no other test uses) whose dashboard figures are worked out
 * by hand in {@code DashboardApiTest}: six hazards and seven inspection rounds of Bieshan's 小岗村
 * (东片), 大庄村 (西片) and 小岗村小学 (a school: no area), placed on the edges of months and weeks in
 * Beijing time — 2039-02-28 23:30 is February in town but the same UTC day as 2039-03-01 00:30,
 * which is March; 2039-04-01 00:00 is April. The clock stands at {@link #NOW}, Saturday 2 April
 * 2039, 12:00 Beijing time.
 *
 * <pre>
 * hazard  grid (area)              reported (+08)     category     lead          due (+08)     now
 * H1      小岗村 (东片)            03-01 00:30        fire         fire-brigade  03-05 00:00   closed 03-03, on time
 * H2      小岗村 (东片)            02-28 23:30        electrical   village-grid  03-04 00:00   open, overdue, level 1
 * H3      大庄村 (西片)            03-15 09:00        fire-lane    village-grid  03-19 00:00   closed 03-21, late, level 2
 * H4      小岗村小学 (—)           03-31 23:59        school       education     04-08 00:00   open, within its deadline (reported by 董例勇)
 * H5      大庄村 (西片)            04-01 00:00        fire         fire-brigade  04-05 00:00   open, within its deadline
 * H6      小岗村 (东片), major     03-10 08:00        electrical   village-grid  03-14 00:00   open, overdue, 纪委
 *
 * round   grid                week (Mon–Sun)       due (+08)            counts on   status
 * R1      小岗村              W09 02-28—03-06      03-07 00:00          03-06       DONE
 * R2      大庄村              W09                  03-07 00:00          03-06       MISSED
 * R3      小岗村              W13 03-28—04-03      04-04 00:00          04-03       OPEN (not yet due)
 * R4      小岗村小学 round 1   W13                  03-31 00:00          03-30       DONE_LATE
 * R5      小岗村小学 round 2   W13                  04-04 00:00          04-03       OPEN (not yet due)
 * R6      大庄村              W12 03-21—03-27      03-28 00:00          03-27       OVERDUE (missed by now)
 * R7      小岗村              W08 02-21—02-27      02-28 00:00          02-27       DONE
 * </pre>
 */
@Component
public class DashboardFixture {

  public static final Instant NOW = at("2039-04-02T12:00");
  public static final LocalDate MARCH_FIRST = LocalDate.of(2039, 3, 1);

  private static final String SCHOOL = "school-xiaogang-primary";

  private final JdbcTemplate jdbc;

  DashboardFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Beijing wall time. */
  static Instant at(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + ":00+08:00").toInstant();
  }

  /** Writes the ledger once into the shared database (the next test class finds it there). */
  public synchronized void load() {
    Integer present = jdbc.queryForObject("select count(*) from sg_hazard where hazard_number like 'DB-2039-%'",
        Integer.class);
    if (present != null && present > 0) {
      return;
    }
    hazard(1, "village-xiaogang", "小岗村", "east", "fire", "消防安全", "GENERAL", "fire-brigade",
        "dept-fire-brigade", "消防队", "03-01T00:30", "03-05T00:00", "CLOSED", "NONE", "03-03T10:00", "dong.liyong");
    hazard(2, "village-xiaogang", "小岗村", "east", "electrical", "用电安全", "GENERAL", "village-grid",
        "grid-village-xiaogang", "小岗村网格", "02-28T23:30", "03-04T00:00", "RECTIFYING", "LEVEL_ONE", null,
        "dong.liyong");
    hazard(3, "village-dazhuang", "大庄村", "west", "fire-lane", "消防通道", "GENERAL", "village-grid",
        "grid-village-dazhuang", "大庄村网格", "03-15T09:00", "03-19T00:00", "CLOSED", "LEVEL_TWO", "03-21T09:00",
        "chen.yangang");
    hazard(4, SCHOOL, "小岗村小学", null, "school", "学校、幼儿园、托儿所、校外培训机构", "GENERAL", "education",
        "dept-education", "镇教委", "03-31T23:59", "04-08T00:00", "ASSIGNED", "NONE", null, "dong.liyong");
    hazard(5, "village-dazhuang", "大庄村", "west", "fire", "消防安全", "GENERAL", "fire-brigade", "dept-fire-brigade",
        "消防队", "04-01T00:00", "04-05T00:00", "ROUTED", "NONE", null, "chen.yangang");
    hazard(6, "village-xiaogang", "小岗村", "east", "electrical", "用电安全", "MAJOR", "village-grid",
        "grid-village-xiaogang", "小岗村网格", "03-10T08:00", "03-14T00:00", "RECTIFYING", "ACCOUNTABILITY", null,
        "dong.liyong");

    round(1, "village-xiaogang", "小岗村", "east", "VILLAGE", "02-28", 1, 1, "03-07T00:00", "DONE", "03-02T10:00");
    round(2, "village-dazhuang", "大庄村", "west", "VILLAGE", "02-28", 1, 1, "03-07T00:00", "MISSED", null);
    round(3, "village-xiaogang", "小岗村", "east", "VILLAGE", "03-28", 1, 1, "04-04T00:00", "OPEN", null);
    round(4, SCHOOL, "小岗村小学", null, "UNIT", "03-28", 1, 2, "03-31T00:00", "DONE_LATE", "03-31T09:00");
    round(5, SCHOOL, "小岗村小学", null, "UNIT", "03-28", 2, 2, "04-04T00:00", "OPEN", null);
    round(6, "village-dazhuang", "大庄村", "west", "VILLAGE", "03-21", 1, 1, "03-28T00:00", "OVERDUE", null);
    round(7, "village-xiaogang", "小岗村", "east", "VILLAGE", "02-21", 1, 1, "02-28T00:00", "DONE", "02-23T15:00");
  }

  private void hazard(int n, String grid, String gridName, String area, String category, String categoryName,
      String grade, String lead, String leadGroup, String leadName, String reported, String due, String status,
      String escalation, String closed, String reporter) {
    Instant reportedAt = at("2039-" + reported);
    Instant dueAt = at("2039-" + due);
    jdbc.update("insert into sg_hazard (id, hazard_number, town_code, grid_code, grid_name, area_code, category,"
        + " category_name, grade, location, description, reporter_id, reporter_name, lead_department, lead_group,"
        + " lead_unit_name, assisting_departments, status, escalation, listed_supervision, rectification_due,"
        + " reported_at, accepted_at, closed_at, source) values (?, ?, 'bieshan', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, '', ?, ?, ?, ?, ?, ?, ?, null)",
        9_039_000L + n, String.format("DB-2039-%06d", n), grid, gridName, area, category, categoryName, grade,
        gridName + "·看板测试地点 " + n, "看板测试隐患 H" + n, reporter, null, lead, leadGroup, leadName, status,
        escalation, "MAJOR".equals(grade) && !"CLOSED".equals(status), ts(dueAt), ts(reportedAt),
        "ROUTED".equals(status) ? null : ts(reportedAt.plusSeconds(3_600)), closed == null ? null : ts(at("2039-" + closed)));
  }

  private void round(int n, String grid, String gridName, String area, String checklist, String monday, int round,
      int perWeek, String due, String status, String done) {
    LocalDate weekStart = LocalDate.parse("2039-" + monday);
    Instant dueAt = at("2039-" + due);
    Instant opensAt = perWeek == 2 && round == 2 ? at("2039-" + monday + "T00:00").plusSeconds(3 * 86_400L)
        : at("2039-" + monday + "T00:00");
    jdbc.update("insert into sg_inspection (id, town_code, grid_code, grid_name, area_code, checklist, checklist_version,"
        + " week_start, round_no, rounds_per_week, opens_at, due_at, status, done_at, done_by, done_by_name, findings)"
        + " values (?, 'bieshan', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        9_039_000L + n, grid, gridName, area, checklist, weekStart, round, perWeek, ts(opensAt), ts(dueAt), status,
        done == null ? null : ts(at("2039-" + done)), done == null ? null : "dong.liyong", done == null ? null : "董例勇");
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime beijing(Instant instant) {
    return instant.atOffset(ZoneOffset.ofHours(8));
  }
}
