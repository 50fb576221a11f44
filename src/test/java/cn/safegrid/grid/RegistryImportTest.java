package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryImport.PersonRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a workbook merges into the registry: upsert by code (grids, key places …), deactivate
 * missing people, replace roles.
 */
class RegistryImportTest {

  static final RegistryData CURRENT = RegistryStartup.demoTown();

  @Test
  void upsertsGridsByCodeAndKeepsThoseTheWorkbookLeavesOut() {
    GridRow renamed = withName(CURRENT.grid("village-xiaogang").orElseThrow(), "小岗村（新）");
    GridRow added = new GridRow("enterprise-new-mill", "新磨坊", GridKind.ENTERPRISE, "bieshan", "town-bieshan",
        null, "enterprise-economy", null, null);
    RegistryData workbook = CURRENT.withGrids(List.of(CURRENT.grid("town-bieshan").orElseThrow(), renamed, added));

    RegistryData merged = RegistryImport.merge(CURRENT, workbook);

    assertThat(merged.grids()).hasSize(CURRENT.grids().size() + 1);
    assertThat(merged.grid("village-xiaogang")).contains(renamed);
    assertThat(merged.grid("enterprise-new-mill")).contains(added);
    assertThat(merged.grid("hospital-kangning")).isEqualTo(CURRENT.grid("hospital-kangning"));
  }

  @Test
  void upsertsKeyPlacesByCodeAndKeepsThoseTheWorkbookLeavesOut() {
    KeyPlaceRow granary = CURRENT.keyPlace("village-xiaogang-granary").orElseThrow();
    KeyPlaceRow renamed = new KeyPlaceRow(granary.code(), granary.gridCode(), "村集体粮库", false, "新建粮库");
    KeyPlaceRow added = new KeyPlaceRow("village-donghe-boiler-room", "village-donghe", "村委会锅炉房", true, null);
    RegistryData workbook = CURRENT.withKeyPlaces(List.of(renamed, added));

    RegistryData merged = RegistryImport.merge(CURRENT, workbook);
    var summary = RegistryImport.summarize(CURRENT, workbook, merged);

    assertThat(merged.keyPlaces()).hasSize(CURRENT.keyPlaces().size() + 1);
    assertThat(merged.keyPlace("village-xiaogang-granary")).contains(renamed);
    assertThat(merged.keyPlace("village-donghe-boiler-room")).contains(added);
    assertThat(merged.keyPlace("hospital-bieshan-oxygen-store")).isEqualTo(CURRENT.keyPlace("hospital-bieshan-oxygen-store"));
    assertThat(summary.keyPlaces()).isEqualTo(2);
    assertThat(summary.created()).containsEntry("keyPlaces", 1);
    assertThat(summary.updated()).containsEntry("keyPlaces", 1);
    assertThat(summary.message()).contains("重点部位 2 个");
  }

  @Test
  void deactivatesPeopleTheWorkbookLeavesOut() {
    List<PersonRow> people = new ArrayList<>(CURRENT.people());
    people.removeIf(p -> p.code().equals("p-062") || p.code().equals("p-068"));
    RegistryData workbook = CURRENT.withPeople(people);

    RegistryData merged = RegistryImport.merge(CURRENT, workbook);

    assertThat(merged.people()).hasSize(CURRENT.people().size());
    PersonRow administrator = merged.person("p-062").orElseThrow();
    assertThat(administrator.isActive()).isFalse();
    assertThat(administrator.isAdministrator()).isFalse();
    assertThat(administrator.name()).isEqualTo("王测丽");
    assertThat(merged.person("p-068").orElseThrow().isActive()).isFalse();
    assertThat(merged.person("p-067").orElseThrow().isActive()).isTrue();
    assertThat(RegistryImport.summarize(CURRENT, workbook, merged).deactivatedPeople())
        .containsExactly(new PersonRef("p-062", "王测丽"), new PersonRef("p-068", "蔡测华"));
  }

  @Test
  void replacesGridRolesAndDepartmentMembersWithTheWorkbooks() {
    AssignmentRow onlyRole = CURRENT.assignments().get(0);
    MemberRow onlyMember = CURRENT.departmentMembers().get(0);
    AssignmentRow newRole = new AssignmentRow("village-donghe", "p-068", GridRole.GRID_MEMBER, null, "巡查");
    RegistryData workbook = CURRENT.withAssignments(List.of(onlyRole, newRole)).withDepartmentMembers(List.of(onlyMember));

    RegistryData merged = RegistryImport.merge(CURRENT, workbook);
    var summary = RegistryImport.summarize(CURRENT, workbook, merged);

    assertThat(merged.assignments()).containsExactly(onlyRole, newRole);
    assertThat(merged.departmentMembers()).containsExactly(onlyMember);
    assertThat(summary.created()).containsEntry("assignments", 1).containsEntry("grids", 0);
    assertThat(summary.removed())
        .containsEntry("assignments", CURRENT.assignments().size() - 1)
        .containsEntry("departmentMembers", CURRENT.departmentMembers().size() - 1);
  }

  @Test
  void importingTheSameRegistryChangesNothing() {
    RegistryData merged = RegistryImport.merge(CURRENT, CURRENT);
    var summary = RegistryImport.summarize(CURRENT, CURRENT, merged);

    assertThat(merged).isEqualTo(CURRENT);
    assertThat(summary.created().values()).containsOnly(0);
    assertThat(summary.updated().values()).containsOnly(0);
    assertThat(summary.removed().values()).containsOnly(0);
    assertThat(summary.message()).contains("没有变化");
  }

  private static GridRow withName(GridRow g, String name) {
    return new GridRow(g.code(), name, g.kind(), g.townCode(), g.parentCode(), g.areaCode(),
        g.supervisingDepartmentCode(), g.address(), g.inspectionsPerWeek());
  }
}
