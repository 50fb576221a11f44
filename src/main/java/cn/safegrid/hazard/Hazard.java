package cn.safegrid.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A hazard in the ledger (台账): where it is, what it is, who answers for it, its deadlines and
 * where it stands. Names (grid, category, lead unit) are copied at the time they applied, so the
 * ledger reads true even after the registry changes.
 */
@Entity
@Table(name = "sg_hazard")
public class Hazard {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard")
  @SequenceGenerator(name = "hazard", sequenceName = "sg_hazard_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "hazard_number", nullable = false, unique = true)
  private String number;

  @Column(name = "town_code", nullable = false)
  private String townCode;

  @Column(name = "grid_code", nullable = false)
  private String gridCode;

  @Column(name = "grid_name", nullable = false)
  private String gridName;

  @Column(name = "area_code")
  private String areaCode;

  private String category;

  @Column(name = "category_name", nullable = false)
  private String categoryName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HazardGrade grade;

  @Column(nullable = false)
  private String location;

  @Column(nullable = false)
  private String description;

  @Column(name = "reporter_id")
  private String reporterId;

  @Column(name = "reporter_name")
  private String reporterName;

  @Column(name = "reported_by_department", nullable = false)
  private boolean reportedByDepartment;

  @Column(name = "lead_department")
  private String leadDepartment;

  @Column(name = "lead_group")
  private String leadGroup;

  @Column(name = "lead_unit_name")
  private String leadUnitName;

  @Column(name = "assisting_departments")
  private String assistingDepartments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HazardStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Escalation escalation = Escalation.NONE;

  /** 挂牌督办: major hazards are listed for supervision until their closure is reviewed. */
  @Column(name = "listed_supervision", nullable = false)
  private boolean listedSupervision;

  @Column(name = "responsible_unit")
  private String responsibleUnit;

  @Column(name = "responsible_person")
  private String responsiblePerson;

  @Column(name = "responsible_phone")
  private String responsiblePhone;

  private String measures;

  @Column(name = "plan_goal")
  private String planGoal;

  @Column(name = "plan_method")
  private String planMethod;

  @Column(name = "plan_funds")
  private String planFunds;

  @Column(name = "plan_responsible")
  private String planResponsible;

  @Column(name = "plan_time_limit")
  private String planTimeLimit;

  @Column(name = "plan_safety_measures")
  private String planSafetyMeasures;

  @Column(name = "plan_approved_at")
  private Instant planApprovedAt;

  @Column(name = "rectification_result")
  private String rectificationResult;

  @Column(name = "rectification_round", nullable = false)
  private int rectificationRound = 1;

  @Column(name = "rectification_due")
  private Instant rectificationDue;

  @Column(name = "level_two_at")
  private Instant levelTwoAt;

  @Column(name = "level_one_at")
  private Instant levelOneAt;

  @Column(name = "accountability_at")
  private Instant accountabilityAt;

  @Column(name = "routing_rule_version")
  private Integer routingRuleVersion;

  @Column(name = "deadline_rule_version")
  private Integer deadlineRuleVersion;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** Where the report came from, e.g. an inspection round and item. */
  private String source;

  protected Hazard() {}

  Hazard(String number, String townCode, String gridCode, String gridName, HazardGrade grade,
      String category, String categoryName, String location, String description, Instant reportedAt) {
    this.number = number;
    this.townCode = townCode;
    this.gridCode = gridCode;
    this.gridName = gridName;
    this.grade = grade;
    this.category = category;
    this.categoryName = categoryName;
    this.location = location;
    this.description = description;
    this.reportedAt = reportedAt;
    this.status = HazardStatus.REPORTED;
    this.listedSupervision = grade == HazardGrade.MAJOR;
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public String getNumber() { return number; }
  public String getTownCode() { return townCode; }
  public String getGridCode() { return gridCode; }
  public String getGridName() { return gridName; }
  public String getAreaCode() { return areaCode; }
  void setAreaCode(String areaCode) { this.areaCode = areaCode; }
  public String getCategory() { return category; }
  public String getCategoryName() { return categoryName; }
  public HazardGrade getGrade() { return grade; }
  public String getLocation() { return location; }
  public String getDescription() { return description; }
  public String getReporterId() { return reporterId; }
  public String getReporterName() { return reporterName; }
  void setReporter(String id, String name) { this.reporterId = id; this.reporterName = name; }
  public boolean isReportedByDepartment() { return reportedByDepartment; }
  void setReportedByDepartment(boolean value) { this.reportedByDepartment = value; }
  public String getLeadDepartment() { return leadDepartment; }
  public String getLeadGroup() { return leadGroup; }
  public String getLeadUnitName() { return leadUnitName; }
  public String getAssistingDepartments() { return assistingDepartments; }

  void route(String leadDepartment, String leadGroup, String leadUnitName, String assistingDepartments) {
    this.leadDepartment = leadDepartment;
    this.leadGroup = leadGroup;
    this.leadUnitName = leadUnitName;
    this.assistingDepartments = assistingDepartments;
  }

  public HazardStatus getStatus() { return status; }
  void setStatus(HazardStatus status) { this.status = status; }
  public Escalation getEscalation() { return escalation; }
  void setEscalation(Escalation escalation) { this.escalation = escalation; }
  public boolean isListedSupervision() { return listedSupervision; }
  void setListedSupervision(boolean listed) { this.listedSupervision = listed; }
  public String getResponsibleUnit() { return responsibleUnit; }
  public String getResponsiblePerson() { return responsiblePerson; }
  public String getResponsiblePhone() { return responsiblePhone; }
  public String getMeasures() { return measures; }

  void assignResponsibility(String unit, String person, String phone, String measures) {
    this.responsibleUnit = unit;
    this.responsiblePerson = person;
    this.responsiblePhone = phone;
    this.measures = measures;
  }

  public String getPlanGoal() { return planGoal; }
  public String getPlanMethod() { return planMethod; }
  public String getPlanFunds() { return planFunds; }
  public String getPlanResponsible() { return planResponsible; }
  public String getPlanTimeLimit() { return planTimeLimit; }
  public String getPlanSafetyMeasures() { return planSafetyMeasures; }
  public Instant getPlanApprovedAt() { return planApprovedAt; }
  void setPlanApprovedAt(Instant at) { this.planApprovedAt = at; }

  void setPlan(String goal, String method, String funds, String responsible, String timeLimit, String safetyMeasures) {
    this.planGoal = goal;
    this.planMethod = method;
    this.planFunds = funds;
    this.planResponsible = responsible;
    this.planTimeLimit = timeLimit;
    this.planSafetyMeasures = safetyMeasures;
  }

  public String getRectificationResult() { return rectificationResult; }
  void setRectificationResult(String result) { this.rectificationResult = result; }
  public int getRectificationRound() { return rectificationRound; }
  void nextRound() { this.rectificationRound++; }
  public Instant getRectificationDue() { return rectificationDue; }
  public Instant getLevelTwoAt() { return levelTwoAt; }
  public Instant getLevelOneAt() { return levelOneAt; }
  public Instant getAccountabilityAt() { return accountabilityAt; }

  void setDeadlines(Instant due, Instant levelTwo, Instant levelOne, Instant accountability) {
    this.rectificationDue = due;
    this.levelTwoAt = levelTwo;
    this.levelOneAt = levelOne;
    this.accountabilityAt = accountability;
  }

  public Instant getReportedAt() { return reportedAt; }
  public Instant getAcceptedAt() { return acceptedAt; }
  void setAcceptedAt(Instant at) { this.acceptedAt = at; }
  public Instant getRectifiedAt() { return rectifiedAt; }
  void setRectifiedAt(Instant at) { this.rectifiedAt = at; }
  public Instant getClosedAt() { return closedAt; }
  void setClosedAt(Instant at) { this.closedAt = at; }
  public String getProcessInstanceId() { return processInstanceId; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public String getSource() { return source; }
  void setSource(String source) { this.source = source; }

  /** The versions of the routing and deadline tables in force when the hazard was reported: they decide it. */
  void setRuleVersions(int routing, int deadlines) {
    this.routingRuleVersion = routing;
    this.deadlineRuleVersion = deadlines;
  }

  public Integer getRoutingRuleVersion() { return routingRuleVersion; }
  public Integer getDeadlineRuleVersion() { return deadlineRuleVersion; }

  /** Overdue: not closed and past its rectification deadline. */
  public boolean isOverdue(Instant now) {
    return status != HazardStatus.CLOSED && rectificationDue != null && now.isAfter(rectificationDue);
  }
}
