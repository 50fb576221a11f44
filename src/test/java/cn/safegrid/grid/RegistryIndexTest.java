package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import org.junit.jupiter.api.Test;

/** The questions the processes ask of the registry, answered on the demo town. */
class RegistryIndexTest {

  static final RegistryIndex BIESHAN = new RegistryIndex(RegistryStartup.demoTown());

  @Test
  void departmentsWorkThroughTheirGroup() {
    assertThat(BIESHAN.departmentGroup("fire-brigade")).contains("dept-fire-brigade");
    assertThat(BIESHAN.departmentGroup("no-such-department")).isEmpty();
  }

  @Test
  void aVillageIsLedByItsSecretaryAndCommitteeCadres() {
    assertThat(BIESHAN.leaderOf("village-xiaogang")).map(PersonRow::loginId).contains("gao.shihua");
    assertThat(BIESHAN.leadersOf("village-xiaogang")).extracting(PersonRow::loginId)
        .containsExactlyInAnyOrder("gao.shihua", "lin.yangjun", "zeng.liyong");
  }

  @Test
  void aVillagesUpperLeadersAreItsAreaLeaderAndLiaisonCadre() {
    assertThat(BIESHAN.upperLeadersOf("village-xiaogang")).extracting(PersonRow::loginId)
        .containsExactlyInAnyOrder("wu.yangli", "yuan.shijun");
  }

  @Test
  void aSchoolsUpperLeadersAreTheEducationSupervisorAndHead() {
    assertThat(BIESHAN.upperLeadersOf("school-bieshan-central")).extracting(PersonRow::loginId)
        .containsExactlyInAnyOrder("cai.liyong", "lin.cehua");
  }

  @Test
  void aSubGridAnswersToItsUnitsLeaders() {
    assertThat(BIESHAN.upperLeadersOf("school-bieshan-central-canteen"))
        .isEqualTo(BIESHAN.leadersOf("school-bieshan-central"));
  }

  @Test
  void levelTwoLeadersSuperviseDepartmentsAndAreas() {
    assertThat(BIESHAN.levelTwoLeaderOfDepartment("fire-brigade")).map(PersonRow::loginId).contains("liang.yanming");
    assertThat(BIESHAN.levelTwoLeaderOfArea("east")).map(PersonRow::loginId).contains("wu.yangli");
    assertThat(BIESHAN.levelOneLeaders("bieshan")).as("the party secretary and the mayor (三（一）)")
        .extracting(PersonRow::loginId).containsExactly("zhang.shili", "xu.yanghua");
    assertThat(BIESHAN.upperLeadersOf("town-bieshan")).extracting(PersonRow::loginId)
        .containsExactly("zhang.shili", "xu.yanghua");
  }

  @Test
  void aVillagesAreaGroupInspectsItsRentalsAndShops() {
    assertThat(BIESHAN.areaGroupOf("village-xiaogang")).contains("area-east");
    assertThat(BIESHAN.areaGroupOf("school-bieshan-central")).isEmpty();
    assertThat(BIESHAN.groups().get("area-east").memberLogins())
        .contains("wu.yangli", "peng.shitao", "yuan.shijun", "gao.shihua", "lin.yangjun")
        .doesNotContain("dong.liyong");
  }

  @Test
  void officersSeeTheirOwnGridsAndUpperLeadersTheirLowerGrids() {
    String villager = BIESHAN.personByLogin("dong.liyong").orElseThrow().code();
    assertThat(BIESHAN.visibleGridCodes(villager)).containsExactly("village-xiaogang");
    String areaLeader = BIESHAN.personByLogin("wu.yangli").orElseThrow().code();
    assertThat(BIESHAN.visibleGridCodes(areaLeader)).contains("village-dazhuang", "hospital-bieshan");
    String liaison = BIESHAN.personByLogin("yuan.shijun").orElseThrow().code();
    assertThat(BIESHAN.visibleGridCodes(liaison)).contains("village-xiaogang").doesNotContain("village-dazhuang");
    String educationHead = BIESHAN.personByLogin("lin.cehua").orElseThrow().code();
    assertThat(BIESHAN.visibleGridCodes(educationHead))
        .contains("school-bieshan-central", "school-bieshan-central-canteen")
        .doesNotContain("village-xiaogang", "hospital-bieshan");
  }

  @Test
  void aVillagesKeyHazardFormListsItsKeyPlacesByCode() {
    assertThat(BIESHAN.keyPlacesOf("village-xiaogang")).extracting(KeyPlaceRow::code).containsExactly(
        "village-xiaogang-granary", "village-xiaogang-lpg-store", "village-xiaogang-straw-yard");
    assertThat(BIESHAN.keyPlacesOf("village-xiaogang")).filteredOn(KeyPlaceRow::isHazardSource)
        .extracting(KeyPlaceRow::name).containsExactly("液化气瓶存放点");
  }

  @Test
  void aUnitsKeyHazardFormListsItsSubGridsKeyPlacesToo() {
    assertThat(BIESHAN.keyPlacesOf("school-bieshan-central")).extracting(KeyPlaceRow::code).containsExactly(
        "school-bieshan-central-canteen-gas",
        "school-bieshan-central-power-room",
        "school-bieshan-central-teaching-lab-chemicals");
    assertThat(BIESHAN.keyPlacesOf("school-bieshan-central-canteen")).extracting(KeyPlaceRow::code)
        .containsExactly("school-bieshan-central-canteen-gas");
    assertThat(BIESHAN.keyPlacesOf("enterprise-yangban-building-materials"))
        .extracting(KeyPlaceRow::gridCode).contains("enterprise-yangban-building-materials-workshop");
  }

  @Test
  void theTownGridAndUnknownGridsHaveNoKeyPlaces() {
    assertThat(BIESHAN.keyPlacesOf("town-bieshan")).isEmpty();
    assertThat(BIESHAN.keyPlacesOf("village-nowhere")).isEmpty();
    assertThat(BIESHAN.keyPlacesOf(null)).isEmpty();
  }

  @Test
  void everyVillageAndUnitOfTheDemoTownHasKeyPlacesToInspect() {
    for (GridRow grid : BIESHAN.data().grids()) {
      int places = BIESHAN.keyPlacesOf(grid.code()).size();
      switch (grid.kind()) {
        case VILLAGE -> assertThat(places).as(grid.code()).isBetween(2, 3);
        case SCHOOL, HOSPITAL, INSTITUTION, ENTERPRISE -> assertThat(places).as(grid.code()).isBetween(2, 4);
        default -> { }
      }
    }
    assertThat(BIESHAN.data().keyPlaces()).filteredOn(KeyPlaceRow::isHazardSource)
        .extracting(KeyPlaceRow::name).contains("氧气瓶库", "喷漆房", "危废暂存间", "化学实验室危化品柜");
  }
}
