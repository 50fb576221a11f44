package cn.safegrid.inspection;

/**
 * Ids of processes/inspection-round.bpmn, processes/inspection-scheduling.bpmn and
 * processes/extra-inspection-round.bpmn used by code and tests.
 */
public final class InspectionProcess {

  public static final String KEY = "inspection-round";
  public static final String SCHEDULING_KEY = "inspection-scheduling";

  public static final String INSPECTION = "SubProcess_Inspection";
  public static final String INSPECT_VILLAGE = "Task_InspectVillage";
  public static final String INSPECT_UNIT = "Task_InspectUnit";
  public static final String RECORD = "Task_RecordInspection";
  public static final String DUE = "BoundaryEvent_RoundDue";
  public static final String REMIND = "Task_RemindInspection";
  public static final String MISSED = "TimerEvent_RoundMissed";
  public static final String RECORD_MISSED = "Task_RecordMissedRound";
  public static final String SUPERVISE = "Task_SuperviseMissedInspection";
  public static final String CLOSE_UNFINISHED = "Task_CloseUnfinishedRound";
  public static final String COMPLETED = "EndEvent_RoundCompleted";
  public static final String CLOSED_UNFINISHED = "EndEvent_RoundClosedUnfinished";

  public static final String OPEN_DUE_ROUNDS = "Task_OpenDueRounds";

  /** processes/extra-inspection-round.bpmn: a member opens an extra round (加密排查) of his grid. */
  public static final String EXTRA_KEY = "extra-inspection-round";
  public static final String OPEN_EXTRA_ROUND = "Task_OpenExtraRound";
  public static final String EXTRA_ROUND_OPENED = "EndEvent_ExtraRoundOpened";

  private InspectionProcess() {}
}
