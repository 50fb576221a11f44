package cn.safegrid.summary;

import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Refusal;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hazard statistics' ledger: opened per unit (and town) and period once, counted, signed, late. */
@Service
@Transactional
public class StatisticsLedger {

  private final HazardStatisticsRepository statistics;
  private final SharedPasses passes;
  private final Registry registry;
  private final Officers officers;
  private final TownClock clock;

  StatisticsLedger(HazardStatisticsRepository statistics, SharedPasses passes, Registry registry,
      Officers officers, TownClock clock) {
    this.statistics = statistics;
    this.passes = passes;
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  Optional<HazardStatistics> open(StatisticsSubject subject, ReportPeriod period, Instant due) {
    if (statistics.findBySubjectKindAndSubjectCodeAndPeriodKindAndPeriodStart(subject.kind(), subject.code(),
        period.kind(), period.start()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(statistics.save(new HazardStatistics(subject, period, clock.now(), due)));
  }

  /** Creates the subject's statistics of the period; the caller knows it has none ({@link #openedSubjects}). */
  HazardStatistics create(StatisticsSubject subject, ReportPeriod period, Instant due) {
    return statistics.save(new HazardStatistics(subject, period, clock.now(), due));
  }

  /** The subjects that have statistics of the period, as {@code UNIT:school-bieshan-central}, {@code TOWN:bieshan}. */
  @Transactional(readOnly = true)
  java.util.Set<String> openedSubjects(ReportPeriod period) {
    return new java.util.HashSet<>(statistics.subjectKeys(period.kind(), period.start()));
  }

  void started(Long id, String processInstanceId) {
    find(id).started(processInstanceId);
  }

  HazardStatistics count(Long id) {
    HazardStatistics table = find(id);
    StatisticsSubject subject = StatisticsCounts.subject(registry.current(), table.getSubjectKind(), table.getSubjectCode())
        .orElseGet(() -> new StatisticsSubject(table.getSubjectKind(), table.getSubjectCode(), table.getSubjectName(),
            table.getTownCode(), table.getGridKind(), table.getSupervisingDepartment(), List.of(table.getSubjectCode())));
    StatisticsCounts.Counted counted = passes.statistics(subject, table.period());
    table.counted(counted.figures(), counted.categories(), clock.now());
    return table;
  }

  void remind(Long id) {
    find(id).reminded(clock.now());
  }

  void sign(Long id, String actor, Boolean signed, String remarks) {
    if (!Boolean.TRUE.equals(signed)) {
      throw Refusal.of(SummaryVariables.SIGNED.name(), "请确认已审阅统计分析表并签署");
    }
    find(id).signed(clock.now(), actor, officers.nameOf(actor),
        SummaryLedger.fit(SummaryVariables.SIGNATURE_REMARKS.name(), remarks, SummaryLedger.MAX_TEXT, "签署意见"));
  }

  @Transactional(readOnly = true)
  public HazardStatistics statisticsOf(Long id, String processInstanceId) {
    HazardStatistics table = find(id);
    if (processInstanceId == null || !processInstanceId.equals(table.getProcessInstanceId())) {
      throw new IllegalStateException("隐患统计 " + table.businessKey() + " 不属于流程实例 " + processInstanceId
          + "，拒绝处理");
    }
    return table;
  }

  @Transactional(readOnly = true)
  public HazardStatistics find(Long id) {
    return statistics.findById(id).orElseThrow(() -> ApiException.notFound("隐患统计不存在（id " + id + "）"));
  }
}
