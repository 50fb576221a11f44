package cn.safegrid.system;

/** Text helpers shared by the ledgers. */
public final class Texts {

  private Texts() {}

  /** The text cut to at most {@code max} characters, marked with "…" where it was cut; null stays null. */
  public static String fit(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
