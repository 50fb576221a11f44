package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryData.TownRow;
import cn.safegrid.support.SafeGridTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry as Camunda sees it: users, groups, memberships, rights and filters. */
@SafeGridTest
class IdentityMirrorTest {

  static final String CODE = "p-test-mirror";
  static final String LOGIN = "test.mirror";

  @Autowired Registry registry;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;

  @AfterEach
  void removeTestPerson() {
    registry.edit(d -> d
        .withAssignments(d.assignments().stream().filter(a -> !a.personCode().equals(CODE)).toList())
        .withPeople(d.people().stream().map(p -> p.code().equals(CODE) ? withActive(p, false) : p).toList()));
  }

  @Test
  void demoOfficersAreUsersInTheirGroups() {
    User gao = identity.createUserQuery().userId("gao.shihua").singleResult();
    assertThat(gao.getLastName()).isEqualTo("高");
    assertThat(gao.getFirstName()).isEqualTo("示华");
    assertThat(groupsOf("gao.shihua")).contains("grid-village-xiaogang", "grid-village-xiaogang-leaders", "area-east")
        .doesNotContain("grid-village-dazhuang", "town-leaders");
    assertThat(groupsOf("zheng.cehong")).contains("dept-fire-brigade");
    assertThat(groupsOf("zhang.shili")).contains("town-leaders", "grid-town-bieshan-leaders");
    assertThat(groupsOf("wang.celi")).contains("safety-office", "dept-safety-office", Groups.CAMUNDA_ADMIN);
    assertThat(identity.createGroupQuery().groupId("dept-agri-forestry").singleResult().getName())
        .isEqualTo("农业发展服务中心·林业站");
  }

  @Test
  void anOfficerAddedToTheRegistryCanLogInAndFindsHisFilters() {
    addTestPerson("测试员甲");
    assertThat(identity.checkPassword(LOGIN, "demo")).isTrue();
    assertThat(groupsOf(LOGIN)).containsExactlyInAnyOrder("grid-village-xiaogang");
    assertThat(filters.createFilterQuery().filterOwner(LOGIN).list()).extracting(f -> f.getName())
        .containsExactlyInAnyOrder("我的待办", "本组待办", "已逾期");
  }

