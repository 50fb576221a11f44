package cn.safegrid.hazard;

import jakarta.persistence.criteria.Expression;
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
 * or assisting), category, grade, status, escalation, overdue, report date range (town days,
 * inclusive, yyyy-MM-dd), free text {@code q} (number, place, description), open or closed
 * ({@code open=true}: not yet 销号; {@code open=false}: 销号).
 */
public record HazardFilter(String gridCode, String areaCode, String department, String category, String grade,
    HazardStatus status, Escalation escalation, Boolean overdue,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedTo,
    String q, Boolean open) {

  Specification<Hazard> toSpecification(ZoneId zone, Instant now) {
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (notBlank(gridCode)) {
        all.add(cb.equal(root.get("gridCode"), gridCode.trim()));
      }
      if (notBlank(areaCode)) {
        all.add(cb.equal(root.get("areaCode"), areaCode.trim()));
      }
      if (notBlank(department)) {
        all.add(cb.or(cb.equal(root.get("leadDepartment"), department.trim()),
            listContains(cb, root.get("assistingDepartments"), department.trim())));
      }
      if (notBlank(category)) {
        all.add(cb.equal(root.get("category"), category.trim()));
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
      if (overdue != null) {
        Predicate late = cb.and(cb.notEqual(root.get("status"), HazardStatus.CLOSED),
            cb.lessThan(root.get("rectificationDue"), now));
        all.add(overdue ? late : cb.not(late));
      }
      if (reportedFrom != null) {
        all.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), reportedFrom.atStartOfDay(zone).toInstant()));
      }
      if (reportedTo != null) {
        all.add(cb.lessThan(root.get("reportedAt"), reportedTo.plusDays(1).atStartOfDay(zone).toInstant()));
      }
      if (open != null) {
        all.add(open ? cb.notEqual(root.get("status"), HazardStatus.CLOSED)
            : cb.equal(root.get("status"), HazardStatus.CLOSED));
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

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
