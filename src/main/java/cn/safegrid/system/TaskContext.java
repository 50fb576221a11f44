package cn.safegrid.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What every user task of every SafeGrid process gets when it is created, so that a task list is
 * readable at a glance and urgent work stands out:
 * <ul>
 *   <li>the case's current urgency, as its ledger says ({@link CaseLedger}: overdue, escalated);</li>
 *   <li>whatever the features' {@link Hook}s add (the grid's watchers, for instance).</li>
 * </ul>
 * Registered on every user task by a BPMN parse listener (engine plugin), so models stay clean.
 */
@Component
public class TaskContext extends AbstractProcessEnginePlugin implements TaskListener {

  /** A feature's contribution to every new user task. Runs without authorization checks. */
  public interface Hook {
    void taskCreated(DelegateTask task);
  }

  private final List<Hook> hooks;
  private final List<CaseLedger> cases;
  private final TaskService taskService;

  public TaskContext(@Lazy List<Hook> hooks, @Lazy List<CaseLedger> cases, @Lazy TaskService taskService) {
    this.hooks = hooks;
    this.cases = cases;
    this.taskService = taskService;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, TaskContext.this);
        }
      }

      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        // nothing per process
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    CaseLedger.find(cases, task.getProcessInstanceId()).map(CaseLedger.CaseState::priority)
        .filter(priority -> priority > task.getPriority()).ifPresent(task::setPriority);
    if (!hooks.isEmpty()) {
      Context.getCommandContext().runWithoutAuthorization(() -> {
        hooks.forEach(hook -> hook.taskCreated(task));
        return null;
      });
    }
  }

  /**
   * Makes the process's open tasks at least this urgent; those it creates from now on take their
   * urgency from the ledger, which the caller has just updated. Called from delegates (timer
   * jobs); runs without authorization checks.
   */
  public void raisePriority(DelegateExecution execution, int priority) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
        if (task.getPriority() < priority) {
          taskService.setPriority(task.getId(), priority);
        }
      }
      return null;
    });
  }

  /** The user on whose behalf the engine acts now, or null in a job (timers). */
  public static String currentUser() {
    var commandContext = Context.getCommandContext();
    return commandContext == null ? null : commandContext.getAuthenticatedUserId();
  }
}