  @Test
  void anAdministratorWhoIsAlsoAnOfficerSeesOnlyHisOwnFilters() {
    // wang.celi works in the safety office and administers the system
    List<String> groups = groupsOf("wang.celi");
    identity.setAuthentication("wang.celi", groups);
    try {
      assertThat(filters.createFilterQuery().listPage(0, 1000)).extracting(f -> f.getOwner()).containsOnly("wang.celi");
      assertThat(filters.createFilterQuery().listPage(0, 1000)).extracting(f -> f.getName())
          .containsExactlyInAnyOrder("我的待办", "本组待办", "已逾期");
      assertThat(authorizations.isUserAuthorized("wang.celi", groups,
          org.camunda.bpm.engine.authorization.Permissions.CREATE,
          org.camunda.bpm.engine.authorization.Resources.FILTER)).as("may still create filters").isTrue();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void aChangedNameReachesCamunda() {
    addTestPerson("测试员甲");
    registry.edit(d -> d.withPeople(d.people().stream().map(p -> p.code().equals(CODE)
        ? new PersonRow(p.code(), "测试员乙", p.phone(), p.title(), p.loginId(), true, false) : p).toList()));
    User user = identity.createUserQuery().userId(LOGIN).singleResult();
    assertThat(user.getLastName()).isEqualTo("测");
    assertThat(user.getFirstName()).isEqualTo("试员乙");
  }

  @Test
  void aUserHasHisSurnameAsLastNameAndHisGivenNameAsFirstName() {
    // Camunda Admin saves a profile only with both names
    User huang = identity.createUserQuery().userId("huang.shimin").singleResult();
    assertThat(huang.getLastName()).isEqualTo("黄");
    assertThat(huang.getFirstName()).isEqualTo("示敏");
    assertThat(PersonNames.fullName(huang.getFirstName(), huang.getLastName())).isEqualTo("黄示敏");
    addTestPerson("欧阳某某");
    User test = identity.createUserQuery().userId(LOGIN).singleResult();
    assertThat(test.getLastName()).isEqualTo("欧阳");
    assertThat(test.getFirstName()).isEqualTo("某某");
    for (PersonRow person : registry.current().data().people()) {
      if (person.canLogIn()) {
        User user = identity.createUserQuery().userId(person.loginId()).singleResult();
        assertThat(user.getFirstName()).as(person.loginId()).isNotBlank();
        assertThat(user.getLastName()).as(person.loginId()).isNotBlank();
        assertThat(PersonNames.fullName(user.getFirstName(), user.getLastName())).isEqualTo(person.name());
      }
    }
  }

  @Test
  void aNameEditedInAdminIsPutBackAtTheNextMirror() {
    User huang = identity.createUserQuery().userId("huang.shimin").singleResult();
    huang.setLastName("Huang");
    huang.setFirstName("Shimin");
    huang.setEmail("huang.shimin@example.invalid");
    identity.saveUser(huang);
    registry.mirrorIdentity();
    User repaired = identity.createUserQuery().userId("huang.shimin").singleResult();
    assertThat(repaired.getLastName()).isEqualTo("黄");
    assertThat(repaired.getFirstName()).isEqualTo("示敏");
    assertThat(repaired.getEmail()).as("the registry has no e-mail: Admin's stays").isEqualTo("huang.shimin@example.invalid");
    assertThat(identity.checkPassword("huang.shimin", "demo")).as("password untouched").isTrue();
    repaired.setEmail(null);
    identity.saveUser(repaired);
  }

  @Test
  void theAdministratorsGroupIsCalled系统管理员() {
    Group admins = identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
    assertThat(admins.getName()).isEqualTo("系统管理员");
    assertThat(admins.getType()).as("Admin lists the type in Chinese").isEqualTo("系统");
    // the starter's name, e.g. after Admin's edit or on a database made before the mirror named it
    admins.setName("camunda BPM Administrators");
    identity.saveGroup(admins);
    registry.mirrorIdentity();
    assertThat(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName()).isEqualTo("系统管理员");
  }

  @Test
  void everyGroupHasItsOwnChineseName() {
    assertThat(groupName("dept-discipline")).isEqualTo("纪委");
    assertThat(groupName("discipline")).isEqualTo("纪委（问责核查）");
    assertThat(groupName("dept-safety-office")).isEqualTo("领导小组办公室");
    assertThat(groupName("safety-office")).isEqualTo("领导小组办公室（台账、全镇督查）");
    assertThat(groupName("town-leaders")).isEqualTo("镇领导（一级、二级网格长）");
    assertThat(groupName("grid-village-xiaogang")).isEqualTo("小岗村网格");
    assertThat(groupName("grid-village-xiaogang-leaders")).isEqualTo("小岗村网格长及副网格长");
    assertThat(groupName("grid-town-bieshan")).isEqualTo("别山镇网格");
    assertThat(groupName("grid-town-bieshan-leaders")).isEqualTo("别山镇一级、二级网格长");
    assertThat(groupName("area-east")).isEqualTo("东片检查组");
    List<Group> groups = identity.createGroupQuery().list();
    assertThat(groups).hasSizeGreaterThan(100);
    assertThat(groups).extracting(Group::getName).doesNotHaveDuplicates();
    for (Group group : groups) {
      assertThat(group.getName()).as(group.getId()).isNotBlank()
          .doesNotContainPattern("[A-Za-z]")
          .containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void aGroupRenamedInAdminIsRenamedBackAtTheNextMirror() {
    Group group = identity.createGroupQuery().groupId("dept-discipline").singleResult();
    group.setName("Discipline");
    identity.saveGroup(group);
    registry.mirrorIdentity();
    assertThat(groupName("dept-discipline")).isEqualTo("纪委");
  }

  @Test
  void namesSharedAcrossTownsOrGridsAreToldApart() {
    RegistryData demo = registry.current().data();
    List<TownRow> towns = new ArrayList<>(demo.towns());
    towns.add(new TownRow("xiaying", "下营镇", "蓟州区", "XY"));
    List<DepartmentRow> departments = new ArrayList<>(demo.departments());
    departments.add(new DepartmentRow("xy-discipline", "纪委", "xiaying", null, null, null));
    departments.add(new DepartmentRow("xy-admin", "系统管理员", "xiaying", null, null, null));
    List<GridRow> grids = new ArrayList<>(demo.grids());
    GridRow xiaogang = demo.grid("village-xiaogang").orElseThrow();
    grids.add(new GridRow("village-xiaogang-2", "小岗村", GridKind.VILLAGE, "bieshan", xiaogang.parentCode(),
        xiaogang.areaCode(), null, null, null));
    RegistryIndex index = new RegistryIndex(demo.withTowns(towns).withDepartments(departments).withGrids(grids));
    Map<String, String> names = GridGroups.names(index, index.groups().values());
    assertThat(names.get("dept-discipline")).isEqualTo("纪委（别山镇）");
    assertThat(names.get("dept-xy-discipline")).isEqualTo("纪委（下营镇）");
    assertThat(names.get("discipline")).isEqualTo("纪委（问责核查）");
    assertThat(names.get("dept-xy-admin")).isEqualTo("系统管理员（下营镇）");
    assertThat(names.get("grid-village-xiaogang")).isEqualTo("小岗村网格");
    assertThat(names.get("grid-village-xiaogang-2")).isEqualTo("小岗村网格（2）");
    assertThat(names.get("grid-village-xiaogang-2-leaders")).isEqualTo("小岗村网格长及副网格长（2）");
    assertThat(names.values()).doesNotHaveDuplicates().doesNotContain("系统管理员");
  }

  @Test
  void deactivationRemovesAccessButKeepsThePerson() {
    addTestPerson("测试员甲");
    registry.edit(d -> d.withPeople(d.people().stream().map(p -> p.code().equals(CODE) ? withActive(p, false) : p).toList()));
    assertThat(identity.createUserQuery().userId(LOGIN).count()).isZero();
    assertThat(identity.createGroupQuery().groupMember(LOGIN).count()).isZero();
    assertThat(filters.createFilterQuery().filterOwner(LOGIN).count()).isZero();
    assertThat(registry.current().person(CODE)).hasValueSatisfying(p -> assertThat(p.isActive()).isFalse());
  }

  @Test
  void mirroringAgainChangesNothing() {
    Map<String, String> userNames = userNames();
    Map<String, String> groupNames = groupNames();
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long memberships = memberships();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    registry.mirrorIdentity();
    registry.mirrorIdentity();
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(memberships()).isEqualTo(memberships);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(userNames()).isEqualTo(userNames);
    assertThat(groupNames()).isEqualTo(groupNames);
  }

  @Test
  void aUserRemovedFromAGroupByHandIsPutBackAtTheNextMirror() {
    identity.deleteMembership("dong.liyong", "grid-village-xiaogang");
    registry.mirrorIdentity();
    assertThat(groupsOf("dong.liyong")).contains("grid-village-xiaogang");
  }

  private void addTestPerson(String name) {
    registry.edit(d -> {
      List<PersonRow> people = new ArrayList<>(d.people().stream().filter(p -> !p.code().equals(CODE)).toList());
      people.add(new PersonRow(CODE, name, "13800009999", "村民代表", LOGIN, true, false));
      List<AssignmentRow> assignments = new ArrayList<>(d.assignments());
      assignments.add(new AssignmentRow("village-xiaogang", CODE, GridRole.GRID_MEMBER, null, null));
      return d.withPeople(people).withAssignments(assignments);
    });
  }

  private static PersonRow withActive(PersonRow p, boolean active) {
    return new PersonRow(p.code(), p.name(), p.phone(), p.title(), p.loginId(), active, p.administrator());
  }

  private List<String> groupsOf(String login) {
    return identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId).toList();
  }

  private String groupName(String id) {
    return identity.createGroupQuery().groupId(id).singleResult().getName();
  }

  private Map<String, String> userNames() {
    return identity.createUserQuery().list().stream()
        .collect(Collectors.toMap(User::getId, u -> u.getLastName() + "|" + u.getFirstName()));
  }

  private Map<String, String> groupNames() {
    return identity.createGroupQuery().list().stream().collect(Collectors.toMap(Group::getId, Group::getName));
  }

  private long memberships() {
    return identity.createGroupQuery().list().stream()
        .mapToLong(g -> identity.createUserQuery().memberOfGroup(g.getId()).count()).sum();
  }
}
