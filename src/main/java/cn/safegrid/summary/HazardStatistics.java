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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A unit's or the town's 《事故隐患排查治理情况统计分析表》 for a quarter or a year (SAWS order 16
 * art. 14): the figures, who must sign it by when, who signed and whether late.
 */
@Entity
@Table(name = "sg_hazard_statistics")
public class HazardStatistics {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statistics")
  @SequenceGenerator(name = "statistics", sequenceName = "sg_summary_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "town_code", nullable = false)
  private String townCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false)
  private StatisticsSubject.Kind subjectKind;

  @Column(name = "subject_code", nullable = false)
  private String subjectCode;

  @Column(name = "subject_name", nullable = false)
  private String subjectName;

  @Enumerated(EnumType.STRING)
  @Column(name = "grid_kind")
  private GridKind gridKind;

  @Column(name = "supervising_department")
  private String supervisingDepartment;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false)
  private PeriodKind periodKind;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatisticsStatus status = StatisticsStatus.OPEN;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "figures_at")
  private Instant figuresAt;

  @Embedded
  private StatisticsFigures figures = new StatisticsFigures();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "sg_hazard_statistics_category", joinColumns = @JoinColumn(name = "statistics_id"))
  private List<StatisticsCategory> categories = new ArrayList<>();

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_by_name")
  private String signedByName;

  @Column(name = "signed_late", nullable = false)
  private boolean signedLate;

  @Column(name = "signature_remarks")
  private String signatureRemarks;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected HazardStatistics() {}

  HazardStatistics(StatisticsSubject subject, ReportPeriod period, Instant openedAt, Instant dueAt) {
    this.townCode = subject.townCode();
    this.subjectKind = subject.kind();
    this.subjectCode = subject.code();
    this.subjectName = subject.name();
    this.gridKind = subject.gridKind();
    this.supervisingDepartment = subject.supervisingDepartment();
    this.periodKind = period.kind();
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.openedAt = openedAt;
    this.dueAt = dueAt;
  }

  public ReportPeriod period() {
    return new ReportPeriod(periodKind, periodStart);
  }

  public String businessKey() {
    return (subjectKind == StatisticsSubject.Kind.TOWN ? "town-" : "") + subjectCode + "/" + period().code();
  }

  /** The grid the statistics are about (a unit), for the task's watchers; null for the town. */
  public String gridCode() {
    return subjectKind == StatisticsSubject.Kind.UNIT ? subjectCode : null;
  }

  void counted(StatisticsFigures figures, List<StatisticsCategory> categories, Instant at) {
    this.figures = figures;
    this.categories.clear();
    this.categories.addAll(categories);
    this.figuresAt = at;
  }

  void reminded(Instant at) {
    this.remindedAt = at;
    if (status == StatisticsStatus.OPEN) {
      status = StatisticsStatus.OVERDUE;
    }
  }

  void signed(Instant at, String actor, String actorName, String remarks) {
    this.signedAt = at;
    this.signedBy = actor;
    this.signedByName = actorName;
    this.signatureRemarks = remarks;
    this.signedLate = at.isAfter(dueAt);
    this.status = signedLate ? StatisticsStatus.SIGNED_LATE : StatisticsStatus.SIGNED;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getTownCode() { return townCode; }
  public StatisticsSubject.Kind getSubjectKind() { return subjectKind; }
  public String getSubjectCode() { return subjectCode; }
  public String getSubjectName() { return subjectName; }
  public GridKind getGridKind() { return gridKind; }
  public String getSupervisingDepartment() { return supervisingDepartment; }
  public PeriodKind getPeriodKind() { return periodKind; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public StatisticsStatus getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getFiguresAt() { return figuresAt; }
  public StatisticsFigures getFigures() { return figures == null ? new StatisticsFigures() : figures; }
  public List<StatisticsCategory> getCategories() { return List.copyOf(categories); }
  public Instant getRemindedAt() { return remindedAt; }
  public Instant getSignedAt() { return signedAt; }
  public String getSignedBy() { return signedBy; }
  public String getSignedByName() { return signedByName; }
  public boolean isSignedLate() { return signedLate; }
  public String getSignatureRemarks() { return signatureRemarks; }
  public String getProcessInstanceId() { return processInstanceId; }
}
