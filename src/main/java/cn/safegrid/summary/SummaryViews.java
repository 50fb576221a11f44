package cn.safegrid.summary;

import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.hazard.CurrentSteps;
import java.time.Instant;
import java.util.List;

/** What the REST API answers about summaries and statistics. */
final class SummaryViews {

  private SummaryViews() {}

  /** A grid's or department's monthly summary in a list. */
  record SummaryRow(Long id, String month, String monthLabel, SubjectKind subjectKind, String subjectCode,
      String subjectName, String kind, String kindLabel, String areaCode, String areaName, String supervisingDepartment,
      String supervisingDepartmentName, SummaryStatus status, String statusLabel, Instant openedAt, Instant dueAt,
      Instant filedAt, String filedByName, boolean filedLate, Instant figuresAt, MonthFigures figures) {

    static SummaryRow of(MonthlySummary s, RegistryIndex index) {
      return new SummaryRow(s.getId(), s.period().code(), s.period().label(), s.getSubjectKind(), s.getSubjectCode(),
          s.getSubjectName(), s.getGridKind() == null ? SubjectKind.DEPARTMENT.name() : s.getGridKind().name(),
          s.kindLabel(), s.getAreaCode(), nameOfArea(index, s.getAreaCode()), s.getSupervisingDepartment(),
          nameOfDepartment(index, s.getSupervisingDepartment()), s.getStatus(), s.getStatus().label(), s.getOpenedAt(),
          s.getDueAt(), s.getFiledAt(), s.getFiledByName(), s.isFiledLate(), s.getFiguresAt(), s.getFigures());
    }
  }

  /** One summary with the filed text, the trail of reminders and supervision, and the open tasks. */
  record SummaryDetail(SummaryRow summary, List<CategoryCount> categories, String delegatedToName, Instant delegatedAt,
      Instant remindedAt, Instant supervisionOrderedAt, String supervisors, Instant supervisedAt, String supervisedByName,
      String supervisionRemarks, String figuresRemarks, String monthWork, String helpNeeded, String nextPlan,
      List<CurrentSteps.Step> currentSteps) {

    static SummaryDetail of(MonthlySummary s, RegistryIndex index, List<CurrentSteps.Step> steps) {
      return new SummaryDetail(SummaryRow.of(s, index), s.getCategories(), s.getDelegatedToName(), s.getDelegatedAt(),
          s.getRemindedAt(), s.getSupervisionOrderedAt(), s.getSupervisors(), s.getSupervisedAt(),
          s.getSupervisedByName(), s.getSupervisionRemarks(), s.getFiguresRemarks(), s.getMonthWork(),
          s.getHelpNeeded(), s.getNextPlan(), steps);
    }
  }

  /** A line of the town summary: an area's villages, a department, a kind of grid. */
  record Line(String code, String name, int rows, int filed, MonthFigures figures) {
    static Line of(TownBreakdown.Line line) {
      return new Line(line.code(), line.name(), line.rows(), line.filed(), line.figures());
    }
  }

  /**
   * The town's month: its own figures (each hazard and round once; counted now when the town
   * summary has not been opened yet), the grids' filing, the breakdowns, and the office's review and
   * the leaders' acknowledgements once there are any.
   */
  record TownReport(String month, String monthLabel, String townCode, String townName, Long id, TownSummaryStatus status,
      String statusLabel, Instant dueAt, Instant figuresAt, MonthFigures figures, List<CategoryCount> categories,
      int summaries, int filed, int filedLate, List<String> notFiled, List<Line> byArea, List<Line> byDepartment,
      List<Line> byKind, Instant filedAt, String filedByName, String reviewRemarks,
      List<TownAcknowledgement> acknowledgements) {}

  /** A unit's or the town's statistics in a list. */
  record StatisticsRow(Long id, String period, String periodLabel, PeriodKind periodKind, StatisticsSubject.Kind subjectKind,
      String subjectCode, String subjectName, String kindLabel, String supervisingDepartment,
      String supervisingDepartmentName, StatisticsStatus status, String statusLabel, Instant openedAt, Instant dueAt,
      Instant signedAt, String signedByName, boolean signedLate, Instant figuresAt, StatisticsFigures figures,
      Double generalRate, Double majorRate) {

    static StatisticsRow of(HazardStatistics t, RegistryIndex index) {
      return new StatisticsRow(t.getId(), t.period().code(), t.period().label(), t.getPeriodKind(), t.getSubjectKind(),
          t.getSubjectCode(), t.getSubjectName(),
          t.getGridKind() == null ? t.getSubjectKind().label() : t.getGridKind().label(), t.getSupervisingDepartment(),
          nameOfDepartment(index, t.getSupervisingDepartment()), t.getStatus(), t.getStatus().label(), t.getOpenedAt(),
          t.getDueAt(), t.getSignedAt(), t.getSignedByName(), t.isSignedLate(), t.getFiguresAt(), t.getFigures(),
          t.getFigures().generalRate(), t.getFigures().majorRate());
    }
  }

  record StatisticsDetail(StatisticsRow statistics, List<StatisticsCategory> categories, Instant remindedAt,
      String signatureRemarks, List<CurrentSteps.Step> currentSteps) {}

  static String nameOfArea(RegistryIndex index, String code) {
    return code == null ? null : index.area(code).map(a -> a.name()).orElse(code);
  }

  static String nameOfDepartment(RegistryIndex index, String code) {
    return code == null ? null : index.department(code).map(d -> d.name()).orElse(code);
  }
}
