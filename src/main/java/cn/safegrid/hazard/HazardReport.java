package cn.safegrid.hazard;

/**
 * What a reporter tells about a hazard: the variables of the report form, of the REST start, and
 * of an inspection finding alike.
 */
public record HazardReport(String gridCode, String hazardCategory, String grade, String location,
    String description, String reporterId, String source) {

  /** Longest place the ledger keeps (characters). */
  public static final int MAX_LOCATION = 200;
  /** Longest source the ledger keeps; a longer one is cut. */
  public static final int MAX_SOURCE = 100;
}
