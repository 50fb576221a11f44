package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid's (or a department's) 《安全生产网格化管理情况月度汇总表》 for one month: who files it, by when,
 * the month's figures from the ledgers, what the leader filed, reminders, supervision and lateness.
 * The names are copied when the month is opened, so the summary reads true after registry changes.
 */
@Entity
@Table(name = "sg_monthly_summary")
public class MonthlySummary {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summary")
  @SequenceGenerator(name = "summary", sequenceName = "sg_summary_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "town_code", nullable = false)
  private String townCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_code", nullable = false)
  private String subjectCode;

  @Column(name = "subject_name", nullable = false)
  private String subjectName;

  @Enumerated(EnumType.STRING)
  @Column(name = "grid_kind")
  private GridKind gridKind;

  @Column(name = "area_code")
  private String areaCode;

  @Column(name = "supervising_department")
  private String supervisingDepartment;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SummaryStatus status = SummaryStatus.OPEN;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "figures_at")
  private Instant figuresAt;

  @Embedded
  private MonthFigures figures = new MonthFigures();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "sg_monthly_summary_category", joinColumns = @JoinColumn(name = "summary_id"))
  private List<CategoryCount> categories = new ArrayList<>();

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "supervision_ordered_at")
  private Instant supervisionOrderedAt;

  /** The names of those the supervision order went to, as the registry gave them then. */
  private String supervisors;

  @Column(name = "supervised_at")
  private Instant supervisedAt;

  @Column(name = "supervised_by")
  private String supervisedBy;

  @Column(name = "supervised_by_name")
  private String supervisedByName;

  @Column(name = "supervision_remarks")
  private String supervisionRemarks;

  @Column(name = "delegated_at")
  private Instant delegatedAt;

  @Column(name = "delegated_to")
  private String delegatedTo;

  @Column(name = "delegated_to_name")
  private String delegatedToName;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "filed_by_name")
  private String filedByName;

  @Column(name = "filed_late", nullable = false)
  private boolean filedLate;

  @Column(name = "figures_remarks")
  private String figuresRemarks;

  @Column(name = "month_work")
  private String monthWork;

  @Column(name = "help_needed")
  private String helpNeeded;

  @Column(name = "next_plan")
  private String nextPlan;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected MonthlySummary() {}

  MonthlySummary(SummarySubject subject, ReportPeriod period, Instant openedAt, Instant dueAt) {
    this.townCode = subject.townCode();
    this.subjectKind = subject.kind();
    this.subjectCode = subject.code();
    this.subjectName = subject.name();
    this.gridKind = subject.gridKind();
    this.areaCode = subject.areaCode();
    this.supervisingDepartment = subject.supervisingDepartment();
    this.periodStart = period.start();
    this.openedAt = openedAt;
    this.dueAt = dueAt;
  }

  public ReportPeriod period() {
    return ReportPeriod.month(java.time.YearMonth.from(periodStart));
  }

  /** {@code village-xiaogang/2026-03}, {@code dept-education/2026-03}. */
  public String businessKey() {
    return (subjectKind == SubjectKind.DEPARTMENT ? "dept-" : "") + subjectCode + "/" + period().code();
  }

  /** The grid the summary is about, for the task's watchers; null for a department. */
  public String gridCode() {
    return subjectKind == SubjectKind.GRID ? subjectCode : null;
  }

  /** 村, 企业, 学校, 医院, 事业单位 or 部门. */
  public String kindLabel() {
    return gridKind == null ? SubjectKind.DEPARTMENT.label() : gridKind.label();
  }

  void counted(MonthFigures figures, List<CategoryCount> categories, Instant at) {
    this.figures = figures;
    this.categories.clear();
    this.categories.addAll(categories);
    this.figuresAt = at;
  }

  void reminded(Instant at) {
    this.remindedAt = at;
    if (status == SummaryStatus.OPEN) {
      status = SummaryStatus.OVERDUE;
    }
  }

  void supervisionOrdered(Instant at, String supervisorNames) {
    this.supervisionOrderedAt = at;
    this.supervisors = supervisorNames;
  }

  void supervised(Instant at, String actor, String actorName, String remarks) {
    this.supervisedAt = at;
    this.supervisedBy = actor;
    this.supervisedByName = actorName;
    this.supervisionRemarks = remarks;
  }

  void delegated(Instant at, String login, String name) {
    this.delegatedAt = at;
    this.delegatedTo = login;
    this.delegatedToName = name;
  }

  void filed(Instant at, String actor, String actorName, String figuresRemarks, String monthWork, String helpNeeded,
      String nextPlan) {
    this.filedAt = at;
    this.filedBy = actor;
    this.filedByName = actorName;
    this.filedLate = at.isAfter(dueAt);
    this.status = filedLate ? SummaryStatus.FILED_LATE : SummaryStatus.FILED;
    this.figuresRemarks = figuresRemarks;
    this.monthWork = monthWork;
    this.helpNeeded = helpNeeded;
    this.nextPlan = nextPlan;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public String getTownCode() { return townCode; }
  public SubjectKind getSubjectKind() { return subjectKind; }
  public String getSubjectCode() { return subjectCode; }
  public String getSubjectName() { return subjectName; }
  public GridKind getGridKind() { return gridKind; }
  public String getAreaCode() { return areaCode; }
  public String getSupervisingDepartment() { return supervisingDepartment; }
  public LocalDate getPeriodStart() { return periodStart; }
  public SummaryStatus getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getFiguresAt() { return figuresAt; }
  public MonthFigures getFigures() { return figures == null ? new MonthFigures() : figures; }
  public List<CategoryCount> getCategories() { return List.copyOf(categories); }
  public Instant getRemindedAt() { return remindedAt; }
  public Instant getSupervisionOrderedAt() { return supervisionOrderedAt; }
  public String getSupervisors() { return supervisors; }
  public Instant getSupervisedAt() { return supervisedAt; }
  public String getSupervisedBy() { return supervisedBy; }
  public String getSupervisedByName() { return supervisedByName; }
  public String getSupervisionRemarks() { return supervisionRemarks; }
  public Instant getDelegatedAt() { return delegatedAt; }
  public String getDelegatedTo() { return delegatedTo; }
  public String getDelegatedToName() { return delegatedToName; }
  public Instant getFiledAt() { return filedAt; }
  public String getFiledBy() { return filedBy; }
  public String getFiledByName() { return filedByName; }
  public boolean isFiledLate() { return filedLate; }
  public String getFiguresRemarks() { return figuresRemarks; }
  public String getMonthWork() { return monthWork; }
  public String getHelpNeeded() { return helpNeeded; }
  public String getNextPlan() { return nextPlan; }
  public String getProcessInstanceId() { return processInstanceId; }
}
