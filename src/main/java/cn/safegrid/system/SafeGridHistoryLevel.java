package cn.safegrid.system;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import java.util.Set;

/**
 * Camunda's FULL history without what only repeats other records:
 * <ul>
 *   <li>the detail row written for every change of every process variable ({@link HistoricDetail});</li>
 *   <li>the history of variables that are views of other records: {@code hazardSummary} (the
 *       ledger's facts for the forms) and the rule tables' answers
 *       {@code routing} and {@code deadlines} (the decision history keeps them, with inputs), and
 *       {@code leadOptions} (the registry's units offered by the reassignment form);</li>
 *   <li>the job log's routine rows (a job created, done, deleted): a timer set and cancelled is
 *       visible in the activity history; a job's failures are still logged, with their stack
 *       traces, and raise incidents as before.</li>
 * </ul>
 * Everything else stays — process, activity and task history, every other variable's value,
 * decisions with their inputs and outputs, identity links, the user operation log, incidents and
 * failed jobs — and the hazard ledger keeps its own append-only audit trail of every step, so
 * nothing a reviewer needs is lost. Measured in docs/performance.md.
 *
 * <p>Selected by {@code camunda.bpm.history-level: safegrid}; registered by {@link HistoryLevelPlugin}.
 */
public class SafeGridHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "safegrid";
  /** Stored in ACT_GE_PROPERTY; must not collide with Camunda's levels (0–3). */
  public static final int ID = 30;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Variables whose values are copies of records kept elsewhere. */
  static final Set<String> DERIVED_VARIABLES = Set.of("hazardSummary", "routing", "deadlines", "leadOptions");

  private static final Set<HistoryEventType> ROUTINE_JOB_LOG =
      Set.of(HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || ROUTINE_JOB_LOG.contains(eventType)) {
      return false;
    }
    if (entity instanceof VariableInstanceEntity variable && DERIVED_VARIABLES.contains(variable.getName())) {
      return false;
    }
    return true;
  }
}
