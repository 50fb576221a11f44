package cn.safegrid.summary;

/**
 * Ids of processes/monthly-summary.bpmn, town-monthly-summary.bpmn, hazard-statistics.bpmn and
 * summary-scheduling.bpmn used by code and tests.
 */
public final class SummaryProcess {

  /** A grid's or department's monthly summary. */
  public static final String KEY = "monthly-summary";
  public static final String COUNT_FIGURES = "Task_CountMonthFigures";
  public static final String FILING = "SubProcess_Filing";
  public static final String FILE = "Task_FileMonthlySummary";
  public static final String DELEGATED = "Gateway_Delegated";
  public static final String FILE_FOR_LEADER = "Task_FileMonthlySummaryForLeader";
  public static final String FILING_DUE = "BoundaryEvent_FilingDue";
  public static final String REMIND = "Task_RemindFiling";
  public static final String SUPERVISION_DUE = "TimerEvent_SupervisionDue";
  public static final String SUPERVISE = "Task_SuperviseMonthlySummary";
  public static final String FILED = "EndEvent_SummaryFiled";
  public static final String SUPERVISED = "EndEvent_FilingSupervised";

  /** The town's monthly summary. */
  public static final String TOWN_KEY = "town-monthly-summary";
  public static final String COUNT_TOWN = "Task_CountTownFigures";
  public static final String REVIEW_TOWN = "Task_ReviewTownSummary";
  public static final String ACKNOWLEDGE_TOWN = "Task_AcknowledgeTownSummary";
  public static final String RECORD_ACKNOWLEDGED = "Task_RecordTownAcknowledged";
  public static final String TOWN_ACKNOWLEDGED = "EndEvent_TownSummaryAcknowledged";

  /** Quarterly and annual hazard statistics. */
  public static final String STATISTICS_KEY = "hazard-statistics";
  public static final String COUNT_HAZARDS = "Task_CountHazardStatistics";
  public static final String SIGN = "Task_SignHazardStatistics";
  public static final String SIGNATURE_DUE = "BoundaryEvent_SignatureDue";
  public static final String RECORD_LATE = "Task_RecordLateSignature";
  public static final String SIGNED = "EndEvent_StatisticsSigned";
  public static final String LATENESS_RECORDED = "EndEvent_LatenessRecorded";

  /** The daily scheduler of all three. */
  public static final String SCHEDULING_KEY = "summary-scheduling";
  public static final String OPEN_DUE = "Task_OpenDueSummaries";

  private SummaryProcess() {}
}
