package cn.safegrid.summary;

import static cn.safegrid.summary.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.GridKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's and the quarter's figures of {@link LedgerFixture}, worked out by hand: each figure,
 * the edges of the month and the quarter in Beijing time, a unit with its sub-grid, a department's
 * own row, the town counted once. Run on H2 and on PostgreSQL (the queries must mean the same on both).
 */
abstract class SummaryFiguresContract {

  static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2046, 3));

  static final SummarySubject VILLAGE_ROW = new SummarySubject(SubjectKind.GRID, VILLAGE, "示例村", TOWN, GridKind.VILLAGE,
      "east", null, List.of(VILLAGE));
  static final SummarySubject UNIT_ROW = new SummarySubject(SubjectKind.GRID, UNIT, "示例厂", TOWN, GridKind.ENTERPRISE,
      null, DEPARTMENT, List.of(UNIT, POST));
  static final SummarySubject DEPARTMENT_ROW = new SummarySubject(SubjectKind.DEPARTMENT, DEPARTMENT, "示例部门", TOWN, null,
      null, null, List.of(UNIT, POST));

  @Autowired JdbcTemplate jdbc;
  @Autowired MonthlyFigures figures;
  @Autowired StatisticsCounts statistics;

  @BeforeEach
  void writeTheLedger() {
    new LedgerFixture(jdbc).write();
  }

  @AfterEach
  void removeTheLedger() {
    new LedgerFixture(jdbc).delete();
  }

  @Test
  void aVillagesMarchIsCountedInBeijingTime() {
    MonthFigures f = figures.of(VILLAGE_ROW, MARCH).figures();
    // rounds due in March: R1 (1 March 24:00, done on time), R3 (31 March 24:00, missed), R4 (extra, done late);
    // R2 was due at 24:00 on 28 February, R5 in April
    assertThat(List.of(f.getRoundsDue(), f.getRoundsOnTime(), f.getRoundsLate(), f.getRoundsMissed(), f.getExtraRounds()))
        .containsExactly(3, 1, 1, 1, 1);
    // items of the rounds done in March: R1 3 + R2 2 (done on 1 March) + R4 4
    assertThat(f.getItemsChecked()).isEqualTo(9);
    // found in March: H1 (23:30 on 31 March) and H3 (00:30 on 1 March); not H2 (00:10 on 1 April), not H4 (28 February)
    assertThat(List.of(f.getHazardsFound(), f.getGeneralFound(), f.getMajorFound())).containsExactly(2, 1, 1);
    // accepted in March: H3, H4; rectified on time H3, late H4; closed H3
    assertThat(List.of(f.getAccepted(), f.getRectifiedOnTime(), f.getRectifiedLate(), f.getClosed()))
        .containsExactly(2, 1, 1, 1);
    // open at the end of March: H1, H4; overdue then: H4 (H1 has no deadline yet); no major one left
    assertThat(List.of(f.getOpenAtEnd(), f.getOverdueAtEnd(), f.getMajorListed())).containsExactly(2, 1, 0);
    // escalated in March: H4 to level 2 (6 March); its level-1 escalation was at 00:30 on 1 April
    assertThat(List.of(f.getEscalatedLevelTwo(), f.getEscalatedLevelOne(), f.getEscalatedDiscipline()))
        .containsExactly(1, 0, 0);
    assertThat(List.of(f.getAccidents(), f.getTrainings())).containsExactly(0, 0);
    assertThat(figures.of(VILLAGE_ROW, MARCH).categories())
        .extracting(CategoryCount::getCategoryName, CategoryCount::getGeneralCount, CategoryCount::getMajorCount)
        .containsExactlyInAnyOrder(Tuple.tuple("消防安全", 1, 0), Tuple.tuple("沼气池", 0, 1));
  }

  @Test
  void aUnitCountsItsSubGridsAndADepartmentTheHazardsItLeads() {
    Map<SummarySubject, MonthlyFigures.Counted> counted = figures.of(List.of(UNIT_ROW, DEPARTMENT_ROW), MARCH);
    for (SummarySubject subject : List.of(UNIT_ROW, DEPARTMENT_ROW)) {
      MonthFigures f = counted.get(subject).figures();
      assertThat(List.of(f.getRoundsDue(), f.getRoundsOnTime(), f.getItemsChecked())).as(subject.code())
          .containsExactly(1, 1, 5);
      // H6 (in the sub-grid, closed at 23:59 on 31 March) and H7 (major, overdue, handed to 纪委)
      assertThat(List.of(f.getHazardsFound(), f.getGeneralFound(), f.getMajorFound(), f.getClosed(), f.getOpenAtEnd(),
          f.getOverdueAtEnd(), f.getMajorListed(), f.getEscalatedDiscipline())).as(subject.code())
          .containsExactly(2, 1, 1, 1, 1, 1, 1, 1);
    }
  }

  @Test
  void theTownCountsEachHazardAndRoundOnce() {
    MonthFigures town = figures.ofTown(TOWN, MARCH).figures();
    assertThat(List.of(town.getRoundsDue(), town.getItemsChecked(), town.getHazardsFound(), town.getMajorFound(),
        town.getOpenAtEnd(), town.getEscalatedLevelTwo(), town.getEscalatedDiscipline()))
        .containsExactly(4, 14, 4, 2, 3, 1, 1);
  }

  @Test
  void manyGridsAtOnceAreCountedAsOneByOne() {
    // from MonthlyFigures.BATCH subjects on, the period is counted in one pass over all grids
    List<SummarySubject> many = new java.util.ArrayList<>(List.of(VILLAGE_ROW, UNIT_ROW, DEPARTMENT_ROW));
    for (int i = many.size(); i < MonthlyFigures.BATCH; i++) {
      many.add(new SummarySubject(SubjectKind.GRID, "fixture-empty-" + i, "空", TOWN, GridKind.VILLAGE, "east", null,
          List.of("fixture-empty-" + i)));
    }
    Map<SummarySubject, MonthlyFigures.Counted> batch = figures.of(many, MARCH);
    for (SummarySubject subject : List.of(VILLAGE_ROW, UNIT_ROW, DEPARTMENT_ROW)) {
      assertThat(batch.get(subject).figures()).usingRecursiveComparison().isEqualTo(figures.of(subject, MARCH).figures());
    }
    assertThat(batch.get(many.get(MonthlyFigures.BATCH - 1)).figures().getHazardsFound()).isZero();
  }

  @Test
  void theQuarterEndsAtMidnightOnTheLastOfMarchBeijingTime() {
    StatisticsSubject town = new StatisticsSubject(StatisticsSubject.Kind.TOWN, TOWN, "示例镇", TOWN, null, null, List.of());
    StatisticsFigures q1 = statistics.of(town, ReportPeriod.quarter(2046, 1)).figures();
    // general found in Q1: H1, H4, H5, H6 (not H2, 00:10 on 1 April); closed by 1 April 00:00: H5, H6
    assertThat(List.of(q1.getGeneralFound(), q1.getGeneralRectified())).containsExactly(4, 2);
    assertThat(q1.generalRate()).isEqualTo(50.0);
    // major: H3 (closed), H7 (open, with an approved plan naming goal and funds only)
    assertThat(List.of(q1.getMajorFound(), q1.getMajorRectified(), q1.getMajorOpen(), q1.getMajorPlanned(),
        q1.getPlanGoal(), q1.getPlanFunds(), q1.getPlanPeople(), q1.getPlanTime(), q1.getPlanMeasures()))
        .containsExactly(2, 1, 1, 1, 1, 1, 0, 0, 0);
    assertThat(List.of(q1.getOpenAtEnd(), q1.getOverdueAtEnd(), q1.getRectifiedLate())).containsExactly(3, 2, 1);
    StatisticsFigures q2 = statistics.of(town, ReportPeriod.quarter(2046, 2)).figures();
    assertThat(q2.getGeneralFound()).as("H2").isEqualTo(1);
    StatisticsFigures year = statistics.of(town, ReportPeriod.year(2046)).figures();
    assertThat(year.getGeneralFound() + year.getMajorFound()).isEqualTo(7);

    StatisticsSubject unit = new StatisticsSubject(StatisticsSubject.Kind.UNIT, UNIT, "示例厂", TOWN, GridKind.ENTERPRISE,
        DEPARTMENT, List.of(UNIT, POST));
    StatisticsCounts.Counted counted = statistics.of(unit, ReportPeriod.quarter(2046, 1));
    assertThat(counted.categories()).extracting(StatisticsCategory::getCategoryName, StatisticsCategory::getGeneralCount,
        StatisticsCategory::getGeneralRectified, StatisticsCategory::getMajorCount, StatisticsCategory::getMajorRectified)
        .containsExactly(Tuple.tuple("特种设备", 1, 1, 1, 0));
  }
}
