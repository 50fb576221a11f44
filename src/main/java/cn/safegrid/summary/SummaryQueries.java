package cn.safegrid.summary;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.TownRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading summaries and statistics on an officer's behalf: only what {@link SummaryAccess} lets him see. */
@Service
@Transactional(readOnly = true)
public class SummaryQueries {

  static final Sort ORDER = Sort.by("subjectKind", "gridKind", "areaCode", "subjectCode");

  private final MonthlySummaryRepository summaries;
  private final TownSummaryRepository towns;
  private final HazardStatisticsRepository statistics;
  private final SummaryAccess access;
  private final MonthlyFigures figures;
  private final Registry registry;

  SummaryQueries(MonthlySummaryRepository summaries, TownSummaryRepository towns, HazardStatisticsRepository statistics,
      SummaryAccess access, MonthlyFigures figures, Registry registry) {
    this.summaries = summaries;
    this.towns = towns;
    this.statistics = statistics;
    this.access = access;
    this.figures = figures;
    this.registry = registry;
  }

  /** The month's summaries the user may see, filtered by kind ({@code VILLAGE} … or {@code DEPARTMENT}), area and status. */
  Page<MonthlySummary> page(CurrentUser user, ReportPeriod month, String kind, String areaCode, SummaryStatus status,
      Pageable pageable) {
    Specification<MonthlySummary> filter = access.summaries(user)
        .and((root, query, cb) -> cb.equal(root.get("periodStart"), month.start()));
    if (kind != null && !kind.isBlank()) {
      String k = kind.trim();
      if (k.equals(SubjectKind.DEPARTMENT.name())) {
        filter = filter.and((root, query, cb) -> cb.equal(root.get("subjectKind"), SubjectKind.DEPARTMENT));
      } else {
        GridKind gridKind = Arrays.stream(GridKind.values()).filter(g -> g.name().equals(k)).findFirst()
            .orElseThrow(() -> ApiException.invalidField("kind", "网格类型“" + k
                + "”无效：可用 VILLAGE（村）、ENTERPRISE（企业）、SCHOOL（学校）、HOSPITAL（医院）、INSTITUTION（事业单位）、DEPARTMENT（部门）"));
        filter = filter.and((root, query, cb) -> cb.equal(root.get("gridKind"), gridKind));
      }
    }
    if (areaCode != null && !areaCode.isBlank()) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("areaCode"), areaCode.trim()));
    }
    if (status != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    return summaries.findAll(filter, pageable);
  }

  /** The summary if the user may see it; 404 otherwise (never revealing that it exists). */
  MonthlySummary visible(CurrentUser user, Long id) {
    return summaries.findById(id).filter(s -> access.maySee(user, s))
        .orElseThrow(() -> ApiException.notFound("月度汇总（id " + id + "）不存在，或不在您负责的范围内"));
  }

  /** Every summary of the town's month, for the town's report and workbook (town readers only). */
  List<MonthlySummary> townRows(CurrentUser user, String townCode, ReportPeriod month) {
    access.requireTownReader(user);
    return summaries.findByTownCodeAndPeriodStart(townCode, month.start()).stream()
        .sorted(java.util.Comparator.comparing(MonthlySummary::getSubjectKind)
            .thenComparing(s -> s.getGridKind() == null ? 0 : s.getGridKind().ordinal())
            .thenComparing(s -> s.getAreaCode() == null ? "" : s.getAreaCode())
            .thenComparing(MonthlySummary::getSubjectCode))
        .toList();
  }

  /** The town of the request: the one named, else the registry's only (or first) town; 400 for an unknown one. */
  TownRow town(String townCode) {
    RegistryIndex index = registry.current();
    if (townCode == null || townCode.isBlank()) {
      return index.data().towns().stream().findFirst()
          .orElseThrow(() -> ApiException.notFound("网格台账中还没有镇"));
    }
    return index.town(townCode.trim()).orElseThrow(() -> ApiException.invalidField("townCode",
        "镇“" + townCode.trim() + "”不在网格台账中"));
  }

  SummaryViews.TownReport townReport(CurrentUser user, String townCode, ReportPeriod month) {
    TownRow town = town(townCode);
    List<MonthlySummary> rows = townRows(user, town.code(), month);
    TownSummary summary = towns.findByTownCodeAndPeriodStart(town.code(), month.start()).orElse(null);
    MonthlyFigures.Counted counted = summary != null && summary.getFiguresAt() != null
        ? new MonthlyFigures.Counted(summary.getFigures(), summary.getCategories())
        : figures.ofTown(town.code(), month);
    TownBreakdown breakdown = TownBreakdown.of(rows, registry.current());
    int filed = (int) rows.stream().filter(s -> s.getStatus().isFiled()).count();
    int late = (int) rows.stream().filter(MonthlySummary::isFiledLate).count();
    return new SummaryViews.TownReport(month.code(), month.label(), town.code(), town.name(),
        summary == null ? null : summary.getId(), summary == null ? null : summary.getStatus(),
        summary == null ? "尚未开启（各网格填报截止后次日开启）" : summary.getStatus().label(),
        summary == null ? null : summary.getDueAt(), summary == null ? null : summary.getFiguresAt(),
        counted.figures(), counted.categories(), rows.size(), filed, late,
        rows.stream().filter(s -> !s.getStatus().isFiled()).map(MonthlySummary::getSubjectName).toList(),
        breakdown.byArea().stream().map(SummaryViews.Line::of).toList(),
        breakdown.byDepartment().stream().map(SummaryViews.Line::of).toList(),
        breakdown.byKind().stream().map(SummaryViews.Line::of).toList(),
        summary == null ? null : summary.getFiledAt(), summary == null ? null : summary.getFiledByName(),
        summary == null ? null : summary.getReviewRemarks(),
        summary == null ? List.of() : summary.getAcknowledgements());
  }

  /** The town summary's ledger row, if it was opened. */
  java.util.Optional<TownSummary> townSummary(String townCode, ReportPeriod month) {
    return towns.findByTownCodeAndPeriodStart(townCode, month.start());
  }

  // --- statistics

  Page<HazardStatistics> statisticsPage(CurrentUser user, ReportPeriod period, Pageable pageable) {
    return statistics.findAll(access.statistics(user)
        .and((root, query, cb) -> cb.and(cb.equal(root.get("periodKind"), period.kind()),
            cb.equal(root.get("periodStart"), period.start()))), pageable);
  }

  HazardStatistics visibleStatistics(CurrentUser user, Long id) {
    return statistics.findById(id).filter(t -> access.maySee(user, t))
        .orElseThrow(() -> ApiException.notFound("隐患统计（id " + id + "）不存在，或不在您负责的范围内"));
  }

  /** The town's statistics and its units', for the town workbook (town readers only). */
  List<HazardStatistics> townStatistics(CurrentUser user, String townCode, ReportPeriod period) {
    access.requireTownReader(user);
    return statistics.findByPeriodKindAndPeriodStart(period.kind(), period.start()).stream()
        .filter(t -> t.getTownCode().equals(townCode))
        .sorted(java.util.Comparator.comparing(HazardStatistics::getSubjectKind).reversed()
            .thenComparing(t -> t.getGridKind() == null ? 0 : t.getGridKind().ordinal())
            .thenComparing(HazardStatistics::getSubjectCode))
        .toList();
  }
}
