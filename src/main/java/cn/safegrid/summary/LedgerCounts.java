package cn.safegrid.summary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts from the hazard and inspection ledgers for a time range [from, to) — a month, a quarter, a
 * year, in town time — grouped by a key: the grid the hazard or round is in, the department that
 * leads a hazard, or the town. The same queries answer for one grid (the process's service step, by
 * index) and for all grids at once (the town, the benchmark: a few scans of the period's rows).
 *
 * <ul>
 *   <li>A <b>round</b> counts in the period its due time falls in (a round due at 24:00 on 31 March,
 *       stored as 1 April 00:00, belongs to March): done on time (DONE), done late (DONE_LATE), or
 *       missed (not done when counted: after the period, every undone round is past its due time).
 *       Items checked: the answered items of rounds done within the period.</li>
 *   <li>A <b>hazard</b> is found in the period it was reported in; accepted, rectified and closed in the
 *       period of those steps (rectified on time when the rectification was reported by the deadline,
 *       the latest report counting after a failed verification); open at the end when reported before
 *       the end and not closed by then, overdue at the end when also past its deadline by then.</li>
 *   <li>An <b>escalation</b> counts in the period the ledger recorded it (sg_hazard_event).</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class LedgerCounts {

  /** What the counts are grouped by. */
  public enum Key {
    GRID("grid_code"),
    DEPARTMENT("lead_department"),
    TOWN("town_code");

    private final String column;

    Key(String column) {
      this.column = column;
    }
  }

  /** Rounds of one key. */
  public record Rounds(int due, int onTime, int late, int missed, int extra, int items) {
    static final Rounds NONE = new Rounds(0, 0, 0, 0, 0, 0);

    Rounds plus(Rounds o) {
      return new Rounds(due + o.due, onTime + o.onTime, late + o.late, missed + o.missed, extra + o.extra,
          items + o.items);
    }
  }

  /**
   * Hazards of one key, category and grade. {@code foundClosed}: found in the period and closed by
   * its end (已整改销号); {@code planned} and the plan items: found in the period, not closed by its
   * end, with an approved rectification plan naming the goal, funds, people, time limit and safety
   * measures (the five 落实 of a major hazard's plan).
   */
  public record Hazards(int found, int accepted, int rectifiedOnTime, int rectifiedLate, int closed, int openAtEnd,
      int overdueAtEnd, int foundClosed, int planned, int planGoal, int planFunds, int planPeople, int planTime,
      int planMeasures) {}

  /** A row of the hazard counts. {@code categoryKey}: the category's code, or its name when it has none. */
  public record HazardRow(String key, String categoryKey, String categoryName, boolean major, Hazards counts) {}

  public record Escalations(int levelTwo, int levelOne, int discipline) {
    static final Escalations NONE = new Escalations(0, 0, 0);
  }

  private final NamedParameterJdbcTemplate jdbc;

  LedgerCounts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Hazard counts by key, category and grade; {@code keys} null for every key. */
  public List<HazardRow> hazards(Key key, Collection<String> keys, Instant from, Instant to) {
    if (keys != null && keys.isEmpty()) {
      return List.of();
    }
    return jdbc.query(hazardsSql(key, keys != null), params(keys, from, to), (rs, n) -> new HazardRow(rs.getString("k"),
        rs.getString("ck"), rs.getString("cn"), "MAJOR".equals(rs.getString("g")), new Hazards(rs.getInt("found"),
            rs.getInt("accepted"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("closed"), rs.getInt("open_end"),
            rs.getInt("overdue_end"), rs.getInt("found_closed"), rs.getInt("planned"), rs.getInt("plan_goal"),
            rs.getInt("plan_funds"), rs.getInt("plan_people"), rs.getInt("plan_time"), rs.getInt("plan_measures"))));
  }

  static String hazardsSql(Key key, boolean filtered) {
    String open = "(h.closed_at is null or h.closed_at >= :to)";
    String found = "h.reported_at >= :from";
    String planned = found + " and " + open + " and h.plan_approved_at < :to";
    return "select h." + key.column + " as k, coalesce(h.category, h.category_name) as ck, max(h.category_name) as cn,"
        + " h.grade as g,"
        + count(found) + " as found,"
        + count("h.accepted_at >= :from and h.accepted_at < :to") + " as accepted,"
        + count("h.rectified_at >= :from and h.rectified_at < :to"
            + " and (h.rectification_due is null or h.rectified_at <= h.rectification_due)") + " as on_time,"
        + count("h.rectified_at >= :from and h.rectified_at < :to and h.rectified_at > h.rectification_due") + " as late,"
        + count("h.closed_at >= :from and h.closed_at < :to") + " as closed,"
        + count(open) + " as open_end,"
        + count(open + " and h.rectification_due < :to") + " as overdue_end,"
        + count(found + " and h.closed_at < :to") + " as found_closed,"
        + count(planned) + " as planned,"
        + count(planned + " and " + filled("h.plan_goal")) + " as plan_goal,"
        + count(planned + " and " + filled("h.plan_funds")) + " as plan_funds,"
        + count(planned + " and " + filled("h.plan_responsible")) + " as plan_people,"
        + count(planned + " and " + filled("h.plan_time_limit")) + " as plan_time,"
        + count(planned + " and " + filled("h.plan_safety_measures")) + " as plan_measures"
        + " from sg_hazard h where h.reported_at < :to and (h.closed_at is null or h.closed_at >= :from)"
        + " and h." + key.column + " is not null"
        + (filtered ? " and h." + key.column + " in (:keys)" : "")
        + " group by h." + key.column + ", coalesce(h.category, h.category_name), h.grade";
  }

  /** Rounds by grid or town ({@link Key#DEPARTMENT} has no rounds of its own); {@code keys} null for all. */
  public Map<String, Rounds> rounds(Key key, Collection<String> keys, Instant from, Instant to) {
    if (key == Key.DEPARTMENT) {
      throw new IllegalArgumentException("rounds are counted by grid or town");
    }
    Map<String, Rounds> rounds = new HashMap<>();
    if (keys != null && keys.isEmpty()) {
      return rounds;
    }
    jdbc.query(roundsSql(key, keys != null), params(keys, from, to), rs -> {
          rounds.merge(rs.getString("k"), new Rounds(rs.getInt("due"), rs.getInt("on_time"), rs.getInt("late"),
              rs.getInt("missed"), rs.getInt("extra"), 0), Rounds::plus);
        });
    jdbc.query(itemsSql(key, keys != null), params(keys, from, to), rs -> {
          rounds.merge(rs.getString("k"), new Rounds(0, 0, 0, 0, 0, rs.getInt("items")), Rounds::plus);
        });
    return rounds;
  }

  /** Escalations recorded in the range, by key; {@code keys} null for all. */
  public Map<String, Escalations> escalations(Key key, Collection<String> keys, Instant from, Instant to) {
    Map<String, Escalations> escalations = new HashMap<>();
    if (keys != null && keys.isEmpty()) {
      return escalations;
    }
    jdbc.query(escalationsSql(key, keys != null), params(keys, from, to), rs -> {
          escalations.put(rs.getString("k"), new Escalations(rs.getInt("two"), rs.getInt("one"), rs.getInt("discipline")));
        });
    return escalations;
  }

  static String roundsSql(Key key, boolean filtered) {
    return "select i." + key.column + " as k, count(*) as due,"
        + count("i.status = 'DONE'") + " as on_time,"
        + count("i.status = 'DONE_LATE'") + " as late,"
        + count("i.status not in ('DONE', 'DONE_LATE')") + " as missed,"
        + count("i.extra = true") + " as extra"
        + " from sg_inspection i where i.due_at > :from and i.due_at <= :to"
        + (filtered ? " and i." + key.column + " in (:keys)" : "")
        + " group by i." + key.column;
  }

  static String itemsSql(Key key, boolean filtered) {
    return "select i." + key.column + " as k, count(*) as items from sg_inspection_item t"
        + " join sg_inspection i on i.id = t.inspection_id"
        + " where i.done_at >= :from and i.done_at < :to"
        + (filtered ? " and i." + key.column + " in (:keys)" : "")
        + " group by i." + key.column;
  }

  static String escalationsSql(Key key, boolean filtered) {
    return "select h." + key.column + " as k,"
        + count("e.action = 'ESCALATED_LEVEL_TWO'") + " as two,"
        + count("e.action = 'ESCALATED_LEVEL_ONE'") + " as one,"
        + count("e.action = 'ACCOUNTABILITY_OPENED'") + " as discipline"
        + " from sg_hazard_event e join sg_hazard h on h.id = e.hazard_id"
        + " where e.action in ('ESCALATED_LEVEL_TWO', 'ESCALATED_LEVEL_ONE', 'ACCOUNTABILITY_OPENED')"
        + " and e.occurred_at >= :from and e.occurred_at < :to and h." + key.column + " is not null"
        + (filtered ? " and h." + key.column + " in (:keys)" : "")
        + " group by h." + key.column;
  }

  private static String count(String condition) {
    return " sum(case when " + condition + " then 1 else 0 end)";
  }

  private static String filled(String column) {
    return column + " is not null and trim(" + column + ") <> ''";
  }

  static MapSqlParameterSource params(Collection<String> keys, Instant from, Instant to) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", from.atOffset(ZoneOffset.UTC))
        .addValue("to", to.atOffset(ZoneOffset.UTC));
    if (keys != null) {
      params.addValue("keys", new ArrayList<>(keys));
    }
    return params;
  }
}
