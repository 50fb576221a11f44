package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With engine authorization on, an officer's task list holds his own and his groups' tasks only. */
@SafeGridTest
class TaskVisibilityTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  final List<String> taskIds = new ArrayList<>();

  @BeforeEach
  void twoOfficersOfTwoGroups() {
    user("test-alice", "test-group-a");
    user("test-bob", "test-group-b");
    task("甲组的任务", t -> taskService.addCandidateGroup(t.getId(), "test-group-a"));
    task("乙组的任务", t -> taskService.addCandidateGroup(t.getId(), "test-group-b"));
    task("交给乙的任务", t -> taskService.setAssignee(t.getId(), "test-bob"));
    task("无人认领的任务", t -> { });
  }

  @AfterEach
  void cleanUp() {
    taskIds.forEach(id -> taskService.deleteTask(id, true));
    for (String user : List.of("test-alice", "test-bob")) {
      identityService.deleteUser(user);
    }
    for (String group : List.of("test-group-a", "test-group-b")) {
      identityService.deleteGroup(group);
    }
  }

  @Test
  void officerSeesOnlyHisGroupsTasks() throws Exception {
    assertThat(taskNames("test-alice")).containsExactly("甲组的任务");
  }

  @Test
  void officerSeesTasksAssignedToHimAndHisGroups() throws Exception {
    assertThat(taskNames("test-bob")).containsExactlyInAnyOrder("乙组的任务", "交给乙的任务");
  }

  @Test
  void officerCannotOpenAnotherGroupsTask() {
    String otherTask = taskIds.get(1);
    var response = new Http(port).get("/engine-rest/task/" + otherTask, Http.basic("test-alice", "secret-1"));
    assertThat(response.getStatusCode().value()).isIn(403, 404);
  }

  private List<String> taskNames(String user) throws Exception {
    var response = new Http(port).get("/engine-rest/task?firstResult=0&maxResults=100", Http.basic(user, "secret-1"));
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode task : json.readTree(response.getBody())) {
      if (taskIds.contains(task.get("id").asText())) {
        names.add(task.get("name").asText());
      }
    }
    return names;
  }

  private void user(String id, String group) {
    var user = identityService.newUser(id);
    user.setFirstName(id);
    user.setLastName("测试");
    user.setPassword("secret-1");
    identityService.saveUser(user);
    identityService.saveGroup(identityService.newGroup(group));
    identityService.createMembership(id, group);
  }

  private void task(String name, java.util.function.Consumer<Task> setUp) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    setUp.accept(task);
    taskIds.add(task.getId());
  }
}
