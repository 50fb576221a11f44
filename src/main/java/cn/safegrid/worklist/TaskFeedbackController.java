package cn.safegrid.worklist;

import cn.safegrid.grid.Officers;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.AsSystem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happened after an officer completed a task in Tasklist: which step follows and who holds
 * it, in one Chinese sentence (「已提交，转 小岗村网格 复查整改」), and the ledger page of the case.
 * Only the officer who completed the task may ask; anybody else gets 404, as for a task he
 * cannot see.
 */
@RestController
@RequestMapping("/api/worklist")
@Tag(name = "任务办理反馈", description = "提交任务后的下一步")
class TaskFeedbackController {

  private final HistoryService history;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Officers officers;
  private final CaseLinks links;

  TaskFeedbackController(HistoryService history, TaskService tasks, RuntimeService runtime, IdentityService identity,
      Officers officers, CaseLinks links) {
    this.history = history;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.officers = officers;
    this.links = links;
  }

  /** One step that waits now: the task's name and who holds it. */
  record Step(String taskName, String holder) {}

  /** The answer: the sentence to show, the steps behind it, and the case's ledger page (or null). */
  record Feedback(String message, List<Step> next, String ledgerLink, String ledgerLabel) {}

  @GetMapping("/tasks/{taskId}/feedback")
  @Operation(summary = "刚提交的任务之后的下一步（仅限办理该任务的本人）")
  Feedback afterCompletion(@PathVariable String taskId, CurrentUser user) {
    return AsSystem.call(identity, () -> {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      if (done == null || done.getEndTime() == null || !Objects.equals(done.getAssignee(), user.userId())) {
        throw ApiException.notFound("没有找到您已提交的这项任务");
      }
      return feedback("已提交", done.getProcessInstanceId(), done.getProcessDefinitionKey());
    });
  }

  /** A person's name for a login id, as Tasklist's history tab needs it. */
  record Person(String login, String name) {}

  @GetMapping("/people/{login}")
  @Operation(summary = "登录名对应的姓名（Tasklist 的历史记录显示姓名而不是登录名）")
  Person person(@PathVariable String login, CurrentUser user) {
    String name = officers.nameOf(login);
    if (name == null || name.equals(login)) {
      throw ApiException.notFound("没有这个用户");
    }
    return new Person(login, name);
  }

  @GetMapping("/process-instances/{processInstanceId}/feedback")
  @Operation(summary = "刚启动的流程：编号和下一步（仅限启动该流程的本人）")
  Feedback afterStart(@PathVariable String processInstanceId, CurrentUser user) {
    return AsSystem.call(identity, () -> {
      HistoricProcessInstance started = history.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (started == null || !Objects.equals(started.getStartUserId(), user.userId())) {
        throw ApiException.notFound("没有找到您启动的这项流程");
      }
      String what = started.getBusinessKey() == null
          ? "已提交“" + started.getProcessDefinitionName() + "”"
          : "已提交“" + started.getProcessDefinitionName() + "”，编号 " + started.getBusinessKey();
      return feedback(what, processInstanceId, started.getProcessDefinitionKey());
    });
  }

  private Feedback feedback(String done, String processInstanceId, String processDefinitionKey) {
    List<Step> next = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
        .list()) {
      next.add(new Step(task.getName(), holder(task)));
    }
    String message;
    if (CaseLinks.INSPECTION_PROCESS.equals(processDefinitionKey) && next.isEmpty()) {
      message = done + "，" + findings(processInstanceId);
    } else if (!next.isEmpty()) {
      message = done + "，转 " + String.join("；", next.stream().map(s -> s.holder() + " " + s.taskName()).toList());
    } else if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      message = done + "，系统正在分办下一步";
    } else {
      message = done + "，本事项已办结";
    }
    CaseLinks.Link link = links.of(processInstanceId, processDefinitionKey);
    return new Feedback(message, next, link == null ? null : link.href(), link == null ? null : link.label());
  }

  /** The hazards an inspection round's findings became (their source names the round). */
  private String findings(String processInstanceId) {
    HistoricProcessInstance round = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    List<String> numbers = round == null || round.getBusinessKey() == null ? List.of()
        : history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseLinks.HAZARD_PROCESS)
            .variableValueLike("source", "排查 " + round.getBusinessKey() + " ·%")
            .orderByProcessInstanceStartTime().asc().list().stream()
            .map(HistoricProcessInstance::getBusinessKey).toList();
    return numbers.isEmpty() ? "本次排查未发现隐患"
        : "发现 " + numbers.size() + " 处隐患，已登记为 " + String.join("、", numbers) + "，按部门分工分办";
  }

  private String holder(Task task) {
    if (task.getAssignee() != null) {
      return officers.nameOf(task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          Group group = identity.createGroupQuery().groupId(link.getGroupId()).singleResult();
          groups.add(group != null ? group.getName() : link.getGroupId());
        } else if (link.getUserId() != null) {
          groups.add(officers.nameOf(link.getUserId()));
        }
      }
    }
    return groups.isEmpty() ? "待分配" : String.join("、", groups);
  }
}
