package cn.safegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.grid.GridKind;
import cn.safegrid.support.SafeGridTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bieshan's catalogue as V7__catalogues.sql seeds it, entry by entry, each with the clause of the
 * regulation (《关于进一步完善安全生产网格化管理的实施细则》) that names it: 任务安排（二）n is the
 * department list of section “三、安全生产任务安排（二）各行业领域”, 任务安排 全镇各村 the area
 * inspection groups, 三（二）2 and 三（三）2–3 the village and unit grids' duties.
 */
@SafeGridTest
class CatalogueSeedTest {

  @Autowired Catalogue catalogue;

  static Stream<Arguments> categories() {
    return Stream.of(
        c("industrial-trade", "工贸企业", "企业与市场", "任务安排（二）1"),
        c("food-drug", "食品药品", "企业与市场", "任务安排（二）1"),
        c("railway", "铁路安全", "交通", "任务安排（二）2"),
        c("road-traffic", "交通安全", "交通", "任务安排（二）2"),
        c("road-transport", "道路运输（两客一危）", "交通", "任务安排（二）2"),
        c("road-construction-enterprise", "道路建设工程企业", "建设施工", "任务安排（二）2"),
        c("forest-fire", "森林防火", "消防", "任务安排（二）3 林业站"),
        c("well-cellar", "水井、水窖、地窖", "农业农村", "任务安排（二）3 农办"),
        c("biogas", "沼气池", "农业农村", "任务安排（二）3 农办"),
        c("straw-burning", "秸秆禁烧", "消防", "任务安排（二）3 农办"),
        c("water-facility", "变压器、机井、水利线路", "用电", "任务安排（二）3 水利站"),
        c("flood-drought", "防汛抗旱", "农业农村", "任务安排（二）3 水利站"),
        c("livestock-farm", "养殖场所", "农业农村", "任务安排（二）3 兽医站"),
        c("veterinary-drug", "畜禽兽药", "农业农村", "任务安排（二）3 兽医站"),
        c("auto-repair", "汽修汽贸", "企业与市场", "任务安排（二）4"),
        c("hazardous-waste", "危险废物", "危化品与有限空间", "任务安排（二）4"),
        c("fire", "消防安全", "消防", "任务安排（二）5"),
        c("nine-small-places", "九小场所", "企业与市场", "任务安排（二）6"),
        c("social-security", "社会安全", "社会治理", "任务安排（二）6"),
        c("town-village-construction", "镇村建设与建设施工", "建设施工", "任务安排（二）7"),
        c("land-planning", "土地规划", "建设施工", "任务安排（二）7"),
        c("rural-housing", "农村房屋", "建设施工", "任务安排（二）7"),
        c("dilapidated-housing", "农村危房", "建设施工", "任务安排（二）8"),
        c("elderly-care", "养老院、敬老院", "公共场所与机关", "任务安排（二）8"),
        c("cemetery", "墓地祭祀", "公共场所与机关", "任务安排（二）8"),
        c("party-service-centre", "党群服务中心", "公共场所与机关", "任务安排（二）9"),
        c("mass-organisation-venue", "群团组织活动场所", "公共场所与机关", "任务安排（二）9"),
        c("building-construction", "建筑施工", "建设施工", "任务安排（二）10"),
        c("illegal-mining", "矿山盗采", "建设施工", "任务安排（二）10"),
        c("coal-conversion-works", "煤改燃、煤改电施工与管线", "建设施工", "任务安排（二）11"),
        c("toilet-renovation-works", "户厕改造", "建设施工", "任务安排（二）12"),
        c("sewer-works", "污水管网施工", "建设施工", "任务安排（二）12"),
        c("market", "市场（别山大市场、翠屏山市场、别山新天地商业街）", "企业与市场", "任务安排（二）13"),
        c("special-equipment", "特种设备", "企业与市场", "任务安排（二）14"),
        c("government-premises", "机关、政府食堂、档案室", "公共场所与机关", "任务安排（二）15 办公室"),
        c("civil-air-defence", "人民防空工程", "公共场所与机关", "任务安排（二）15 办公室"),
        c("school", "学校、幼儿园、托儿所、校外培训机构", "公共场所与机关", "任务安排（二）15 镇教委"),
        c("culture-venue", "文化站、健身广场、图书馆", "公共场所与机关", "任务安排（二）15 文化站"),
        c("tourism", "旅游景区、农家院", "公共场所与机关", "任务安排（二）15 文化站"),
        c("religious-heritage", "宗教场所、文物保护单位", "公共场所与机关", "任务安排（二）15 文化站"),
        c("entertainment", "网吧、KTV", "公共场所与机关", "任务安排（二）15 文化站"),
        c("medical", "医院等医疗机构", "公共场所与机关", "任务安排（二）15 计生办"),
        c("rural-road-construction", "乡村公路建设施工", "建设施工", "任务安排（二）15 城建办"),
        c("group-rental", "群租房、出租房", "社会治理", "任务安排 全镇各村（片检查组）"),
        c("small-shop", "小商铺", "企业与市场", "任务安排 全镇各村（片检查组）"),
        c("electrical", "用电安全", "用电", "三（二）2"),
        c("fire-lane", "消防通道", "消防", "三（二）2"),
        c("firewood-pile", "柴草乱堆乱放", "消防", "三（二）2"),
        c("fire-water", "消防水源", "消防", "三（二）2"),
        c("hazardous-chemicals", "危化品", "危化品与有限空间", "三（二）2"),
        c("confined-space", "有限空间", "危化品与有限空间", "三（二）2"),
        c("individual-business", "个体私营企业和个体工商户", "企业与市场", "三（二）2 个体私营企业和个体工商户"),
        c("household-toilet-use", "户厕、化粪池、污水设施的使用安全", "农业农村", "任务安排（二）12 各村、各户使用安全"),
        c("npc-premises", "人大及其办公室", "公共场所与机关", "任务安排（二）15 人大常委会办公室"),
        c("discipline-premises", "纪委办公场所", "公共场所与机关", "任务安排（二）15 纪委"),
        c("citizen-service-centre-premises", "综合便民服务中心场所", "公共场所与机关", "任务安排（二）15 党群服务中心（综合便民服务中心）"),
        c("finance-premises", "财政所场所", "公共场所与机关", "任务安排（二）15 财政所"),
        c("investment-projects", "招商引资项目", "企业与市场", "任务安排（二）15 招商办"),
        c("demolition-works", "房屋拆除、拆迁施工", "建设施工", "任务安排（二）15 拆迁办"),
        c("cyberspace-premises", "网信办场所", "公共场所与机关", "任务安排（二）15 网信办"),
        c("petition-reception", "信访接待场所", "公共场所与机关", "任务安排（二）15 信访办"),
        c("street-structures", "户外广告牌、店招和沿街构筑物", "公共场所与机关", "任务安排（二）15 公共管理办公室（市容所）"),
        c("veterans-service-premises", "退役军人服务站场所", "公共场所与机关", "任务安排（二）15 退役军人服务站"),
        c("rural-collective-assets", "农村集体资产和场所", "农业农村", "任务安排（二）15 农经站"),
        c("militia", "民兵训练和武器装备库房", "公共场所与机关", "任务安排（二）15 武装部"));
  }

