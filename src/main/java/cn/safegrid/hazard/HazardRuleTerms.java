package cn.safegrid.hazard;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.rules.RuleTerms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The codes the hazard tables' columns name: categories of the catalogue, grades, and lead and
 * assisting units — the registry's departments, plus the two routes that are not departments
 * (the area's inspection group, the hazard's own village grid).
 */
@Component
class HazardRuleTerms implements RuleTerms {

  private final Catalogue catalogue;
  private final Registry registry;

  HazardRuleTerms(Catalogue catalogue, Registry registry) {
    this.catalogue = catalogue;
    this.registry = registry;
  }

  @Override
  public Optional<Terms> terms(String column) {
    return switch (column) {
      case "hazardCategory" -> Optional.of(new Terms("隐患类别目录", categories(), false));
      case "grade" -> Optional.of(new Terms("隐患等级", grades(), false));
      case "leadDepartment" -> Optional.of(new Terms("网格台账的部门", leads(), false));
      case "assistingDepartments" -> Optional.of(new Terms("网格台账的部门", departments(), true));
      default -> Optional.empty();
    };
  }

  private Map<String, String> categories() {
    Map<String, String> names = new LinkedHashMap<>();
    for (CategoryView category : catalogue.categories()) {
      names.put(category.code(), category.name() + (category.active() ? "" : "（已停用）"));
    }
    return names;
  }

  private static Map<String, String> grades() {
    Map<String, String> names = new LinkedHashMap<>();
    for (HazardGrade grade : HazardGrade.values()) {
      names.put(grade.code(), grade.label());
    }
    return names;
  }

  private Map<String, String> leads() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(HazardLedger.AREA_GROUP, "隐患所在村所属片的检查组");
    names.put(HazardLedger.VILLAGE_GRID, "隐患所在的村级网格");
    names.putAll(departments());
    return names;
  }

  private Map<String, String> departments() {
    Map<String, String> names = new LinkedHashMap<>();
    for (DepartmentRow department : registry.current().data().departments()) {
      names.put(department.code(), department.name());
    }
    return names;
  }
}
