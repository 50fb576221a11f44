package cn.safegrid.hazard;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hazard categories the regulation names (section “安全生产任务安排”（二） and the village grid
 * duties of 三（二）2), with the codes the routing table (hazard-routing.dmn) and the report form
 * use. A code outside this list is still accepted: the routing table sends it to the safety office.
 */
public enum HazardCategory {
  INDUSTRIAL_TRADE("industrial-trade", "工贸企业"),
  FOOD_DRUG("food-drug", "食品药品"),
  RAILWAY("railway", "铁路安全"),
  ROAD_TRAFFIC("road-traffic", "交通安全"),
  ROAD_TRANSPORT("road-transport", "道路运输（两客一危）"),
  ROAD_CONSTRUCTION_ENTERPRISE("road-construction-enterprise", "道路建设工程企业"),
  FOREST_FIRE("forest-fire", "森林防火"),
  WELL_CELLAR("well-cellar", "水井、水窖、地窖"),
  BIOGAS("biogas", "沼气池"),
  STRAW_BURNING("straw-burning", "秸秆禁烧"),
  WATER_FACILITY("water-facility", "变压器、机井、水利线路"),
  FLOOD_DROUGHT("flood-drought", "防汛抗旱"),
  LIVESTOCK_FARM("livestock-farm", "养殖场所"),
  VETERINARY_DRUG("veterinary-drug", "畜禽兽药"),
  AUTO_REPAIR("auto-repair", "汽修汽贸"),
  HAZARDOUS_WASTE("hazardous-waste", "危险废物"),
  FIRE("fire", "消防安全"),
  NINE_SMALL_PLACES("nine-small-places", "九小场所"),
  SOCIAL_SECURITY("social-security", "社会安全"),
  TOWN_VILLAGE_CONSTRUCTION("town-village-construction", "镇村建设与建设施工"),
  LAND_PLANNING("land-planning", "土地规划"),
  RURAL_HOUSING("rural-housing", "农村房屋"),
  DILAPIDATED_HOUSING("dilapidated-housing", "农村危房"),
  ELDERLY_CARE("elderly-care", "养老院、敬老院"),
  CEMETERY("cemetery", "墓地祭祀"),
  PARTY_SERVICE_CENTRE("party-service-centre", "党群服务中心"),
  MASS_ORGANISATION_VENUE("mass-organisation-venue", "群团组织活动场所"),
  BUILDING_CONSTRUCTION("building-construction", "建筑施工"),
  ILLEGAL_MINING("illegal-mining", "矿山盗采"),
  COAL_CONVERSION_WORKS("coal-conversion-works", "煤改燃、煤改电施工与管线"),
  TOILET_RENOVATION_WORKS("toilet-renovation-works", "户厕改造"),
  SEWER_WORKS("sewer-works", "污水管网施工"),
  MARKET("market", "市场（别山大市场、翠屏山市场、别山新天地商业街）"),
  SPECIAL_EQUIPMENT("special-equipment", "特种设备"),
  GOVERNMENT_PREMISES("government-premises", "机关、政府食堂、档案室"),
  CIVIL_AIR_DEFENCE("civil-air-defence", "人民防空工程"),
  SCHOOL("school", "学校、幼儿园、托儿所、校外培训机构"),
  CULTURE_VENUE("culture-venue", "文化站、健身广场、图书馆"),
  TOURISM("tourism", "旅游景区、农家院"),
  RELIGIOUS_HERITAGE("religious-heritage", "宗教场所、文物保护单位"),
  ENTERTAINMENT("entertainment", "网吧、KTV"),
  MEDICAL("medical", "医院等医疗机构"),
  RURAL_ROAD_CONSTRUCTION("rural-road-construction", "乡村公路建设施工"),
  GROUP_RENTAL("group-rental", "群租房、出租房"),
  SMALL_SHOP("small-shop", "小商铺"),
  ELECTRICAL("electrical", "用电安全"),
  FIRE_LANE("fire-lane", "消防通道"),
  FIREWOOD_PILE("firewood-pile", "柴草乱堆乱放"),
  FIRE_WATER("fire-water", "消防水源"),
  HAZARDOUS_CHEMICALS("hazardous-chemicals", "危化品"),
  CONFINED_SPACE("confined-space", "有限空间");

  /** The report form's 其他: no category of the regulation fits; the safety office routes it. */
  public static final String OTHER = "other";

  private static final Map<String, HazardCategory> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(HazardCategory::code, Function.identity()));

  private final String code;
  private final String label;

  HazardCategory(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<HazardCategory> ofCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code.trim()));
  }

  /** The Chinese name of a code, or a label that shows the unknown code as it was reported. */
  public static String labelOf(String code) {
    if (code == null || code.isBlank()) {
      return "未填写类别";
    }
    if (code.trim().equals(OTHER)) {
      return "其他";
    }
    return ofCode(code).map(HazardCategory::label).orElse("未列明类别（" + code.trim() + "）");
  }
}
