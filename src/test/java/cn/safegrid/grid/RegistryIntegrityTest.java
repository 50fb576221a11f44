package cn.safegrid.grid;

import static cn.safegrid.grid.RegistryWorkbookReadTest.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Integrity of the registry (issue 9, item 7): a grid or department with open work is not deleted
 * (409 saying what is open, nothing changed, its groups and tasks intact); a person who is
 * deactivated hands his claimed tasks back to their groups, over REST and Excel alike.
 */
@SafeGridTest
class RegistryIntegrityTest {

  static final String ADMIN = Http.basic("wang.celi", "demo");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identityService;
  @Autowired RegistryIntegrity integrity;
  @Autowired Registry registry;

  Http http;
  RegistryBackup backup;
  final List<String> instances = new ArrayList<>();
  final List<String> standaloneTasks = new ArrayList<>();

  @BeforeEach
  void remember() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
  }

  @AfterEach
  void putBack() {
    backup.restore();
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
    standaloneTasks.forEach(id -> tasks.deleteTask(id, true));
  }

  ProcessInstance openHazardInXiaogang() {
    ProcessInstance pi = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村养老院锅炉房", "锅炉压力表超过检定有效期，仍在使用");
    instances.add(pi.getId());
    return pi;
  }

  @Test
  void aGridWithOpenHazardsAndTasksIsNotDeleted() throws Exception {
    openHazardInXiaogang();
    long groupsBefore = identityService.createGroupQuery().groupIdIn("grid-village-xiaogang", "grid-village-xiaogang-leaders").count();

    ResponseEntity<String> answer = http.delete("/api/registry/grids/village-xiaogang", ADMIN);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
    String message = body(answer).get("message").asText();
    assertThat(message).startsWith("小岗村 还有 ").contains("项未销号的隐患").contains("不能删除");
    assertThat(body(answer).get("fieldErrors").get(0).get("field").asText()).isEqualTo("grids[village-xiaogang]");
    backup.assertUnchanged();
    assertThat(identityService.createGroupQuery().groupIdIn("grid-village-xiaogang", "grid-village-xiaogang-leaders").count())
        .isEqualTo(groupsBefore).isEqualTo(2);
  }

  @Test
  void aDepartmentWithOpenHazardsAndTasksIsNotDeleted() {
    openHazardInXiaogang(); // special equipment: led by 市场监管所, its 受理 task waits in dept-market-supervision
    RegistryData before = backup.before();
    RegistryData without = before.withDepartments(
        before.departments().stream().filter(d -> !d.code().equals("market-supervision")).toList());

    assertThatThrownBy(() -> integrity.requireNothingOpenLost(before, without))
        .isInstanceOfSatisfying(RegistryRefusedException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.getMessage()).contains("还有").contains("项未销号的隐患").contains("项待办任务").contains("不能删除");
        });
    assertThat(http.delete("/api/registry/departments/market-supervision", ADMIN).getStatusCode().value()).isEqualTo(409);
    backup.assertUnchanged();
  }

  @Test
  void aDeactivatedPersonHandsHisClaimedTasksBackToTheirGroup() throws Exception {
    Task accept = claimedAcceptTask();

    ResponseEntity<String> answer = http.delete("/api/registry/people/p-046", ADMIN);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    Task after = tasks.createTaskQuery().taskId(accept.getId()).singleResult();
    assertThat(after.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(accept.getId())).extracting(IdentityLink::getGroupId)
        .contains("dept-market-supervision");
  }

  @Test
  void aPersonDeactivatedInTheWorkbookHandsHisClaimedTasksBackToo() throws Exception {
    Task accept = claimedAcceptTask();
    byte[] workbook = RegistryRightsTest.edit(http.getBytes("/api/registry/export.xlsx", ADMIN).getBody(),
        w -> cell(w.getSheet("人员"), "p-046", "在职").setCellValue("否"));

    ResponseEntity<String> answer = http.postFile("/api/registry/import", ADMIN, "file", "台账.xlsx", workbook);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aPersonHoldingATaskNobodyElseCouldTakeIsNotDeactivated() throws Exception {
    Task alone = tasks.newTask();
    alone.setName("只交给黄示敏的任务");
    alone.setAssignee("huang.shimin");
    tasks.saveTask(alone);
    standaloneTasks.add(alone.getId());

    ResponseEntity<String> answer = http.delete("/api/registry/people/p-046", ADMIN);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
    assertThat(body(answer).get("message").asText()).contains("黄示敏 还有 1 项只交给他本人");
    backup.assertUnchanged();
    assertThat(identityService.createUserQuery().userId("huang.shimin").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(alone.getId()).singleResult().getAssignee()).isEqualTo("huang.shimin");
  }

  @Test
  void aGridWithoutOpenWorkIsStillDeleted() {
    var grid = new java.util.LinkedHashMap<String, Object>();
    grid.put("code", "enterprise-integrity-test");
    grid.put("name", "完整性测试企业");
    grid.put("kind", "ENTERPRISE");
    grid.put("townCode", "bieshan");
    grid.put("parentCode", "town-bieshan");
    grid.put("supervisingDepartmentCode", "enterprise-economy");
    ResponseEntity<String> created = http.post("/api/registry/grids", ADMIN, grid);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(http.delete("/api/registry/grids/enterprise-integrity-test", ADMIN).getStatusCode().value()).isEqualTo(204);
    backup.assertUnchanged();
  }

  private Task claimedAcceptTask() {
    ProcessInstance pi = openHazardInXiaogang();
    Task accept = driver.task(pi, HazardProcess.ACCEPT);
    driver.as("huang.shimin", () -> {
      tasks.claim(accept.getId(), "huang.shimin");
      return null;
    });
    assertThat(tasks.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee()).isEqualTo("huang.shimin");
    return accept;
  }

  private JsonNode body(ResponseEntity<String> response) throws IOException {
    return json.readTree(response.getBody());
  }
}
