package cn.safegrid.hazard;

/**
 * The ids of processes/hazard-rectification.bpmn that code and tests refer to. The model is the
 * reference; these constants must match it (ProcessModelIdsTest checks that they do).
 */
public final class HazardProcess {

  public static final String KEY = "hazard-rectification";
  public static final String ROUTING_DECISION = "hazard-routing";
  public static final String DEADLINES_DECISION = "hazard-deadlines";

  public static final String START = "StartEvent_HazardReported";
  public static final String REGISTER = "Task_RegisterHazard";
  public static final String ROUTE = "Task_RouteHazard";
  public static final String SET_DEADLINES = "Task_SetDeadlines";
  public static final String ASSIGN = "Task_AssignHazard";
  public static final String ADD_ASSISTING_REMARKS = "Task_AddAssistingRemarks";
  public static final String ACKNOWLEDGE_MAJOR = "Task_AcknowledgeMajorHazard";
  public static final String ACCEPT = "Task_AcceptHazard";
  public static final String REASSIGN = "Task_ReassignHazard";
  public static final String APPLY_REASSIGNMENT = "Task_ApplyReassignment";
  public static final String DRAFT_PLAN = "Task_DraftRectificationPlan";
  public static final String APPROVE_PLAN = "Task_ApproveRectificationPlan";
  public static final String RECTIFICATION = "SubProcess_Rectification";
  public static final String RECTIFY = "Task_RectifyHazard";
  public static final String VERIFY = "Task_VerifyRectification";
  public static final String REVIEW_CLOSURE = "Task_ReviewClosure";
  public static final String DUE = "BoundaryEvent_RectificationDue";
  public static final String LEVEL_TWO_DUE = "TimerEvent_LevelTwoEscalationDue";
  public static final String LEVEL_ONE_DUE = "TimerEvent_LevelOneEscalationDue";
  public static final String ACCOUNTABILITY_DUE = "TimerEvent_AccountabilityDue";
  public static final String REMIND = "Task_RemindOverdue";
  public static final String ESCALATE_LEVEL_TWO = "Task_EscalateToLevelTwo";
  public static final String SUPERVISE_LEVEL_TWO = "Task_SuperviseLevelTwo";
  public static final String ESCALATE_LEVEL_ONE = "Task_EscalateToLevelOne";
  public static final String SUPERVISE_LEVEL_ONE = "Task_SuperviseLevelOne";
  public static final String OPEN_ACCOUNTABILITY = "Task_OpenAccountabilityCase";
  public static final String REVIEW_ACCOUNTABILITY = "Task_ReviewAccountability";
  public static final String CLOSE = "Task_CloseHazard";
  public static final String CLOSED = "EndEvent_HazardClosed";

  private HazardProcess() {}
}
