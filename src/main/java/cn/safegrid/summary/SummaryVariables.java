package cn.safegrid.summary;

import cn.safegrid.system.VariableKey;

/**
 * The variables of monthly-summary, town-monthly-summary and hazard-statistics. The processes keep
 * keys ({@link #SUMMARY_ID}, {@link #TOWN_SUMMARY_ID}, {@link #STATISTICS_ID}) and the officers'
 * form fields; the figures live in the app's tables, and the forms show them as markdown the
 * service steps write ({@link #SUMMARY_FACTS} …), which no form submits.
 */
public final class SummaryVariables {

  // monthly-summary
  public static final VariableKey<Long> SUMMARY_ID = VariableKey.of("summaryId", Long.class);
  /** The grid, month, deadline and the month's figures, markdown for the forms. */
  public static final VariableKey<String> SUMMARY_FACTS = VariableKey.of("summaryFacts", String.class);
  /** JSON list of {label, value}: whom the leader may name to file (form-js valuesKey); not a field. */
  public static final String DEPUTY_OPTIONS = "deputyOptions";
  /** The leader's choice: {@code file} (本人填报) or {@code delegate} (交副网格长填报). */
  public static final VariableKey<String> FILING_CHOICE = VariableKey.of("filingChoice", String.class);
  public static final String FILE = "file";
  public static final String DELEGATE = "delegate";
  /** The login of the deputy the leader names. */
  public static final VariableKey<String> DEPUTY = VariableKey.of("deputy", String.class);
  public static final VariableKey<String> FIGURES_REMARKS = VariableKey.of("figuresRemarks", String.class);
  public static final VariableKey<String> MONTH_WORK = VariableKey.of("monthWork", String.class);
  public static final VariableKey<String> HELP_NEEDED = VariableKey.of("helpNeeded", String.class);
  public static final VariableKey<String> NEXT_PLAN = VariableKey.of("nextPlan", String.class);
  public static final VariableKey<String> SUPERVISION_REMARKS = VariableKey.of("supervisionRemarks", String.class);

  // town-monthly-summary
  public static final VariableKey<Long> TOWN_SUMMARY_ID = VariableKey.of("townSummaryId", Long.class);
  public static final VariableKey<String> TOWN_FACTS = VariableKey.of("townSummaryFacts", String.class);
  public static final VariableKey<String> REVIEW_REMARKS = VariableKey.of("reviewRemarks", String.class);
  public static final VariableKey<String> ACKNOWLEDGE_REMARKS = VariableKey.of("acknowledgeRemarks", String.class);
  /** The element variable of the acknowledgements: one level-1 leader's login. */
  public static final String LEVEL_ONE_LEADER = "levelOneLeader";

  // hazard-statistics
  public static final VariableKey<Long> STATISTICS_ID = VariableKey.of("statisticsId", Long.class);
  public static final VariableKey<String> STATISTICS_FACTS = VariableKey.of("statisticsFacts", String.class);
  /** The signature: the principal confirms he has read the table (a checkbox). */
  public static final VariableKey<Boolean> SIGNED = VariableKey.of("signed", Boolean.class);
  public static final VariableKey<String> SIGNATURE_REMARKS = VariableKey.of("signatureRemarks", String.class);

  private SummaryVariables() {}
}
