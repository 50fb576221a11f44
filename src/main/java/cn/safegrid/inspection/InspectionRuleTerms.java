package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.rules.RuleTerms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The codes the inspection tables' columns name: kinds of grid, and the daily inspection forms (or none). */
@Component
class InspectionRuleTerms implements RuleTerms {

  @Override
  public Optional<Terms> terms(String column) {
    return switch (column) {
      case "gridKind" -> Optional.of(new Terms("网格类型", kinds(), false));
      case "checklist" -> Optional.of(new Terms("日常隐患排查表", checklists(), false));
      default -> Optional.empty();
    };
  }

  private static Map<String, String> kinds() {
    Map<String, String> names = new LinkedHashMap<>();
    for (GridKind kind : GridKind.values()) {
      names.put(kind.name(), kind.label());
    }
    return names;
  }

  private static Map<String, String> checklists() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Checklist checklist : Checklist.values()) {
      names.put(checklist.code(), checklist.label());
    }
    names.put("none", "不排查");
    return names;
  }
}
