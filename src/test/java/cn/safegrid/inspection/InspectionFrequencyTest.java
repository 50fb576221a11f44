package cn.safegrid.inspection;

import static cn.safegrid.inspection.RoundAnswers.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.InspectionMinimums;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryInvalidException;
import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.SafeGridTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The inspection frequency is the regulation's minimum (inspection-frequency.dmn, 三（二）2, 三（三）2):
 * a grid may set more rounds a week in the registry, never fewer, and the scheduler opens them; the
 * periods of a round are the town's own (inspection-deadlines.dmn), rule by rule.
 */
@SafeGridTest
class InspectionFrequencyTest {

  @Autowired DecisionService decisions;
  @Autowired InspectionPlan plan;
  @Autowired Registry registry;
  @Autowired InspectionScheduler scheduler;
  @Autowired InspectionRepository inspections;
  @Autowired HazardDriver driver;
  @Autowired ApplicationContext context;

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @ParameterizedTest(name = "{0}: at least {1} a week ({2})")
  @CsvSource({
      "VILLAGE, 1, 三（二）2",
      "ENTERPRISE, 2, 三（三）2",
      "SCHOOL, 2, 三（三）2",
      "HOSPITAL, 2, 三（三）2",
      "INSTITUTION, 2, 三（三）2"})
  void theMinimumOfAKindNamesItsClause(GridKind kind, int rounds, String clause) {
    assertThat(plan.of(kind)).contains(new InspectionMinimums.Minimum(rounds, clause));
  }

  @ParameterizedTest
  @CsvSource({"TOWN", "SUB_GRID"})
  void kindsThatDoNotInspectOnAScheduleHaveNoMinimum(GridKind kind) {
    assertThat(plan.of(kind)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: missed after {1}, closed after {2}, extra round due on day {3}")
  @CsvSource({
      "VILLAGE, P1D, P13D, 1",
      "ENTERPRISE, P1D, P13D, 1",
      "SCHOOL, P1D, P13D, 1",
      "HOSPITAL, P1D, P13D, 1",
      "INSTITUTION, P1D, P13D, 1",
      "SUB_GRID, P1D, P13D, 1",
      "SPACESHIP, P1D, P13D, 1"})
  void theTownsPeriodsByGridKind(String kind, String missedAfter, String closeAfter, int extraRoundDays) {
    Map<String, Object> result = decisions.evaluateDecisionByKey(InspectionPlan.DEADLINES)
        .variables(Map.of("gridKind", kind)).evaluate().getSingleResult().getEntryMap();
    assertThat(result).containsEntry("missedAfter", missedAfter).containsEntry("closeAfter", closeAfter)
        .containsEntry("extraRoundDays", extraRoundDays);
  }

  @Test
  void fewerRoundsThanTheRegulationsMinimumAreRefusedNamingTheMinimumAndTheClause() {
    assertThatThrownBy(() -> registry.edit(withRounds("school-bieshan-central", 1)))
        .isInstanceOf(RegistryInvalidException.class)
        .satisfies(e -> assertThat(((RegistryInvalidException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("inspectionsPerWeek");
          assertThat(p.message()).isEqualTo("网格“别山镇中心小学”每周排查次数不能少于 2 次：《实施细则》三（三）2 规定"
              + "企事业单位网格每周不少于 2 次（可以多排，不能少排；不填写则按规定次数）");
        }));
    assertThatThrownBy(() -> registry.edit(withRounds("town-bieshan", 1)))
        .isInstanceOf(RegistryInvalidException.class).hasMessageContaining("不能填写每周排查次数");
    assertThat(registry.current().grid("school-bieshan-central").orElseThrow().inspectionsPerWeek()).isNull();
  }

  @Test
  void moreRoundsAreAcceptedAndTheSchedulerOpensThem() {
    try {
      registry.edit(withRounds("village-xiaogang", 2));
      // Monday of 2031-W20: the first half of the week; Thursday: the second
      List<Inspection> monday = open(at(2031, 5, 12, 6));
      Inspection first = RoundAnswers.round(monday, "village-xiaogang");
      assertThat(first.getRoundsPerWeek()).isEqualTo(2);
      assertThat(first.getDueAt()).isEqualTo(at(2031, 5, 15, 0));
      List<Inspection> thursday = open(at(2031, 5, 15, 6));
      assertThat(RoundAnswers.round(thursday, "village-xiaogang").getRoundNo()).isEqualTo(2);
      assertThat(inspections.findByWeekStart(LocalDate.of(2031, 5, 12))).filteredOn(i -> i.getGridCode()
          .equals("village-xiaogang")).hasSize(2);
    } finally {
      registry.edit(withRounds("village-xiaogang", null));
    }
  }

  @Test
  void aGridsOwnFigureBelowTheTableNeverLowersIt() {
    var duties = plan.dutiesByKind();
    var school = new GridRow("s", "学校", GridKind.SCHOOL, "t", "town", null, "education", null, 1);
    assertThat(InspectionPlan.dutyOf(school, duties).roundsPerWeek()).isEqualTo(2);
    var village = new GridRow("v", "村", GridKind.VILLAGE, "t", "town", "a", null, null, 3);
    assertThat(InspectionPlan.dutyOf(village, duties).roundsPerWeek()).isEqualTo(3);
  }

  // --- helpers

  private static UnaryOperator<RegistryData> withRounds(String gridCode, Integer rounds) {
    return d -> d.withGrids(d.grids().stream().map(g -> g.code().equals(gridCode)
        ? new GridRow(g.code(), g.name(), g.kind(), g.townCode(), g.parentCode(), g.areaCode(),
            g.supervisingDepartmentCode(), g.address(), rounds) : g).toList());
  }

  private List<Inspection> open(java.time.Instant instant) {
    driver.clockAt(instant);
    return scheduler.openDueRounds(instant);
  }
}
