package cn.safegrid.hazard;

import java.util.Arrays;
import java.util.Optional;

/** 一般隐患 / 重大隐患; the process variable {@code grade} holds the lower-case code. */
public enum HazardGrade {
  GENERAL("general", "一般隐患"),
  MAJOR("major", "重大隐患");

  private final String code;
  private final String label;

  HazardGrade(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<HazardGrade> ofCode(String code) {
    return Arrays.stream(values()).filter(g -> g.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
  }
}
