package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives hazard processes the way officers do: each action runs as that officer, with his groups,
 * under the engine's authorization checks. Jobs (the routing save point, timers) run when the
 * test says so; the clock moves when the test moves it.
 */
@Component
public class HazardDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;

  HazardDriver(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
  }

  /** Reports a hazard as {@code user} and lets the routing job run. */
  public ProcessInstance report(String user, String gridCode, String category, String grade, String location,
      String description) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("gridCode", gridCode);
    variables.put("hazardCategory", category);
    variables.put("grade", grade);
    variables.put("location", location);
    variables.put("description", description);
    ProcessInstance instance = as(user, () -> runtime.startProcessInstanceByKey(HazardProcess.KEY, variables));
    runJobs(instance);
    return instance;
  }

  /** The one open task of this key in the instance. */
  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    assertThat(open).as("open %s tasks", taskKey).hasSize(1);
    return open.get(0);
  }

  /** Claims (unless assigned) and completes the task of this key as {@code user}. */
  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  /** Runs the instance's jobs that are due now (the routing step, timers whose time has come). */
  public int runJobs(ProcessInstance instance) {
    int ran = 0;
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  /** Moves the engine clock (and so the ledger's) to this instant. */
  public void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public void resetClock() {
    ClockUtil.reset();
  }

  /** Runs work as an officer: his id and his groups, authorization checks on. */
  public <T> T as(String user, Callable<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  public static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
