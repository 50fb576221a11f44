package cn.safegrid.summary;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The town's monthly summary: the town's own figures (each hazard and round once), how many grids and
 * departments filed (on time, late) when the office filed it, the office's review, and the level-1
 * leaders' acknowledgements. The breakdowns by area, department and kind of grid are read from the
 * grids' summaries ({@link MonthlySummary}).
 */
@Entity
@Table(name = "sg_town_summary")
public class TownSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "town_summary")
  @SequenceGenerator(name = "town_summary", sequenceName = "sg_summary_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "town_code", nullable = false)
  private String townCode;

  @Column(name = "town_name", nullable = false)
  private String townName;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TownSummaryStatus status = TownSummaryStatus.OPEN;

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
  @CollectionTable(name = "sg_town_summary_category", joinColumns = @JoinColumn(name = "summary_id"))
  private List<CategoryCount> categories = new ArrayList<>();

  @Column(name = "summaries_total", nullable = false)
  private int summariesTotal;

  @Column(name = "summaries_filed", nullable = false)
  private int summariesFiled;

  @Column(name = "summaries_filed_late", nullable = false)
  private int summariesFiledLate;

  @Column(name = "review_remarks")
  private String reviewRemarks;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "filed_by_name")
  private String filedByName;

  @Column(name = "filed_late", nullable = false)
  private boolean filedLate;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "sg_town_summary_ack", joinColumns = @JoinColumn(name = "summary_id"))
  private List<TownAcknowledgement> acknowledgements = new ArrayList<>();

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected TownSummary() {}

  TownSummary(String townCode, String townName, ReportPeriod period, Instant openedAt, Instant dueAt) {
    this.townCode = townCode;
    this.townName = townName;
    this.periodStart = period.start();
    this.openedAt = openedAt;
    this.dueAt = dueAt;
  }

  public ReportPeriod period() {
    return ReportPeriod.month(YearMonth.from(periodStart));
  }

  /** {@code town-bieshan/2026-03}. */
  public String businessKey() {
    return "town-" + townCode + "/" + period().code();
  }

  void counted(MonthFigures figures, List<CategoryCount> categories, Instant at) {
    this.figures = figures;
    this.categories.clear();
    this.categories.addAll(categories);
    this.figuresAt = at;
  }

  void filed(Instant at, String actor, String actorName, String remarks, int total, int filed, int filedLate) {
    this.filedAt = at;
    this.filedBy = actor;
    this.filedByName = actorName;
    this.reviewRemarks = remarks;
    this.filedLate = at.isAfter(dueAt);
    this.summariesTotal = total;
    this.summariesFiled = filed;
    this.summariesFiledLate = filedLate;
    this.status = TownSummaryStatus.FILED;
  }

  /** Records a leader's acknowledgement. */
  void acknowledged(TownAcknowledgement acknowledgement) {
    acknowledgements.removeIf(a -> a.getLogin().equals(acknowledgement.getLogin()));
    acknowledgements.add(acknowledgement);
  }

  /** Every leader asked has acknowledged. */
  void allAcknowledged() {
    status = TownSummaryStatus.ACKNOWLEDGED;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getTownCode() { return townCode; }
  public String getTownName() { return townName; }
  public LocalDate getPeriodStart() { return periodStart; }
  public TownSummaryStatus getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getFiguresAt() { return figuresAt; }
  public MonthFigures getFigures() { return figures == null ? new MonthFigures() : figures; }
  public List<CategoryCount> getCategories() { return List.copyOf(categories); }
  public int getSummariesTotal() { return summariesTotal; }
  public int getSummariesFiled() { return summariesFiled; }
  public int getSummariesFiledLate() { return summariesFiledLate; }
  public String getReviewRemarks() { return reviewRemarks; }
  public Instant getFiledAt() { return filedAt; }
  public String getFiledBy() { return filedBy; }
  public String getFiledByName() { return filedByName; }
  public boolean isFiledLate() { return filedLate; }
  public List<TownAcknowledgement> getAcknowledgements() { return List.copyOf(acknowledgements); }
  public String getProcessInstanceId() { return processInstanceId; }
}
