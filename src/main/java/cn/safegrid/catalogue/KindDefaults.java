package cn.safegrid.catalogue;

import cn.safegrid.grid.GridKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A checklist item's default categories per grid kind, stored as {@code SCHOOL=school;HOSPITAL=medical}. */
final class KindDefaults {

  private KindDefaults() {}

  static Map<GridKind, String> parse(String stored) {
    Map<GridKind, String> defaults = new EnumMap<>(GridKind.class);
    if (stored == null || stored.isBlank()) {
      return defaults;
    }
    for (String pair : stored.split(";")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        defaults.put(GridKind.valueOf(parts[0].trim()), parts[1].trim());
      }
    }
    return defaults;
  }

  static String format(Map<GridKind, String> defaults) {
    if (defaults == null || defaults.isEmpty()) {
      return null;
    }
    return new EnumMap<>(defaults).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }
}
