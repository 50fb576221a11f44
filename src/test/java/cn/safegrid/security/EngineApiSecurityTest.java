package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.WebappSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a client of the engine REST API and of the webapps' API runs into. */
@SafeGridTest
class EngineApiSecurityTest {

  static final String ADMIN = Http.basic("admin", "demo");

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void engineRestRefusesRequestsWithoutCredentials() {
    var response = http.get("/engine-rest/task?maxResults=10", null);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void engineRestRefusesAWrongPassword() {
    // not "admin": a wrong password locks the user for a few seconds (ENGINE-27001)
    var user = identityService.newUser("locktest");
    user.setPassword("right-password");
    identityService.saveUser(user);
    try {
      var response = http.get("/engine-rest/task?maxResults=10", Http.basic("locktest", "wrong"));
      assertThat(response.getStatusCode().value()).isEqualTo(401);
    } finally {
      identityService.deleteUser("locktest");
    }
  }

  @Test
  void engineRestAnswersWithValidCredentials() {
    var response = http.get("/engine-rest/task?firstResult=0&maxResults=10", ADMIN);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).startsWith("[");
  }

  @Test
  void webappApiNeedsALoginSession() {
    assertThat(http.get("/camunda/api/engine/engine/default/task?maxResults=10", null).getStatusCode().value())
        .isEqualTo(401);
    assertThat(http.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null)
        .getStatusCode().value()).isIn(401, 403);
  }

  @Test
  void appApiNeedsAuthentication() {
    var response = http.get("/api/openapi", null);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.getBody()).contains("请先登录");
  }

  @Test
  void actuatorShowsHealthWithoutDetailsAndNothingElse() {
    var health = http.get("/actuator/health", null);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(http.get("/actuator/env", null).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get("/actuator/beans", ADMIN).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void taskQueryWithAnExpressionInAParameterIsRefused() {
    var response = http.get("/engine-rest/task?maxResults=10&assigneeExpression=%24%7BcurrentUser()%7D", ADMIN);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("不允许使用表达式");
  }

  @Test
  void taskQueryWithAnExpressionNestedInOrQueriesIsRefused() {
    Map<String, Object> query = Map.of(
        "orQueries", List.of(Map.of("assigneeExpression", "${''.getClass().forName('java.lang.Runtime')}")));
    var response = http.post("/engine-rest/task?maxResults=10", ADMIN, query);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("不允许使用表达式");
  }

  @Test
  void unicodeEscapedExpressionIsRefusedToo() {
    String body = "{\"orQueries\":[{\"candidateGroupExpression\":\"\\u0024{1+1}\"}]}";
    var response = http.post("/engine-rest/task/count", ADMIN,
        new org.springframework.http.HttpEntity<>(body, jsonHeaders()));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void hashExpressionInAStoredFilterIsRefused() {
    Map<String, Object> filter = Map.of(
        "resourceType", "Task", "name", "x",
        "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", "#{1+1}"))));
    var response = http.withReason("测试存储的过滤器").post("/engine-rest/filter/create", ADMIN, filter);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("不允许使用表达式");
  }

  @Test
  void webappTaskQueryIsGuardedAsWell() {
    var browser = new WebappSession(port);
    assertThat(browser.login("admin", "demo")).isEqualTo(200);
    var refused = browser.postJson("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=10",
        "{\"orQueries\":[{\"assigneeExpression\":\"${1}\"}]}");
    assertThat(refused.statusCode()).isEqualTo(400);
    var allowed = browser.postJson("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=10",
        "{\"orQueries\":[{\"assignee\":\"admin\"}]}");
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void ordinaryTaskQueryWithOrQueriesStillWorks() {
    Map<String, Object> query = Map.of(
        "orQueries", List.of(Map.of("candidateGroup", "safety-office", "assignee", "admin")));
    var response = http.post("/engine-rest/task?firstResult=0&maxResults=10", ADMIN, query);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void adminSetupEndpointIsClosed() {
    long usersBefore = identityService.createUserQuery().count();
    Map<String, Object> newAdmin = Map.of(
        "profile", Map.of("id", "intruder", "firstName", "x", "lastName", "y", "email", "x@example.invalid"),
        "credentials", Map.of("password", "intruder-password"));
    var response = http.post("/camunda/api/admin/setup/default/user/create", null, newAdmin);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
  }

  @Test
  void camundaAdminAlwaysHasADirectMember() {
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();
  }

  @Test
  void theLastAdministratorCannotBeRemoved() {
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()
        .stream().map(u -> u.getId()).toList();
    // leave exactly one direct member, then try to remove him in every way the APIs offer
    admins.stream().filter(id -> !id.equals("admin")).forEach(id -> identityService.deleteMembership(id, Groups.CAMUNDA_ADMIN));
    try {
      assertThat(http.withReason("测试最后一名管理员").delete("/engine-rest/group/camunda-admin/members/admin", ADMIN).getStatusCode().value())
          .isEqualTo(409);
      assertThat(http.withReason("测试最后一名管理员").delete("/engine-rest/user/admin", ADMIN).getStatusCode().value()).isEqualTo(409);
      assertThat(http.withReason("测试最后一名管理员").delete("/engine-rest/group/camunda-admin", ADMIN).getStatusCode().value()).isEqualTo(409);
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count())
          .isEqualTo(1);
    } finally {
      admins.stream().filter(id -> !id.equals("admin"))
          .forEach(id -> identityService.createMembership(id, Groups.CAMUNDA_ADMIN));
    }
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }
}
