package cn.safegrid.inspection;

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
import java.time.LocalDate;

/**
 * One inspection round of a grid in a week (排查记录): when it was open and due, who did it when,
 * what was found, and whether it was on time, late or missed.
 */
@Entity
@Table(name = "sg_inspection")
public class Inspection {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection")
  @SequenceGenerator(name = "inspection", sequenceName = "sg_inspection_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "town_code", nullable = false)
  private String townCode;

  @Column(name = "grid_code", nullable = false)
  private String gridCode;

  @Column(name = "grid_name", nullable = false)
  private String gridName;

  @Column(name = "area_code")
  private String areaCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Checklist checklist;

  /** The version of the checklist the round asks, fixed when it opens (catalogue). */
  @Column(name = "checklist_version")
  private Integer checklistVersion;

  /** Monday of the round's week (town time). */
  @Column(name = "week_start", nullable = false)
  private LocalDate weekStart;

  @Column(name = "round_no", nullable = false)
  private int roundNo;

  @Column(name = "rounds_per_week", nullable = false)
  private int roundsPerWeek;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionStatus status = InspectionStatus.OPEN;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "missed_at")
  private Instant missedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  @Column(name = "done_by_name")
  private String doneByName;

  private String summary;

  @Column(nullable = false)
  private int findings;

  @Column(name = "hazard_numbers")
  private String hazardNumbers;

  @Column(name = "supervised_by")
  private String supervisedBy;

  @Column(name = "supervised_by_name")
  private String supervisedByName;

  @Column(name = "supervision_remarks")
  private String supervisionRemarks;

  @Column(name = "closed_unfinished_at")
  private Instant closedUnfinishedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** After the reminder at the due time, how long until an undone round is missed (ISO-8601, inspection-deadlines.dmn). */
  @Column(name = "missed_after", nullable = false)
  private String missedAfter = "P1D";

  /** After a round is missed, how long until it is closed unfinished (ISO-8601, inspection-deadlines.dmn). */
  @Column(name = "close_after", nullable = false)
  private String closeAfter = "P13D";

  /** An extra round (加密排查) a member opened from Tasklist, beyond the schedule. */
  @Column(nullable = false)
  private boolean extra;

  @Column(name = "extra_reason")
  private String extraReason;

  /** Who opened an extra round (login and name); empty for scheduled rounds. */
  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "opened_by_name")
  private String openedByName;

  protected Inspection() {}

  Inspection(String townCode, String gridCode, String gridName, String areaCode, Checklist checklist,
      int checklistVersion, LocalDate weekStart, int roundNo, int roundsPerWeek, Instant opensAt, Instant dueAt) {
    this.checklistVersion = checklistVersion;
    this.townCode = townCode;
    this.gridCode = gridCode;
    this.gridName = gridName;
    this.areaCode = areaCode;
    this.checklist = checklist;
    this.weekStart = weekStart;
    this.roundNo = roundNo;
    this.roundsPerWeek = roundsPerWeek;
    this.opensAt = opensAt;
    this.dueAt = dueAt;
  }

  /** Extra rounds are numbered from 101 in their week (the first is 101): never a scheduled round's number. */
  static final int FIRST_EXTRA_ROUND = 101;

  /**
   * Identifies the round in Cockpit and Tasklist: grid, ISO week and round, e.g.
   * village-xiaogang/2026-W49/1; an extra round is E and its number in the week, village-xiaogang/2026-W49/E1.
   */
  public String businessKey() {
    return gridCode + "/" + InspectionWeek.iso(weekStart) + "/" + (extra ? "E" + extraNo() : String.valueOf(roundNo));
  }

  /** The extra round's number in its week (1, 2, …); 0 for a scheduled round. */
  public int extraNo() {
    return extra ? roundNo - FIRST_EXTRA_ROUND + 1 : 0;
  }

  void periods(String missedAfter, String closeAfter) {
    this.missedAfter = missedAfter;
    this.closeAfter = closeAfter;
  }

  void extra(String reason, String by, String byName) {
    this.extra = true;
    this.extraReason = reason;
    this.openedBy = by;
    this.openedByName = byName;
  }

  public Long getId() { return id; }
  public String getTownCode() { return townCode; }
  public String getGridCode() { return gridCode; }
  public String getGridName() { return gridName; }
  public String getAreaCode() { return areaCode; }
  public Checklist getChecklist() { return checklist; }
  /** The checklist version the round asks (1 for rounds opened before checklists were data). */
  public int getChecklistVersion() { return checklistVersion == null ? 1 : checklistVersion; }
  public LocalDate getWeekStart() { return weekStart; }
  public int getRoundNo() { return roundNo; }
  public int getRoundsPerWeek() { return roundsPerWeek; }
  public Instant getOpensAt() { return opensAt; }
  public Instant getDueAt() { return dueAt; }
  public InspectionStatus getStatus() { return status; }
  void setStatus(InspectionStatus status) { this.status = status; }
  public Instant getRemindedAt() { return remindedAt; }
  void setRemindedAt(Instant at) { this.remindedAt = at; }
  public Instant getMissedAt() { return missedAt; }
  void setMissedAt(Instant at) { this.missedAt = at; }
  public Instant getDoneAt() { return doneAt; }
  public String getDoneBy() { return doneBy; }
  public String getDoneByName() { return doneByName; }

  void done(Instant at, String by, String byName, String summary, int findings, String hazardNumbers) {
    this.doneAt = at;
    this.doneBy = by;
    this.doneByName = byName;
    this.summary = summary;
    this.findings = findings;
    this.hazardNumbers = hazardNumbers;
    this.status = at.isAfter(dueAt) ? InspectionStatus.DONE_LATE : InspectionStatus.DONE;
  }

  public String getSummary() { return summary; }
  public int getFindings() { return findings; }
  public String getHazardNumbers() { return hazardNumbers; }
  public String getSupervisedBy() { return supervisedBy; }
  public String getSupervisedByName() { return supervisedByName; }
  public String getSupervisionRemarks() { return supervisionRemarks; }

  void supervised(String by, String byName, String remarks) {
    this.supervisedBy = by;
    this.supervisedByName = byName;
    this.supervisionRemarks = remarks;
  }

  public Instant getClosedUnfinishedAt() { return closedUnfinishedAt; }
  void setClosedUnfinishedAt(Instant at) { this.closedUnfinishedAt = at; }
  public String getMissedAfter() { return missedAfter; }
  public String getCloseAfter() { return closeAfter; }
  public boolean isExtra() { return extra; }
  public String getExtraReason() { return extraReason; }
  public String getOpenedBy() { return openedBy; }
  public String getOpenedByName() { return openedByName; }
  public String getProcessInstanceId() { return processInstanceId; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }
}
