package cn.safegrid.catalogue;

import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How tests edit a checklist through the API and put it back as it was. */
public final class CatalogueTestSupport {

  private CatalogueTestSupport() {}

  /** A checklist's items as the API takes them. */
  public static List<Map<String, Object>> requests(List<ItemView> items) {
    List<Map<String, Object>> requests = new ArrayList<>();
    for (ItemView i : items) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", i.key());
      row.put("label", i.label());
      row.put("hint", i.hint());
      row.put("defaultCategory", i.defaultCategory());
      row.put("defaultCategoryByGridKind", byKind(i));
      requests.add(row);
    }
    return requests;
  }

  /** Saves {@code wanted}'s items again as the checklist's current version (the next version, same items). */
  public static void restore(Catalogue catalogue, ChecklistView wanted) {
    catalogue.saveChecklist(CurrentUser.of("admin", List.of("camunda-admin")), wanted.checklist(),
        new CatalogueRequests.ChecklistRequest(wanted.items().stream().map(i -> new CatalogueRequests.ItemRequest(
            i.key(), i.label(), i.hint(), i.defaultCategory(), byKind(i))).toList(), null));
  }

  private static Map<String, String> byKind(ItemView item) {
    Map<String, String> byKind = new LinkedHashMap<>();
    item.defaultCategoryByGridKind().forEach((k, v) -> byKind.put(k.name(), v));
    return byKind;
  }
}
