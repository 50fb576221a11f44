package cn.safegrid.inspection;

import cn.safegrid.system.VariableKey;

/**
 * The variables of an inspection round. The checklist answers arrive as two JSON lists the form
 * shows as tables and submits back with each row's result: {@link #CHECKLIST_ITEMS} (the items of
 * the checklist version the round opened with, from the catalogue) and {@link #KEY_PLACES}.
 */
public final class InspectionVariables {

  public static final VariableKey<Long> INSPECTION_ID = VariableKey.of("inspectionId", Long.class);
  /** The round's facts for the form (grid, round, due date), markdown. */
  public static final VariableKey<String> ROUND_SUMMARY = VariableKey.of("roundSummary", String.class);
  /**
   * JSON list of {key, label, hint, category, grade} — one row per checklist item the round asks, in
   * order — to which the form adds result, remark, category, grade and location. The form submits
   * the rows back with its fields only; {@code RecordInspectionDelegate} matches them by position
   * to the round's checklist version.
   */
  public static final String CHECKLIST_ITEMS = "checklistItems";
  /**
   * JSON list of {label, value}: the hazard categories in use when the round opened, which the
   * category selects offer (form-js {@code valuesKey}). Not a field: the form does not submit it.
   */
  public static final String CATEGORY_OPTIONS = "categoryOptions";
  /** JSON list of {name} to which the form adds result, remark, category and grade per key place. */
  public static final String KEY_PLACES = "keyPlaces";
  /**
   * The key places' codes, comma-separated, in the order of {@link #KEY_PLACES} (the form submits
   * the list back without fields it does not show, so the codes are kept here).
   */
  public static final VariableKey<String> KEY_PLACE_CODES = VariableKey.of("keyPlaceCodes", String.class);
  public static final VariableKey<String> SUPERVISION_REMARKS = VariableKey.of("supervisionRemarks", String.class);
  /** Start form of extra-inspection-round: the grid to inspect once more (empty: the starter's own). */
  public static final VariableKey<String> GRID_CODE = VariableKey.of("gridCode", String.class);
  /** Start form of extra-inspection-round: why the grid inspects once more (加密排查的原因). */
  public static final VariableKey<String> EXTRA_REASON = VariableKey.of("extraReason", String.class);

  private InspectionVariables() {}
}
