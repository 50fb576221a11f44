package cn.safegrid.summary;

import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Refusal;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly summaries' ledger: opened per grid and month (once: the database's unique key), the
 * figures counted, reminders, supervision, a deputy named, the filing and its lateness; and the
 * town's summary, filed by the safety office and acknowledged by the level-1 leaders.
 */
@Service
@Transactional
public class SummaryLedger {

  static final int MAX_TEXT = 2000;
  static final int MAX_WORK = 4000;

  private final MonthlySummaryRepository summaries;
  private final TownSummaryRepository towns;
  private final MonthlyFigures figures;
  private final SharedPasses passes;
  private final Registry registry;
  private final Officers officers;
  private final TownClock clock;

  SummaryLedger(MonthlySummaryRepository summaries, TownSummaryRepository towns, MonthlyFigures figures,
      SharedPasses passes, Registry registry, Officers officers, TownClock clock) {
    this.summaries = summaries;
    this.towns = towns;
    this.figures = figures;
    this.passes = passes;
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  /** The subject's summary of the month, created unless it exists already. */
  Optional<MonthlySummary> open(SummarySubject subject, ReportPeriod period, Instant due) {
    if (summaries.findBySubjectKindAndSubjectCodeAndPeriodStart(subject.kind(), subject.code(), period.start())
        .isPresent()) {
      return Optional.empty();
    }
    return Optional.of(summaries.save(new MonthlySummary(subject, period, clock.now(), due)));
  }

  /**
   * Creates the subject's summary of the month; the caller knows it has none ({@link #openedSubjects}
   * read once for a whole run: a query per subject would make Hibernate look over every summary the
   * run has created so far, each time). The database's unique key still refuses a second one.
   */
  MonthlySummary create(SummarySubject subject, ReportPeriod period, Instant due) {
    return summaries.save(new MonthlySummary(subject, period, clock.now(), due));
  }

  /** The subjects that have a summary of the month, as {@code GRID:village-xiaogang}, {@code DEPARTMENT:education}. */
  @Transactional(readOnly = true)
  java.util.Set<String> openedSubjects(ReportPeriod period) {
    return new java.util.HashSet<>(summaries.subjectKeys(period.start()));
  }

  void started(Long id, String processInstanceId) {
    find(id).started(processInstanceId);
  }

  /**
   * Counts the month's figures from the ledgers, for the subject as the registry describes it now
   * (from the month's shared pass, {@link SharedPasses}).
   */
  MonthlySummary count(Long id) {
    MonthlySummary summary = find(id);
    SummarySubject subject = SummarySubjects.of(registry.current(), summary.getSubjectKind(), summary.getSubjectCode())
        .orElseGet(() -> new SummarySubject(summary.getSubjectKind(), summary.getSubjectCode(),
            summary.getSubjectName(), summary.getTownCode(), summary.getGridKind(), summary.getAreaCode(),
            summary.getSupervisingDepartment(),
            summary.getSubjectKind() == SubjectKind.GRID ? List.of(summary.getSubjectCode()) : List.of()));
    MonthlyFigures.Counted counted = passes.month(subject, summary.period());
    summary.counted(counted.figures(), counted.categories(), clock.now());
    return summary;
  }

  void remind(Long id) {
    find(id).reminded(clock.now());
  }

  void supervisionOrdered(Long id, String names) {
    find(id).supervisionOrdered(clock.now(), names);
  }

  void supervised(Long id, String actor, String remarks) {
    if (blank(remarks)) {
      throw Refusal.of(SummaryVariables.SUPERVISION_REMARKS.name(), "请填写督办意见");
    }
    find(id).supervised(clock.now(), actor, officers.nameOf(actor), fit("supervisionRemarks", remarks, MAX_TEXT, "督办意见"));
  }

  /**
   * The leader names a deputy to file in his stead: one of the people {@link SummaryPeople#deputies}
   * lists for the grid now; anybody else is refused on the form.
   */
  void delegate(Long id, String actor, String deputyLogin) {
    MonthlySummary summary = find(id);
    if (blank(deputyLogin)) {
      throw Refusal.of(SummaryVariables.DEPUTY.name(), "请选择代为填报的副网格长");
    }
    RegistryIndex index = registry.current();
    PersonRow deputy = SummaryPeople.deputies(index, summary).stream()
        .filter(p -> p.loginId().equalsIgnoreCase(deputyLogin.trim())).findFirst()
        .orElseThrow(() -> Refusal.of(SummaryVariables.DEPUTY.name(),
            "“" + deputyLogin.trim() + "”不是" + summary.getSubjectName()
                + (summary.getSubjectKind() == SubjectKind.DEPARTMENT ? "的成员" : "的副网格长") + "，不能代为填报"));
    if (deputy.loginId().equals(actor)) {
      throw Refusal.of(SummaryVariables.DEPUTY.name(), "请选择其他人代为填报，或选择“本人填报”");
    }
    summary.delegated(clock.now(), deputy.loginId(), deputy.name());
  }

  /** Files the summary: the month's work and next month's plan are required. */
  void file(Long id, String actor, String figuresRemarks, String monthWork, String helpNeeded, String nextPlan) {
    MonthlySummary summary = find(id);
    if (blank(monthWork)) {
      throw Refusal.of(SummaryVariables.MONTH_WORK.name(), "请填写本月网格工作情况");
    }
    if (blank(nextPlan)) {
      throw Refusal.of(SummaryVariables.NEXT_PLAN.name(), "请填写下月工作计划");
    }
    summary.filed(clock.now(), actor, officers.nameOf(actor),
        fit(SummaryVariables.FIGURES_REMARKS.name(), figuresRemarks, MAX_TEXT, "对统计数据的说明"),
        fit(SummaryVariables.MONTH_WORK.name(), monthWork, MAX_WORK, "本月网格工作情况"),
        fit(SummaryVariables.HELP_NEEDED.name(), helpNeeded, MAX_TEXT, "需要上级网格协调解决的问题"),
        fit(SummaryVariables.NEXT_PLAN.name(), nextPlan, MAX_TEXT, "下月工作计划"));
  }

  /**
   * The summary a step of a process instance works on. The ledger, not the variable, is the
   * authority: the summary must have been started as this very instance.
   */
  @Transactional(readOnly = true)
  public MonthlySummary summaryOf(Long id, String processInstanceId) {
    MonthlySummary summary = find(id);
    if (processInstanceId == null || !processInstanceId.equals(summary.getProcessInstanceId())) {
      throw new IllegalStateException("月度汇总 " + summary.businessKey() + " 不属于流程实例 " + processInstanceId
          + "，拒绝处理");
    }
    return summary;
  }

  @Transactional(readOnly = true)
  public MonthlySummary find(Long id) {
    return summaries.findById(id).orElseThrow(() -> ApiException.notFound("月度汇总不存在（id " + id + "）"));
  }

  // --- the town's summary

  Optional<TownSummary> openTown(String townCode, String townName, ReportPeriod period, Instant due) {
    if (towns.findByTownCodeAndPeriodStart(townCode, period.start()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(towns.save(new TownSummary(townCode, townName, period, clock.now(), due)));
  }

  void townStarted(Long id, String processInstanceId) {
    findTown(id).started(processInstanceId);
  }

  TownSummary countTown(Long id) {
    TownSummary town = findTown(id);
    MonthlyFigures.Counted counted = figures.ofTown(town.getTownCode(), town.period());
    town.counted(counted.figures(), counted.categories(), clock.now());
    return town;
  }

  /** The office files the town summary; the grids' filing counts are taken as they stand now. */
  void fileTown(Long id, String actor, String remarks) {
    TownSummary town = findTown(id);
    if (blank(remarks)) {
      throw Refusal.of(SummaryVariables.REVIEW_REMARKS.name(), "请填写审核意见");
    }
    List<MonthlySummary> rows = summaries.findByTownCodeAndPeriodStart(town.getTownCode(), town.getPeriodStart());
    int filed = (int) rows.stream().filter(s -> s.getStatus().isFiled()).count();
    int late = (int) rows.stream().filter(MonthlySummary::isFiledLate).count();
    town.filed(clock.now(), actor, officers.nameOf(actor),
        fit(SummaryVariables.REVIEW_REMARKS.name(), remarks, MAX_WORK, "审核意见"), rows.size(), filed, late);
  }

  void acknowledgeTown(Long id, String actor, String remarks) {
    findTown(id).acknowledged(new TownAcknowledgement(actor, officers.nameOf(actor), clock.now(),
        fit(SummaryVariables.ACKNOWLEDGE_REMARKS.name(), remarks, MAX_TEXT, "批示意见")));
  }

  /** Every level-1 leader asked has acknowledged: the town summary is done. */
  void townAcknowledged(Long id) {
    findTown(id).allAcknowledged();
  }

  @Transactional(readOnly = true)
  public TownSummary townOf(Long id, String processInstanceId) {
    TownSummary town = findTown(id);
    if (processInstanceId == null || !processInstanceId.equals(town.getProcessInstanceId())) {
      throw new IllegalStateException("全镇月度汇总 " + town.businessKey() + " 不属于流程实例 " + processInstanceId
          + "，拒绝处理");
    }
    return town;
  }

  @Transactional(readOnly = true)
  public TownSummary findTown(Long id) {
    return towns.findById(id).orElseThrow(() -> ApiException.notFound("全镇月度汇总不存在（id " + id + "）"));
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The text trimmed, null when blank; refused on the form when longer than {@code max}. */
  static String fit(String field, String text, int max, String label) {
    if (blank(text)) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      throw Refusal.of(field, "“" + label + "”最多 " + max + " 个字，现有 " + trimmed.length() + " 个字");
    }
    return trimmed;
  }
}
