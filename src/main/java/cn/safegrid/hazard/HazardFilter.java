package cn.safegrid.hazard;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ledger's filters (all optional, bound from the query string): grid, area, department (lead
 * or assisting), lead department alone, category, grade, status, escalation, overdue, report date
 * range (town days, inclusive, yyyy-MM-dd), free text {@code q} (number, place, description), and
 * three questions the supervisors' dashboard asks of every hazard: {@code open} (未销号, or with
 * false 已销号), {@code onTime} (按期整改: closed by its deadline; with false: closed after it, or
 * overdue now — a hazard still open within its deadline is neither) and {@code escalated} (升级督办:
 * gone to the level-2 or level-1 leader or to 纪委).
 *
 * <p>{@code areaCode}, {@code leadDepartment} and {@code category} take {@link #NONE} ({@code -}) for
 * the hazards without one (a unit's hazards belong to no area; a hazard not yet routed has no lead
 * department): a dashboard row "不属于片" links to its list like any other.
 *
 * <p>The static predicates below are the one definition of those words: the filter uses them, and
 * the dashboard counts with them (summary/DashboardHazardFigures), so a number on the dashboard and
 * the ledger list behind it always agree.
 */
public record HazardFilter(String gridCode, String areaCode, String department, String category, String grade,
    HazardStatus status, Escalation escalation, Boolean overdue,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedTo,
    String q, String leadDepartment, Boolean open, Boolean onTime, Boolean escalated) {

  /** The filter value that asks for "none": no area, no lead department, no category. */
  public static final String NONE = "-";

  /** Only the report date range (town days, inclusive): the hazards reported in a period. */
  public static HazardFilter reportedBetween(LocalDate from, LocalDate to) {
    return new HazardFilter(null, null, null, null, null, null, null, null, from, to, null, null, null, null, null);
  }

  /** The same filter narrowed to one area ({@code areaCode}). */
  public HazardFilter inArea(String area) {
    return new HazardFilter(gridCode, area, department, category, grade, status, escalation, overdue, reportedFrom,
        reportedTo, q, leadDepartment, open, onTime, escalated);
  }

  /** 已销号. */
  public static Predicate closed(Path<Hazard> hazard, CriteriaBuilder cb) {
    return cb.equal(hazard.get("status"), HazardStatus.CLOSED);
  }

  /** Every status but 已销号. */
  static final java.util.Set<HazardStatus> OPEN_STATUSES = java.util.EnumSet.complementOf(
      java.util.EnumSet.of(HazardStatus.CLOSED));

  /**
   * 未销号: any status but closed, written as the list of those statuses (the ledger's few open
   * hazards are then found through an index, not by reading every closed one).
   */
  public static Predicate open(Path<Hazard> hazard, CriteriaBuilder cb) {
    return hazard.get("status").in(OPEN_STATUSES);
  }

  /** 已逾期: not closed and past its rectification deadline at {@code now} (as {@link Hazard#isOverdue}). */
  public static Predicate overdue(Path<Hazard> hazard, CriteriaBuilder cb, Instant now) {
    return cb.and(open(hazard, cb), cb.lessThan(hazard.<Instant>get("rectificationDue"), now));
  }

  /** 按期整改: closed no later than its rectification deadline (or closed without one). */
  public static Predicate closedOnTime(Path<Hazard> hazard, CriteriaBuilder cb) {
    return cb.and(closed(hazard, cb), cb.or(cb.isNull(hazard.get("rectificationDue")),
        cb.lessThanOrEqualTo(hazard.<Instant>get("closedAt"), hazard.<Instant>get("rectificationDue"))));
  }

  /** 未按期整改: closed after its deadline, or still open past it at {@code now}. */
  public static Predicate notOnTime(Path<Hazard> hazard, CriteriaBuilder cb, Instant now) {
    return cb.or(cb.and(closed(hazard, cb),
        cb.greaterThan(hazard.<Instant>get("closedAt"), hazard.<Instant>get("rectificationDue"))),
        overdue(hazard, cb, now));
  }

  /** 升级督办: gone up to the level-2 or level-1 grid leader or handed to 纪委. */
  public static Predicate escalated(Path<Hazard> hazard, CriteriaBuilder cb) {
    return hazard.get("escalation").in(Escalation.LEVEL_TWO, Escalation.LEVEL_ONE, Escalation.ACCOUNTABILITY);
  }

  /** The filter as a query, {@code now} deciding what is overdue; town days in {@code zone}. */
  public Specification<Hazard> toSpecification(ZoneId zone, Instant now) {
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (notBlank(gridCode)) {
        all.add(cb.equal(root.get("gridCode"), gridCode.trim()));
      }
      if (notBlank(areaCode)) {
        all.add(equalOrNone(cb, root.get("areaCode"), areaCode));
      }
      if (notBlank(department)) {
        all.add(cb.or(cb.equal(root.get("leadDepartment"), department.trim()),
            listContains(cb, root.get("assistingDepartments"), department.trim())));
      }
      if (notBlank(category)) {
        all.add(equalOrNone(cb, root.get("category"), category));
      }
      if (notBlank(grade)) {
        all.add(cb.equal(root.get("grade"), HazardGrade.ofCode(grade).orElse(null)));
      }
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      if (escalation != null) {
        all.add(cb.equal(root.get("escalation"), escalation));
      }
      if (notBlank(leadDepartment)) {
        all.add(equalOrNone(cb, root.get("leadDepartment"), leadDepartment));
      }
      if (overdue != null) {
        Predicate late = overdue(root, cb, now);
        all.add(overdue ? late : cb.not(late));
      }
      if (open != null) {
        all.add(open ? open(root, cb) : closed(root, cb));
      }
      if (onTime != null) {
        all.add(onTime ? closedOnTime(root, cb) : notOnTime(root, cb, now));
      }
      if (escalated != null) {
        all.add(escalated ? escalated(root, cb) : cb.not(escalated(root, cb)));
      }
      if (reportedFrom != null) {
        all.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), reportedFrom.atStartOfDay(zone).toInstant()));
      }
      if (reportedTo != null) {
        all.add(cb.lessThan(root.get("reportedAt"), reportedTo.plusDays(1).atStartOfDay(zone).toInstant()));
      }
      if (notBlank(q)) {
        String like = "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        all.add(cb.or(cb.like(cb.lower(root.get("number")), like, '\\'),
            cb.like(cb.lower(root.get("location")), like, '\\'),
            cb.like(cb.lower(root.get("description")), like, '\\')));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }

  /**
   * What an officer may see: hazards in the grids his roles cover, those his departments or groups
   * lead or assist, and those he reported.
   */
  static Specification<Hazard> visibleTo(String userId, Set<String> gridCodes, Set<String> groupIds) {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      any.add(cb.equal(root.get("reporterId"), userId));
      if (!gridCodes.isEmpty()) {
        any.add(root.get("gridCode").in(gridCodes));
      }
      if (!groupIds.isEmpty()) {
        any.add(root.get("leadGroup").in(groupIds));
      }
      for (String group : groupIds) {
        if (group.startsWith("dept-")) {
          any.add(listContains(cb, root.get("assistingDepartments"), group.substring("dept-".length())));
        }
      }
      return cb.or(any.toArray(Predicate[]::new));
    };
  }

  /**
   * {@link #visibleTo} for one hazard, in memory: the same rule, for the engine's grants on the
   * hazard's process instance (HazardReaders). {@code HazardReadersTest} holds the two to the same
   * answer for every login of the demo town and every hazard.
   */
  static boolean isVisibleTo(Hazard hazard, String userId, Set<String> gridCodes, Set<String> groupIds) {
    if (userId.equals(hazard.getReporterId()) || gridCodes.contains(hazard.getGridCode())
        || hazard.getLeadGroup() != null && groupIds.contains(hazard.getLeadGroup())) {
      return true;
    }
    return HazardLedger.split(hazard.getAssistingDepartments()).stream()
        .anyMatch(code -> groupIds.contains("dept-" + code));
  }

  private static Predicate listContains(jakarta.persistence.criteria.CriteriaBuilder cb, Expression<String> csv,
      String code) {
    return cb.like(cb.concat(cb.concat(",", csv), ","), "%," + code + ",%");
  }

  /** {@code column = value}, or {@code column is null} for {@link #NONE}. */
  public static Predicate equalOrNone(CriteriaBuilder cb, Expression<String> column, String value) {
    return NONE.equals(value.trim()) ? cb.isNull(column) : cb.equal(column, value.trim());
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
