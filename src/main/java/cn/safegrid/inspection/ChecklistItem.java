package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import java.util.Arrays;
import java.util.List;

/**
 * The items of the daily inspection form (《日常隐患排查表》). Villages check what the regulation
 * makes them answer for (三（二）2: 消防安全、用电安全，特别是消防通道、柴草乱堆乱放和消防水源；
 * 危化品、有限空间、建筑施工、交通运输、抗旱防汛); units check their buildings, fire safety and
 * sanitation (三（三）2) and their equipment and dangerous goods (三（三）3).
 *
 * <p>The form field keys are {@code <key>Result}, {@code <key>Remark}, {@code <key>Category},
 * {@code <key>Grade} and {@code <key>Location}; forms/village-inspection.form and
 * forms/unit-inspection.form hold exactly these items (InspectionRulesTest checks it).
 */
public enum ChecklistItem {
  VILLAGE_FIRE_SAFETY(Checklist.VILLAGE, "fireSafety", "消防安全（灭火器材、用火用气）", "fire"),
  VILLAGE_ELECTRICAL(Checklist.VILLAGE, "electrical", "用电安全（私拉乱接、线路老化）", "electrical"),
  VILLAGE_FIRE_LANE(Checklist.VILLAGE, "fireLane", "消防通道", "fire-lane"),
  VILLAGE_FIREWOOD(Checklist.VILLAGE, "firewoodPile", "柴草乱堆乱放", "firewood-pile"),
  VILLAGE_FIRE_WATER(Checklist.VILLAGE, "fireWater", "消防水源", "fire-water"),
  VILLAGE_RENTALS_AND_SHOPS(Checklist.VILLAGE, "rentalsAndShops", "群租房、出租房和小商铺", "group-rental"),
  VILLAGE_HAZARDOUS_CHEMICALS(Checklist.VILLAGE, "hazardousChemicals", "危化品", "hazardous-chemicals"),
  VILLAGE_CONFINED_SPACE(Checklist.VILLAGE, "confinedSpace", "有限空间", "confined-space"),
  VILLAGE_CONSTRUCTION(Checklist.VILLAGE, "construction", "建筑施工", "building-construction"),
  VILLAGE_TRANSPORT(Checklist.VILLAGE, "transport", "交通运输", "road-traffic"),
  VILLAGE_FLOOD_DROUGHT(Checklist.VILLAGE, "floodDrought", "防汛抗旱", "flood-drought"),

  UNIT_BUILDINGS(Checklist.UNIT, "buildings", "建筑物和设施（房屋、围墙、门窗、楼梯）", null),
  UNIT_FIRE_FACILITIES(Checklist.UNIT, "fireFacilities", "消防设施（灭火器、消防栓、报警系统）", "fire"),
  UNIT_ELECTRICAL(Checklist.UNIT, "electrical", "用电安全（配电室、线路、插座）", "electrical"),
  UNIT_EVACUATION(Checklist.UNIT, "evacuation", "安全出口和疏散通道", "fire-lane"),
  UNIT_SANITATION(Checklist.UNIT, "sanitation", "卫生设施（食堂、饮用水、垃圾）", null),
  UNIT_SPECIAL_EQUIPMENT(Checklist.UNIT, "specialEquipment", "特种设备（锅炉、电梯、压力容器）", "special-equipment"),
  UNIT_DANGEROUS_GOODS(Checklist.UNIT, "dangerousGoods", "危险物品（危化品、易燃易爆物品、气瓶）", "hazardous-chemicals"),
  UNIT_SAFETY_DUTY(Checklist.UNIT, "safetyDuty", "值班检查和安全制度落实", null);

  /** Which form an inspection fills. */
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

  private final Checklist checklist;
  private final String key;
  private final String label;
  private final String category;

  ChecklistItem(Checklist checklist, String key, String label, String category) {
    this.checklist = checklist;
    this.key = key;
    this.label = label;
    this.category = category;
  }

  public Checklist checklist() {
    return checklist;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /**
   * The hazard category a finding of this item gets when the inspector names none: the item's own,
   * or for a unit's general items the category of the unit's sector.
   */
  public String defaultCategory(GridKind unitKind) {
    if (category != null) {
      return category;
    }
    return switch (unitKind) {
      case SCHOOL -> "school";
      case HOSPITAL -> "medical";
      case ENTERPRISE -> this == UNIT_SANITATION ? "food-drug" : "industrial-trade";
      default -> null;
    };
  }

  public static List<ChecklistItem> of(Checklist checklist) {
    return Arrays.stream(values()).filter(i -> i.checklist == checklist).toList();
  }
}
