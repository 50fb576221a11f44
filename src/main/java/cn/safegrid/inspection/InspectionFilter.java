package cn.safegrid.inspection;

import cn.safegrid.system.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inspection ledger's filters (all optional, bound from the query string): grid, area, status,
 * checklist ({@code village} or {@code unit}), ISO week ({@code 2027-W09}), due day range (town days,
 * inclusive, yyyy-MM-dd: the day the task says, so a round due at Monday 00:00 is due on Sunday),
 * {@code late} (done late, missed or closed unfinished), {@code withFindings} (found hazards),
 * {@code extra} (extra rounds 加密排查 a member opened, or the scheduled ones) and {@code outcome}
 * (按时完成 / 逾期完成 / 漏查 / 未到期 as the compliance figures count them, {@link InspectionOutcome}).
 */
public record InspectionFilter(String gridCode, String areaCode, InspectionStatus status, String checklist,
    String week,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
    Boolean late, Boolean withFindings, Boolean extra, InspectionOutcome outcome) {

  /** Only the due day range (town days, inclusive): the rounds due in a period. */
  public static InspectionFilter dueBetween(LocalDate from, LocalDate to) {
    return new InspectionFilter(null, null, null, null, null, from, to, null, null, null, null);
  }

  /** The same filter narrowed to one area ({@code areaCode}). */
  public InspectionFilter inArea(String area) {
    return new InspectionFilter(gridCode, area, status, checklist, week, dueFrom, dueTo, late, withFindings, extra,
        outcome);
  }

  /** The statuses of a round that was not done by its due time. */
  static final Set<InspectionStatus> LATE =
      EnumSet.of(InspectionStatus.DONE_LATE, InspectionStatus.MISSED, InspectionStatus.CLOSED_UNFINISHED);

  /**
   * The filter as a query, {@code now} deciding which undone rounds are missed; a malformed week or
   * an unknown checklist answers 400 here, before any query runs.
   */
  public Specification<Inspection> toSpecification(ZoneId zone, java.time.Instant now) {
    LocalDate weekStart = notBlank(week) ? InspectionWeek.mondayOf(week, "week") : null;
    Checklist list = notBlank(checklist) ? checklistOf(checklist.trim()) : null;
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (notBlank(gridCode)) {
        all.add(cb.equal(root.get("gridCode"), gridCode.trim()));
      }
      if (notBlank(areaCode)) {
        // "-": the rounds of grids in no area (units)
        all.add(cn.safegrid.hazard.HazardFilter.equalOrNone(cb, root.get("areaCode"), areaCode));
      }
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      if (list != null) {
        all.add(cb.equal(root.get("checklist"), list));
      }
      if (weekStart != null) {
        all.add(cb.equal(root.get("weekStart"), weekStart));
      }
      // due on day d = due after d's start and at the latest at the next day's start (24 时)
      if (dueFrom != null) {
        all.add(cb.greaterThan(root.get("dueAt"), dueFrom.atStartOfDay(zone).toInstant()));
      }
      if (dueTo != null) {
        all.add(cb.lessThanOrEqualTo(root.get("dueAt"), dueTo.plusDays(1).atStartOfDay(zone).toInstant()));
      }
      if (late != null) {
        Predicate isLate = root.get("status").in(LATE);
        all.add(late ? isLate : cb.not(isLate));
      }
      if (withFindings != null) {
        all.add(withFindings ? cb.greaterThan(root.get("findings"), 0) : cb.equal(root.get("findings"), 0));
      }
      if (extra != null) {
        all.add(cb.equal(root.get("extra"), extra));
      }
      if (outcome != null) {
        all.add(outcome.predicate(root, cb, now));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }

  /** The rounds of these grids (what an officer who does not read everything may see). */
  static Specification<Inspection> inGrids(Set<String> gridCodes) {
    return (root, query, cb) -> gridCodes.isEmpty() ? cb.disjunction() : root.get("gridCode").in(gridCodes);
  }

  private static Checklist checklistOf(String code) {
    return Arrays.stream(Checklist.values()).filter(c -> c.code().equals(code)).findFirst()
        .orElseThrow(() -> ApiException.invalidField("checklist", "参数“checklist”的值“" + code + "”无效，可选值："
            + Arrays.stream(Checklist.values()).map(c -> c.code() + "（" + c.label() + "）")
                .collect(Collectors.joining("、")) + "。"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
