package cn.safegrid.inspection;

import java.util.Arrays;

/**
 * Which daily inspection form (《日常隐患排查表》) a round fills: the code is what
 * inspection-frequency.dmn answers and the catalogue's checklist code; the items themselves are
 * data (catalogue, {@code /api/catalogue/checklists/{code}}), fixed for a round when it opens.
 */
public enum Checklist {
  VILLAGE("village", "村级日常隐患排查表"),
  UNIT("unit", "企事业单位日常隐患排查表");

  private final String code;
  private final String label;

  Checklist(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Checklist ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown checklist " + code));
  }
}
