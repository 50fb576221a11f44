package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(BIESHAN.levelOneLeader("bieshan")).map(PersonRow::loginId).contains("zhang.shili");
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
}
