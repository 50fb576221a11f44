package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.CATEGORY_OPTIONS;
import static cn.safegrid.inspection.InspectionVariables.CHECKLIST_ITEMS;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.grid.GridKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The checklist as the round's form shows it: one row per item of the version the round opened
 * with ({@link InspectionVariables#CHECKLIST_ITEMS}), each with the category a finding gets unless
 * the inspector picks another, and the category list the selects offer
 * ({@link InspectionVariables#CATEGORY_OPTIONS}). Both are fixed when the round opens.
 */
@Component
class ChecklistRows {

  private final InspectionLedger ledger;
  private final Catalogue catalogue;
  private final ObjectMapper json = new ObjectMapper();

  ChecklistRows(InspectionLedger ledger, Catalogue catalogue) {
    this.ledger = ledger;
    this.catalogue = catalogue;
  }

  VariableMap variables(Inspection inspection, cn.safegrid.grid.RegistryData.GridRow grid) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ItemView item : ledger.askedItems(inspection)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", item.key());
      row.put("label", item.label());
      row.put("hint", item.hint() == null ? "" : item.hint());
      String category = InspectionLedger.itemCategory(item, grid);
      if (category != null) {
        row.put("category", category);
      }
      row.put("grade", "general");
      rows.add(row);
    }
    return Variables.createVariables()
        .putValueTyped(CHECKLIST_ITEMS, SpinValues.jsonValue(write(rows)).create())
        .putValueTyped(CATEGORY_OPTIONS, SpinValues.jsonValue(write(catalogue.categoryOptions())).create());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
