package cn.safegrid.hazard;

import cn.safegrid.grid.Officers;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryIndex;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hazard as the API shows it: codes for programs, Chinese labels for people. The names copied
 * into the ledger when they applied (grid, category, lead unit, reporter) come from the record; the
 * others ({@code areaName}, {@code assistingDepartmentNames}, the grid in {@code sourceLabel}) are
 * looked up in the current registry.
 */
public record HazardView(
    String number, String gridCode, String gridName, String areaCode, String areaName, String category,
    String categoryName, String grade, String gradeLabel, String location, String description, String reporterId,
    String reporterName, boolean reportedByDepartment, String leadDepartment, String leadUnitName,
    List<String> assistingDepartments, List<String> assistingDepartmentNames, HazardStatus status,
    String statusLabel, Escalation escalation, String escalationLabel, boolean listedSupervision, boolean overdue,
    String responsibleUnit, String responsiblePerson, String responsiblePhone, String measures, Plan plan,
    String rectificationResult, int rectificationRound, Instant rectificationDue, Instant levelTwoEscalationAt,
    Instant levelOneEscalationAt, Instant accountabilityAt, Instant reportedAt, Instant acceptedAt,
    Instant rectifiedAt, Instant closedAt, String processInstanceId, String source, String sourceLabel,
    String sourceInspection, Integer routingRuleVersion, Integer deadlineRuleVersion) {

  /** The source an inspection finding gets: {@code 排查 <grid>/<yyyy>-W<ww>/<round> · <item>}. */
  static final Pattern INSPECTION_SOURCE = Pattern.compile("^排查 (([^/\\s]+)/(\\d{4})-W(\\d{2})/(\\d+)) · (.*)$");

  /** The six parts of a major hazard's rectification plan. */
  public record Plan(String goal, String method, String funds, String responsible, String timeLimit,
      String safetyMeasures, Instant approvedAt) {}

  /** One audit-trail entry. */
  public record Event(Instant at, String actorId, String actorName, HazardAction action, String actionLabel,
      HazardStatus fromStatus, String fromStatusLabel, HazardStatus toStatus, String toStatusLabel, String remarks) {}

  /** A photo's facts; its bytes are at {@code url}. */
  public record Photo(Long id, HazardPhoto.Stage stage, String stageLabel, String fileName, String contentType,
      int sizeBytes, String uploadedBy, String uploadedByName, Instant uploadedAt, String url) {}

  /**
   * A hazard with its whole trail and photos, and where its process stands now: the open tasks
   * (empty once it is closed).
   */
  public record Detail(HazardView hazard, List<Event> trail, List<Photo> photos, List<CurrentSteps.Step> currentSteps) {}

  /** One choice of a ledger filter: the code the API takes and its Chinese name. */
  public record Option(String code, String name) {}

  /**
   * The choices of the ledger's filters for this officer: the grids of the hazards he may see,
   * the town's areas and departments (everybody reads the structure), and the fixed lists.
   */
  public record FilterOptions(List<Option> grids, List<Option> areas, List<Option> departments,
      List<Option> categories, List<Option> grades, List<Option> statuses, List<Option> escalations,
      List<Option> leadDepartments) {}

  static HazardView of(Hazard h, Instant now, RegistryIndex index) {
    Plan plan = h.getPlanGoal() == null ? null : new Plan(h.getPlanGoal(), h.getPlanMethod(), h.getPlanFunds(),
        h.getPlanResponsible(), h.getPlanTimeLimit(), h.getPlanSafetyMeasures(), h.getPlanApprovedAt());
    List<String> assisting = HazardLedger.split(h.getAssistingDepartments());
    Matcher source = h.getSource() == null ? null : INSPECTION_SOURCE.matcher(h.getSource());
    boolean fromRound = source != null && source.matches();
    return new HazardView(h.getNumber(), h.getGridCode(), h.getGridName(), h.getAreaCode(),
        index.area(h.getAreaCode()).map(RegistryData.AreaRow::name).orElse(null), h.getCategory(),
        h.getCategoryName(), h.getGrade().code(), h.getGrade().label(), h.getLocation(), h.getDescription(),
        h.getReporterId(), h.getReporterName(), h.isReportedByDepartment(), h.getLeadDepartment(), h.getLeadUnitName(),
        assisting, assisting.stream().map(code -> index.department(code).map(RegistryData.DepartmentRow::name)
            .orElse(code)).toList(),
        h.getStatus(), h.getStatus().label(), h.getEscalation(), h.getEscalation().label(), h.isListedSupervision(),
        h.isOverdue(now), h.getResponsibleUnit(), h.getResponsiblePerson(), h.getResponsiblePhone(), h.getMeasures(),
        plan, h.getRectificationResult(), h.getRectificationRound(), h.getRectificationDue(), h.getLevelTwoAt(),
        h.getLevelOneAt(), h.getAccountabilityAt(), h.getReportedAt(), h.getAcceptedAt(), h.getRectifiedAt(),
        h.getClosedAt(), h.getProcessInstanceId(), h.getSource(),
        fromRound ? sourceLabel(source, h, index) : h.getSource(), fromRound ? source.group(1) : null,
        h.getRoutingRuleVersion(), h.getDeadlineRuleVersion());
  }

  /** "小岗村 2026 年第 49 周第 1 次排查 · 消防水源" for "排查 village-xiaogang/2026-W49/1 · 消防水源". */
  private static String sourceLabel(Matcher source, Hazard h, RegistryIndex index) {
    String gridCode = source.group(2);
    String grid = index.grid(gridCode).map(RegistryData.GridRow::name)
        .orElse(gridCode.equals(h.getGridCode()) ? h.getGridName() : gridCode);
    return grid + " " + source.group(3) + " 年第 " + Integer.parseInt(source.group(4)) + " 周第 " + source.group(5)
        + " 次排查 · " + source.group(6);
  }

  static Event of(HazardEvent e) {
    return new Event(e.getAt(), e.getActorId(), e.getActorName(), e.getAction(), e.getAction().label(),
        e.getFromStatus(), e.getFromStatus() == null ? null : e.getFromStatus().label(), e.getToStatus(),
        e.getToStatus() == null ? null : e.getToStatus().label(), e.getRemarks());
  }

  static Photo of(String number, HazardPhotoRepository.PhotoInfo p, Officers officers) {
    return new Photo(p.getId(), p.getStage(), p.getStage().label(), p.getFileName(), p.getContentType(),
        p.getSizeBytes(), p.getUploadedBy(), officers.nameOf(p.getUploadedBy()), p.getUploadedAt(),
        "/api/hazards/" + number + "/photos/" + p.getId());
  }
}
