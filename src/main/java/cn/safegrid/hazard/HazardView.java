package cn.safegrid.hazard;

import cn.safegrid.grid.Officers;
import java.time.Instant;
import java.util.List;

/** A hazard as the API shows it: codes for programs, Chinese labels for people. */
public record HazardView(
    String number, String gridCode, String gridName, String areaCode, String category, String categoryName,
    String grade, String gradeLabel, String location, String description, String reporterId, String reporterName,
    boolean reportedByDepartment, String leadDepartment, String leadUnitName, List<String> assistingDepartments,
    HazardStatus status, String statusLabel, Escalation escalation, String escalationLabel,
    boolean listedSupervision, boolean overdue, String responsibleUnit, String responsiblePerson,
    String responsiblePhone, String measures, Plan plan, String rectificationResult, int rectificationRound,
    Instant rectificationDue, Instant levelTwoEscalationAt, Instant levelOneEscalationAt, Instant accountabilityAt,
    Instant reportedAt, Instant acceptedAt, Instant rectifiedAt, Instant closedAt, String processInstanceId,
    String source) {

  /** The six parts of a major hazard's rectification plan. */
  public record Plan(String goal, String method, String funds, String responsible, String timeLimit,
      String safetyMeasures, Instant approvedAt) {}

  /** One audit-trail entry. */
  public record Event(Instant at, String actorId, String actorName, HazardAction action, String actionLabel,
      HazardStatus fromStatus, HazardStatus toStatus, String remarks) {}

  /** A photo's facts; its bytes are at {@code url}. */
  public record Photo(Long id, HazardPhoto.Stage stage, String stageLabel, String fileName, String contentType,
      int sizeBytes, String uploadedBy, String uploadedByName, Instant uploadedAt, String url) {}

  /** A hazard with its whole trail and photos. */
  public record Detail(HazardView hazard, List<Event> trail, List<Photo> photos) {}

  static HazardView of(Hazard h, Instant now) {
    Plan plan = h.getPlanGoal() == null ? null : new Plan(h.getPlanGoal(), h.getPlanMethod(), h.getPlanFunds(),
        h.getPlanResponsible(), h.getPlanTimeLimit(), h.getPlanSafetyMeasures(), h.getPlanApprovedAt());
    return new HazardView(h.getNumber(), h.getGridCode(), h.getGridName(), h.getAreaCode(), h.getCategory(),
        h.getCategoryName(), h.getGrade().code(), h.getGrade().label(), h.getLocation(), h.getDescription(),
        h.getReporterId(), h.getReporterName(), h.isReportedByDepartment(), h.getLeadDepartment(), h.getLeadUnitName(),
        HazardLedger.split(h.getAssistingDepartments()), h.getStatus(), h.getStatus().label(), h.getEscalation(),
        h.getEscalation().label(), h.isListedSupervision(), h.isOverdue(now), h.getResponsibleUnit(),
        h.getResponsiblePerson(), h.getResponsiblePhone(), h.getMeasures(), plan, h.getRectificationResult(),
        h.getRectificationRound(), h.getRectificationDue(), h.getLevelTwoAt(), h.getLevelOneAt(),
        h.getAccountabilityAt(), h.getReportedAt(), h.getAcceptedAt(), h.getRectifiedAt(), h.getClosedAt(),
        h.getProcessInstanceId(), h.getSource());
  }

  static Event of(HazardEvent e) {
    return new Event(e.getAt(), e.getActorId(), e.getActorName(), e.getAction(), e.getAction().label(),
        e.getFromStatus(), e.getToStatus(), e.getRemarks());
  }

  static Photo of(String number, HazardPhotoRepository.PhotoInfo p, Officers officers) {
    return new Photo(p.getId(), p.getStage(), p.getStage().label(), p.getFileName(), p.getContentType(),
        p.getSizeBytes(), p.getUploadedBy(), officers.nameOf(p.getUploadedBy()), p.getUploadedAt(),
        "/api/hazards/" + number + "/photos/" + p.getId());
  }
}
