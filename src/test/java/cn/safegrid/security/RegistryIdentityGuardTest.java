package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * People and groups are changed in the registry: an administrator's edit in Admin (or over the
 * engine API) of a registry person, a registry group or its members — who is 系统管理员 included —
 * is refused with a message naming the registry, and nothing drifts. Passwords and users or groups
 * made by hand stay Admin's.
 */
@SafeGridTest
class RegistryIdentityGuardTest {

  static final String ADMIN = Http.basic("admin", "demo");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  Http admin;

  @BeforeEach
  void administrator() {
    admin = new Http(port).withReason("核对系统管理中的人员和用户组");
  }

  @Test
  void anEditOfWhatTheRegistryOwnsIsRefusedAndNothingChanges() {
    List<Object[]> edits = List.of(
        new Object[] {HttpMethod.PUT, "/user/zhang.shili/profile", Map.of("id", "zhang.shili", "firstName", "改", "lastName", "名")},
        new Object[] {HttpMethod.DELETE, "/user/huang.shimin", null},
        new Object[] {HttpMethod.PUT, "/group/dept-fire-brigade/members/huang.shimin", null},
        new Object[] {HttpMethod.DELETE, "/group/dept-fire-brigade/members/zheng.cehong", null},
        new Object[] {HttpMethod.PUT, "/group/town-leaders", Map.of("id", "town-leaders", "name", "镇领导", "type", "WORKFLOW")},
        new Object[] {HttpMethod.DELETE, "/group/cockpit-readers", null},
        new Object[] {HttpMethod.POST, "/group/create", Map.of("id", "grid-village-fake", "name", "假村网格")},
        new Object[] {HttpMethod.POST, "/user/create", Map.of("profile", Map.of("id", "zhang.shili", "firstName", "x", "lastName", "y"),
            "credentials", Map.of("password", "Aa1!aaaaaaaa"))},
        new Object[] {HttpMethod.PUT, "/group/camunda-admin/members/huang.shimin", null});
    User zhang = identity.createUserQuery().userId("zhang.shili").singleResult();
    long fireMembers = identity.createUserQuery().memberOfGroup("dept-fire-brigade").count();
    for (Object[] edit : edits) {
      ResponseEntity<String> answer = admin.exchange((HttpMethod) edit[0], "/engine-rest" + edit[1], ADMIN, edit[2]);
      assertThat(answer.getStatusCode().value()).as("%s %s: %s", edit[0], edit[1], answer.getBody()).isEqualTo(403);
      assertThat(answer.getBody()).as("%s %s", edit[0], edit[1]).contains("网格台账");
    }
    User after = identity.createUserQuery().userId("zhang.shili").singleResult();
    assertThat(after.getFirstName() + after.getLastName()).isEqualTo(zhang.getFirstName() + zhang.getLastName());
    assertThat(identity.createUserQuery().userId("huang.shimin").count()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup("dept-fire-brigade").count()).isEqualTo(fireMembers);
    assertThat(identity.createGroupQuery().groupId("town-leaders").singleResult().getName()).isEqualTo("镇领导（一级、二级网格长）");
    assertThat(identity.createGroupQuery().groupId("grid-village-fake").count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("huang.shimin").count()).isZero();
  }

  @Test
  void inAdminTheRefusalNamesTheRegistry() {
    var session = new WebappSession(port);
    assertThat(session.login("admin", "demo")).isEqualTo(200);
    assertThat(session.putJson("/api/admin/reason", "{\"reason\":\"核对用户资料\"}").statusCode()).isEqualTo(200);
    var answer = session.putJson("/camunda/api/engine/engine/default/user/zhang.shili/profile",
        "{\"id\":\"zhang.shili\",\"firstName\":\"改\",\"lastName\":\"名\"}");
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("网格台账").contains("同步");
  }

  @Test
  void whatTheRegistryDoesNotOwnStaysAdmins() {
    Map<String, Object> visitor = Map.of("profile", Map.of("id", "visitor.demo", "firstName", "访", "lastName", "客"),
        "credentials", Map.of("password", "Visitor-2026-demo"));
    assertThat(admin.post("/engine-rest/user/create", ADMIN, visitor).getStatusCode().value()).isEqualTo(204);
    assertThat(admin.put("/engine-rest/user/visitor.demo/profile", ADMIN,
        Map.of("id", "visitor.demo", "firstName", "来", "lastName", "客")).getStatusCode().value()).isEqualTo(204);
    assertThat(admin.post("/engine-rest/group/create", ADMIN, Map.of("id", "visitors", "name", "来访人员")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(admin.put("/engine-rest/group/visitors/members/visitor.demo", ADMIN, null).getStatusCode().value()).isEqualTo(204);
    assertThat(admin.delete("/engine-rest/group/visitors", ADMIN).getStatusCode().value()).isEqualTo(204);
    assertThat(admin.delete("/engine-rest/user/visitor.demo", ADMIN).getStatusCode().value()).isEqualTo(204);
  }
}
