package cn.safegrid.system;

/**
 * Task priorities with a meaning. Stored Tasklist filters may not hold expressions (a security
 * setting), so "overdue" cannot be "due before now": instead the processes' due-date timers raise
 * a task's priority, and the 已逾期 filter lists tasks at or above {@link #OVERDUE}.
 */
public final class TaskPriority {

  public static final int NORMAL = 50;
  /** The task's due date has passed (set by the reminder timer). */
  public static final int OVERDUE = 80;
  /** The upper grid has been asked to supervise (set by each escalation). */
  public static final int ESCALATED = 90;

  private TaskPriority() {}
}
