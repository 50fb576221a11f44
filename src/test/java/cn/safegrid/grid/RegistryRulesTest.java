package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryRules.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every registry rule, broken one at a time on the demo town (which keeps them all). */
class RegistryRulesTest {

  static final RegistryData DEMO = RegistryStartup.demoTown();

  @Test
  void theDemoTownKeepsEveryRule() {
    assertThat(RegistryRules.check(DEMO, Set.of("admin"))).isEmpty();
  }

  @Test
  void aVillageMustBelongToAnArea() {
    assertThat(problems(d -> d.withGrids(replace(d.grids(), "village-xiaogang",
        g -> new GridRow(g.code(), g.name(), g.kind(), g.townCode(), g.parentCode(), null, null, g.address(), null)))))
        .anySatisfy(p -> {
          assertThat(p.field()).isEqualTo("areaCode");
          assertThat(p.message()).contains("必须属于一个片");
        });
  }

  @Test
  void onlyVillagesBelongToAreas() {
    assertThat(problems(d -> d.withGrids(replace(d.grids(), "hospital-bieshan",
        g -> new GridRow(g.code(), g.name(), g.kind(), g.townCode(), g.parentCode(), "east",
            g.supervisingDepartmentCode(), g.address(), null)))))
        .anySatisfy(p -> assertThat(p.message()).contains("只有村级网格属于片"));
  }

  @Test
  void aUnitGridHangsUnderItsTownGrid() {
    assertThat(problems(d -> d.withGrids(replace(d.grids(), "hospital-bieshan",
        g -> new GridRow(g.code(), g.name(), g.kind(), g.townCode(), "village-xiaogang", null,
            g.supervisingDepartmentCode(), g.address(), null)))))
        .anySatisfy(p -> assertThat(p.message()).contains("上级必须是本镇的镇级网格"));
  }

  @Test
  void parentsMayNotFormACycle() {
    RegistryData cyclic = DEMO.withGrids(replace(replace(DEMO.grids(), "town-bieshan",
        g -> new GridRow(g.code(), g.name(), g.kind(), g.townCode(), "village-xiaogang", null, null, g.address(), null)),
        "village-xiaogang", g -> g));
    assertThat(RegistryRules.check(cyclic, Set.of())).anySatisfy(p -> assertThat(p.message()).contains("循环"));
  }

  @Test
  void codesAreUnique() {
    List<GridRow> grids = new ArrayList<>(DEMO.grids());
    grids.add(DEMO.grid("village-xiaogang").orElseThrow());
    assertThat(RegistryRules.check(DEMO.withGrids(grids), Set.of()))
        .anySatisfy(p -> assertThat(p.message()).contains("“village-xiaogang”重复"));
  }