  private static Arguments c(String code, String name, String group, String clause) {
    return Arguments.of(clause, code, name, group);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("categories")
  void eachCategoryTheRegulationNamesIsInTheCatalogueUnderItsGroupWithAHint(String clause, String code, String name,
      String group) {
    var category = catalogue.category(code).orElseThrow(() -> new AssertionError(clause + " names " + name));
    assertThat(category.name()).isEqualTo(name);
    assertThat(category.group()).isEqualTo(group);
    assertThat(category.hint()).as("a hint for the reporter").isNotBlank();
    assertThat(category.active()).isTrue();
    assertThat(category.routeToCatchAll()).as("the routing table has a rule for it").isFalse();
    assertThat(catalogue.categoryOptions()).contains(new CatalogueViews.Option(group + " · " + name, code));
  }

  @Test
  void theSeedHoldsTheRegulationsCategoriesAndNoOthers() {
    assertThat(catalogue.categories().stream().filter(c -> !c.code().startsWith("test-")).map(c -> c.code()))
        .containsExactlyInAnyOrderElementsOf(categories().map(a -> (String) a.get()[1]).toList());
  }

  static Stream<Arguments> items() {
    return Stream.of(
        i("village", 1, "fireSafety", "消防安全（灭火器材、用火用气）", "fire", Map.of(), "三（二）2 消防安全"),
        i("village", 2, "electrical", "用电安全（私拉乱接、线路老化）", "electrical", Map.of(), "三（二）2 用电安全"),
        i("village", 3, "fireLane", "消防通道", "fire-lane", Map.of(), "三（二）2"),
        i("village", 4, "firewoodPile", "柴草乱堆乱放", "firewood-pile", Map.of(), "三（二）2"),
        i("village", 5, "fireWater", "消防水源", "fire-water", Map.of(), "三（二）2"),
        i("village", 6, "rentalsAndShops", "群租房、出租房和小商铺", "group-rental", Map.of(), "任务安排 全镇各村"),
        i("village", 7, "hazardousChemicals", "危化品", "hazardous-chemicals", Map.of(), "三（二）2 台账"),
        i("village", 8, "confinedSpace", "有限空间", "confined-space", Map.of(), "三（二）2 台账"),
        i("village", 9, "construction", "建筑施工", "building-construction", Map.of(), "三（二）2 台账"),
        i("village", 10, "transport", "交通运输", "road-traffic", Map.of(), "三（二）2 台账"),
        i("village", 11, "floodDrought", "防汛抗旱", "flood-drought", Map.of(), "三（二）2 台账"),
        i("village", 12, "individualBusiness", "个体私营企业和个体工商户", "individual-business", Map.of(),
            "三（二）2 负责本网格内的个体私营企业和个体工商户安全生产"),
        i("village", 13, "enterprises", "企业", "industrial-trade", Map.of(), "三（二）2 台账（企业等各类安全隐患）"),
        i("unit", 1, "buildings", "建筑物和设施（房屋、围墙、门窗、楼梯）", null, sector("industrial-trade"), "三（三）2 建筑"),
        i("unit", 2, "fireFacilities", "消防设施（灭火器、消防栓、报警系统）", "fire", Map.of(), "三（三）2 消防"),
        i("unit", 3, "electrical", "用电安全（配电室、线路、插座）", "electrical", Map.of(), "三（三）2"),
        i("unit", 4, "evacuation", "安全出口和疏散通道", "fire-lane", Map.of(), "三（三）2 消防"),
        i("unit", 5, "sanitation", "卫生设施（食堂、饮用水、垃圾）", null, sector("food-drug"), "三（三）2 卫生"),
        i("unit", 6, "specialEquipment", "特种设备（锅炉、电梯、压力容器）", "special-equipment", Map.of(), "三（三）3 危险源"),
        i("unit", 7, "dangerousGoods", "危险物品（危化品、易燃易爆物品、气瓶）", "hazardous-chemicals", Map.of(), "三（三）3 危险源"),
        i("unit", 8, "safetyDuty", "值班检查和安全制度落实", null, sector("industrial-trade"), "三（三）1 值班检查"));
  }

  /** A unit's general item: the category of the unit's sector (schools, hospitals, enterprises). */
  private static Map<GridKind, String> sector(String enterprise) {
    return Map.of(GridKind.SCHOOL, "school", GridKind.HOSPITAL, "medical", GridKind.ENTERPRISE, enterprise);
  }

  private static Arguments i(String checklist, int position, String key, String label, String category,
      Map<GridKind, String> byKind, String clause) {
    return Arguments.of(clause, checklist, position, key, label, category, byKind);
  }

  @ParameterizedTest(name = "{0}: {1} #{2} {4}")
  @MethodSource("items")
  void eachChecklistItemIsAskedWithItsDefaultCategory(String clause, String checklist, int position, String key,
      String label, String category, Map<GridKind, String> byKind) {
    List<ItemView> items = catalogue.checklist(checklist, 1).items();
    ItemView item = items.get(position - 1);
    assertThat(item.key()).isEqualTo(key);
    assertThat(item.label()).isEqualTo(label);
    assertThat(item.hint()).isNotBlank();
    assertThat(item.defaultCategory()).isEqualTo(category);
    assertThat(item.defaultCategoryByGridKind()).isEqualTo(byKind);
    assertThat(catalogue.checklist(checklist).items()).as("the current version, as tests leave it").contains(item);
  }

  @Test
  void theSeedsChecklistsHoldTheseItemsAndNoOthers() {
    assertThat(catalogue.checklist("village", 1).items()).hasSize(13);
    assertThat(catalogue.checklist("unit", 1).items()).hasSize(8);
  }
}
