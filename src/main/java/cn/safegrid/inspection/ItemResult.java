package cn.safegrid.inspection;

import java.util.Arrays;
import java.util.Optional;

/** The answer to one checklist item; the form submits the lower-case code. */
public enum ItemResult {
  PASSED("passed", "合格"),
  HAZARD("hazard", "发现隐患"),
  NOT_APPLICABLE("na", "不适用");

  private final String code;
  private final String label;

  ItemResult(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ItemResult> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