  @Test
  void phonesAreMainlandNumbers() {
    assertThat(problems(d -> d.withPeople(replacePerson(d.people(), "p-001", "12345")))).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo("people");
      assertThat(p.field()).isEqualTo("phone");
    });
    assertThat(problems(d -> d.withPeople(replacePerson(d.people(), "p-001", "022-29001234")))).isEmpty();
  }

  @Test
  void aGridHasOneLeader() {
    String someone = DEMO.assignments().stream()
        .filter(a -> a.gridCode().equals("village-dazhuang") && a.role() == GridRole.GRID_MEMBER)
        .findFirst().orElseThrow().personCode();
    List<AssignmentRow> assignments = new ArrayList<>(DEMO.assignments());
    assignments.add(new AssignmentRow("village-dazhuang", someone, GridRole.GRID_LEADER, null, null));
    assertThat(RegistryRules.check(DEMO.withAssignments(assignments), Set.of()))
        .anySatisfy(p -> assertThat(p.message()).contains("只能有一名网格长"));
  }

  @Test
  void theTownGridIsLedByItsPartySecretaryAndItsMayorButNoThirdLevelOneLeader() {
    assertThat(DEMO.assignments()).filteredOn(a -> a.role() == GridRole.LEVEL1_LEADER)
        .extracting(AssignmentRow::personCode).as("书记 and 镇长").containsExactly("p-001", "p-173");
    List<AssignmentRow> assignments = new ArrayList<>(DEMO.assignments());
    assignments.add(new AssignmentRow("town-bieshan", "p-005", GridRole.LEVEL1_LEADER, null, null));
    assertThat(RegistryRules.check(DEMO.withAssignments(assignments), Set.of())).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo("grids");
      assertThat(p.key()).isEqualTo("town-bieshan");
      assertThat(p.field()).isEqualTo("leader");
      assertThat(p.message()).isEqualTo("镇级网格“别山镇”最多设 2 名一级网格长（镇主要领导干部：镇党委书记、镇长，"
          + "《实施细则》三（一））（现有 张示例、许样华、蔡例勇）");
    });
  }

  @Test
  void aVillageOrUnitGridHasOneLeaderAndTheMessageSaysWhy() {
    for (String grid : List.of("village-dazhuang", "school-bieshan-central")) {
      String someone = DEMO.assignments().stream()
          .filter(a -> a.gridCode().equals(grid) && a.role() == GridRole.DEPUTY_GRID_LEADER || a.gridCode().equals(grid)
              && a.role() == GridRole.GRID_MEMBER)
          .findFirst().orElseThrow().personCode();
      List<AssignmentRow> assignments = new ArrayList<>(DEMO.assignments());
      assignments.add(new AssignmentRow(grid, someone, GridRole.GRID_LEADER, null, null));
      assertThat(RegistryRules.check(DEMO.withAssignments(assignments), Set.of()))
          .anySatisfy(p -> assertThat(p.message()).contains("只能有一名网格长")
              .contains(grid.startsWith("village") ? "村党支部书记兼主任为网格长，《实施细则》三（二）" : "单位法人为网格长，《实施细则》三（三）"));
    }
  }

  @Test
  void townRolesStayInTheTownGrid() {
    String someone = DEMO.people().get(5).code();
    List<AssignmentRow> assignments = new ArrayList<>(DEMO.assignments());
    assignments.add(new AssignmentRow("village-dazhuang", someone, GridRole.LEVEL2_LEADER, null, null));
    assertThat(RegistryRules.check(DEMO.withAssignments(assignments), Set.of()))
        .anySatisfy(p -> assertThat(p.message()).contains("只设在镇级网格"));
  }

  @Test
  void aLiaisonCadreNamesHisVillage() {
    List<AssignmentRow> assignments = new ArrayList<>(DEMO.assignments().stream()
        .map(a -> a.role() == GridRole.LIAISON_CADRE
            ? new AssignmentRow(a.gridCode(), a.personCode(), a.role(), "school-bieshan-central", a.duty()) : a)
        .toList());
    assertThat(RegistryRules.check(DEMO.withAssignments(assignments), Set.of()))
        .anySatisfy(p -> assertThat(p.message()).contains("包村干部必须填写他联系的村"));
  }

  @Test
  void anAreaIsLedByALevelTwoLeader() {
    String villager = DEMO.assignments().stream().filter(a -> a.role() == GridRole.GRID_MEMBER)
        .findFirst().orElseThrow().personCode();
    assertThat(problems(d -> d.withAreas(d.areas().stream()
        .map(a -> a.code().equals("east") ? new AreaRow(a.code(), a.name(), a.townCode(), villager, a.deputyCode()) : a)
        .toList())))
        .anySatisfy(p -> assertThat(p.message()).contains("片长须由二级网格长担任"));
  }

  @Test
  void loginsAreUniqueAndNeverTheAdministratorsOwn() {
    PersonRow first = DEMO.people().get(0);
    assertThat(problems(d -> d.withPeople(d.people().stream()
        .map(p -> p.code().equals("p-002") ? new PersonRow(p.code(), p.name(), p.phone(), p.title(),
            first.loginId().toUpperCase(), p.active(), p.administrator()) : p)
        .toList())))
        .anySatisfy(p -> assertThat(p.message()).contains("已被人员"));
    assertThat(problems(d -> d.withPeople(d.people().stream()
        .map(p -> p.code().equals("p-002") ? new PersonRow(p.code(), p.name(), p.phone(), p.title(), "admin",
            p.active(), p.administrator()) : p)
        .toList())))
        .anySatisfy(p -> assertThat(p.message()).contains("系统保留"));
  }

  @Test
  void keyPlaceCodesAreLowerCaseLettersDigitsAndHyphens() {
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow("Village-Xiaogang 粮库", k.gridCode(), k.name(), k.hazardSource(), k.description())))))
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo("keyPlaces");
          assertThat(p.field()).isEqualTo("code");
          assertThat(p.message()).contains("重点部位编码", "无效");
        });
  }

  @Test
  void keyPlaceCodesAreUnique() {
    List<KeyPlaceRow> places = new ArrayList<>(DEMO.keyPlaces());
    KeyPlaceRow granary = DEMO.keyPlace("village-xiaogang-granary").orElseThrow();
    places.add(new KeyPlaceRow(granary.code(), "village-donghe", "东河村粮库", false, null));
    assertThat(RegistryRules.check(DEMO.withKeyPlaces(places), Set.of()))
        .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("重点部位“village-xiaogang-granary”重复"));
  }

  @Test
  void aKeyPlaceHasANameOfAtMostOneHundredCharacters() {
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), k.gridCode(), " ", k.hazardSource(), k.description())))))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("name");
          assertThat(p.message()).contains("缺少重点部位名称");
        });
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), k.gridCode(), "粮".repeat(101), k.hazardSource(), k.description())))))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("名称不能超过 100 个字"));
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), k.gridCode(), "粮".repeat(100), k.hazardSource(), k.description())))))
        .isEmpty();
  }

  @Test
  void aKeyPlaceBelongsToAGridThatExists() {
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), "village-nowhere", k.name(), k.hazardSource(), k.description())))))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("gridCode");
          assertThat(p.message()).isEqualTo("重点部位“village-xiaogang-granary”所属网格“village-nowhere”不存在");
        });
  }

  @Test
  void theTownGridHasNoKeyPlaces() {
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), "town-bieshan", k.name(), k.hazardSource(), k.description())))))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("gridCode");
          assertThat(p.message()).contains("不能属于镇级网格");
        });
  }

  @Test
  void aKeyPlacesDescriptionHoldsAtMostFiveHundredCharacters() {
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), k.gridCode(), k.name(), k.hazardSource(), "查".repeat(501))))))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("description");
          assertThat(p.message()).contains("说明不能超过 500 个字");
        });
    assertThat(problems(d -> d.withKeyPlaces(replaceKeyPlace(d.keyPlaces(), "village-xiaogang-granary",
        k -> new KeyPlaceRow(k.code(), k.gridCode(), k.name(), k.hazardSource(), "查".repeat(500))))))
        .isEmpty();
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    RegistryData broken = DEMO
        .withPeople(replacePerson(DEMO.people(), "p-001", "bad"))
        .withGrids(replace(DEMO.grids(), "village-xiaogang",
            g -> new GridRow(g.code(), g.name(), g.kind(), g.townCode(), g.parentCode(), null, null, g.address(), 99)));
    assertThat(RegistryRules.check(broken, Set.of())).extracting(Problem::field)
        .contains("phone", "areaCode", "inspectionsPerWeek");
  }

  private static List<Problem> problems(UnaryOperator<RegistryData> change) {
    return RegistryRules.check(change.apply(DEMO), Set.of("admin"));
  }

  private static List<GridRow> replace(List<GridRow> grids, String code, UnaryOperator<GridRow> change) {
    return grids.stream().map(g -> g.code().equals(code) ? change.apply(g) : g).toList();
  }

  private static List<KeyPlaceRow> replaceKeyPlace(List<KeyPlaceRow> places, String code,
      UnaryOperator<KeyPlaceRow> change) {
    return places.stream().map(k -> k.code().equals(code) ? change.apply(k) : k).toList();
  }

  private static List<PersonRow> replacePerson(List<PersonRow> people, String code, String phone) {
    return people.stream().map(p -> p.code().equals(code)
        ? new PersonRow(p.code(), p.name(), phone, p.title(), p.loginId(), p.active(), p.administrator()) : p).toList();
  }
}
