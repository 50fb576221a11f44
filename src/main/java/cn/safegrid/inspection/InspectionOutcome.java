package cn.safegrid.inspection;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;

/**
 * How a round came out, as the compliance figures count it at a moment {@code now}: done on time,
 * done late, missed (漏查: missed and supervised, closed unfinished, or still undone past its due
 * time), or not yet due. The one definition for the weekly compliance ({@link InspectionCompliance}),
 * the ledger's {@code outcome} filter and the supervisors' dashboard: {@link #of} for a round in
 * hand, {@link #predicate} for a query, and they agree.
 */
public enum InspectionOutcome {
  ON_TIME("按时完成"),
  LATE("逾期完成"),
  MISSED("漏查"),
  PENDING("未到期");

  private final String label;

  InspectionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcome of a round of this status, due at {@code due}, at {@code now}. */
  public static InspectionOutcome of(InspectionStatus status, Instant due, Instant now) {
    return switch (status) {
      case DONE -> ON_TIME;
      case DONE_LATE -> LATE;
      case MISSED, CLOSED_UNFINISHED -> MISSED;
      case OPEN, OVERDUE -> now.isBefore(due) ? PENDING : MISSED;
    };
  }

  /** The rounds of this outcome at {@code now}. */
  public Predicate predicate(Path<Inspection> round, CriteriaBuilder cb, Instant now) {
    Path<InspectionStatus> status = round.get("status");
    Path<Instant> due = round.get("dueAt");
    Predicate undone = status.in(InspectionStatus.OPEN, InspectionStatus.OVERDUE);
    return switch (this) {
      case ON_TIME -> cb.equal(status, InspectionStatus.DONE);
      case LATE -> cb.equal(status, InspectionStatus.DONE_LATE);
      case MISSED -> cb.or(status.in(InspectionStatus.MISSED, InspectionStatus.CLOSED_UNFINISHED),
          cb.and(undone, cb.lessThanOrEqualTo(due, now)));
      case PENDING -> cb.and(undone, cb.greaterThan(due, now));
    };
  }
}
