package cn.safegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.grid.RegistryBackup;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue in the registry workbook (issue 10): exported after the registry's sheets, imported
 * with them in one transaction — the same rules and refusals as the catalogue API, each problem at
 * its cell, nothing changed (registry or catalogue) when anything is refused, a new checklist
 * version only for a checklist whose rows changed, and a row someone else changed since the export
 * refused with his name. Tests add categories of their own (codes test-wb-…; categories are never
 * deleted) and put the checklists and the registry back as they were.
 */
@SafeGridTest
class CatalogueWorkbookTest {

  static final String EXPORT = "/api/registry/export.xlsx";
  static final String IMPORT = "/api/registry/import";
  static final String CLERK = Http.basic("chen.yanhai", "demo"); // 领导小组办公室干事
  static final String ADMIN = Http.basic("wang.celi", "demo");   // an administrator of the office
  static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired Catalogue catalogue;
  @Autowired ApplicationContext context;

  Http http;
  RegistryBackup registry;
  ChecklistView village;
  ChecklistView unit;

  @BeforeEach
  void remember() {
    http = new Http(port);
    registry = RegistryBackup.take(context);
    village = catalogue.checklist("village");
    unit = catalogue.checklist("unit");
  }

  @AfterEach
  void putBack() {
    registry.restore();
    for (ChecklistView wanted : List.of(village, unit)) {
      if (!catalogue.checklist(wanted.checklist()).items().equals(wanted.items())) {
        CatalogueTestSupport.restore(catalogue, wanted);
      }
    }
  }

  static String newCode() {
    return "test-wb-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
  }

  @Test
  void theExportHasTheCategoriesAndTheChecklistsAfterTheRegistry() throws Exception {
    try (XSSFWorkbook workbook = open(export())) {
      Sheet categories = workbook.getSheet("隐患类别");
      assertThat(headers(categories)).containsExactly("类别编码", "名称", "提示", "分组", "启用", "排序", "兜底分办",
          "版本(请勿修改)");
      assertThat(categories.getLastRowNum()).isEqualTo(catalogue.categories().size());
      int fire = categoryRow(categories, "fire");
      assertThat(text(categories, fire, "名称")).isEqualTo("消防安全");
      assertThat(text(categories, fire, "分组")).isEqualTo("消防");
      assertThat(text(categories, fire, "启用")).isEqualTo("是");
      assertThat(text(categories, fire, "兜底分办")).as("the routing table names fire").isEqualTo("否");
      assertThat(cell(categories, fire, "版本(请勿修改)").getNumericCellValue())
          .isEqualTo(catalogue.category("fire").orElseThrow().version());
      assertThat(categories.getDataValidations()).as("是/否 lists").isNotEmpty();

      Sheet items = workbook.getSheet("排查表");
      assertThat(headers(items)).containsExactly("排查表", "序号", "项目编码", "项目", "检查要点", "默认类别", "镇默认类别",
          "村默认类别", "企业默认类别", "学校默认类别", "医院默认类别", "事业单位默认类别", "基础网格默认类别", "版本(请勿修改)");
      assertThat(items.getLastRowNum()).isEqualTo(village.items().size() + unit.items().size());
      int water = itemRow(items, "village", "fireWater");
      assertThat(text(items, water, "项目")).isEqualTo("消防水源");
      assertThat(text(items, water, "默认类别")).isEqualTo("fire-water");
      assertThat(cell(items, water, "版本(请勿修改)").getNumericCellValue()).isEqualTo(village.version());
      String key = unit.items().stream().filter(i -> i.defaultCategoryByGridKind().containsKey(cn.safegrid.grid.GridKind.SCHOOL))
          .findFirst().orElseThrow().key();
      assertThat(text(items, itemRow(items, "unit", key), "学校默认类别")).isEqualTo("school");
    }
  }

  @Test
  void aWorkbookImportedBackUnchangedChangesNothingAndSavesNoChecklistVersion() throws Exception {
    List<CategoryView> before = catalogue.categories();
    int changes = catalogue.changes().size();

    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", export());

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(answer.getBody());
    assertThat(summary.get("message").asText()).contains("没有变化").contains("隐患类别 " + before.size() + " 个");
    assertThat(summary.get("categories").asInt()).isEqualTo(before.size());
    assertThat(summary.get("checklistItems").asInt()).isEqualTo(village.items().size() + unit.items().size());
    assertThat(summary.at("/created/categories").asInt()).isZero();
    assertThat(summary.at("/updated/categories").asInt()).isZero();
    assertThat(summary.at("/updated/checklists").asInt()).isZero();
    assertThat(summary.get("checklistVersions")).isEmpty();
    assertThat(catalogue.categories()).isEqualTo(before);
    assertThat(catalogue.checklist("village")).isEqualTo(village);
    assertThat(catalogue.checklist("unit")).isEqualTo(unit);
    assertThat(catalogue.changes()).hasSize(changes);
    registry.assertUnchanged();
  }

  @Test
  void aCategoryAndAnItemAddedInTheWorkbookAreWhatTheApiShows() throws Exception {
    String code = newCode();
    byte[] workbook = edit(export(), w -> {
      append(w.getSheet("隐患类别"), Map.of("类别编码", code, "名称", "电动自行车充电", "提示", "=楼道、室内充电，飞线充电",
          "分组", "消防", "兜底分办", "是"));
      append(w.getSheet("排查表"), Map.of("排查表", "village", "序号", 99, "项目编码", "eBikeCharging",
          "项目", "电动自行车充电", "检查要点", "楼道、室内有无电动自行车充电", "默认类别", code));
      cell(w.getSheet("网格"), row(w.getSheet("网格"), "village-donghe"), "隐患默认类别编码").setCellValue(code);
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(answer.getBody());
    assertThat(summary.at("/created/categories").asInt()).isEqualTo(1);
    assertThat(summary.at("/updated/checklists").asInt()).isEqualTo(1);
    assertThat(summary.at("/checklistVersions/village").asInt()).isEqualTo(village.version() + 1);
    assertThat(summary.get("message").asText()).contains("排查表 village 存为第 " + (village.version() + 1) + " 版");

    JsonNode category = json.readTree(http.get("/api/catalogue/categories/" + code, CLERK).getBody());
    assertThat(category.get("name").asText()).isEqualTo("电动自行车充电");
    assertThat(category.get("hint").asText()).as("kept as text, never a formula").isEqualTo("=楼道、室内充电，飞线充电");
    assertThat(category.get("routeToCatchAll").asBoolean()).isTrue();
    assertThat(category.get("changedBy").asText()).isEqualTo("chen.yanhai");
    JsonNode checklist = json.readTree(http.get("/api/catalogue/checklists/village", CLERK).getBody());
    assertThat(checklist.get("version").asInt()).isEqualTo(village.version() + 1);
    JsonNode last = checklist.get("items").get(checklist.get("items").size() - 1);
    assertThat(last.get("key").asText()).isEqualTo("eBikeCharging");
    assertThat(last.get("defaultCategory").asText()).isEqualTo(code);
    assertThat(catalogue.checklist("unit")).as("its rows did not change: no new version").isEqualTo(unit);
    assertThat(registry.stored().grid("village-donghe").orElseThrow().hazardCategory())
        .as("a grid defaulting to the category the same workbook adds").isEqualTo(code);
    assertThat(catalogue.changes().get(0).userId()).isEqualTo("chen.yanhai");

    // the cell of a new category's hint is exported formula-safe
    try (XSSFWorkbook exported = open(export())) {
      Sheet categories = exported.getSheet("隐患类别");
      assertThat(cell(categories, categoryRow(categories, code), "提示").getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void eachRefusedRowIsReportedAtItsCellAndNeitherTheRegistryNorTheCatalogueChanges() throws Exception {
    String added = newCode();
    record Bad(String what, Consumer<XSSFWorkbook> change, int status, String sheet, String key, String column,
        String says) {}
    List<Bad> bad = List.of(
        new Bad("a new category the routing table lacks, unconfirmed", w -> append(w.getSheet("隐患类别"),
            Map.of("类别编码", added, "名称", "新类别", "分组", "消防")), 400, "隐患类别", added, "兜底分办", "路由表"),
        new Bad("a category without a name", w -> cell(w.getSheet("隐患类别"), categoryRow(w.getSheet("隐患类别"), "fire"), "名称")
            .setBlank(), 400, "隐患类别", "fire", "名称", "不能为空"),
        new Bad("a code twice", w -> append(w.getSheet("隐患类别"), Map.of("类别编码", "fire", "名称", "火", "分组", "消防")),
            400, "隐患类别", "fire#2", "类别编码", "重复"),
        new Bad("an existing code on a row of its own", w -> {
          Sheet s = w.getSheet("隐患类别");
          cell(s, categoryRow(s, "fire-lane"), "名称").setCellValue("消防车道");
          cell(s, categoryRow(s, "fire-lane"), "版本(请勿修改)").setBlank();
        }, 400, "隐患类别", "fire-lane", "类别编码", "已存在"),
        new Bad("an invalid code", w -> append(w.getSheet("隐患类别"), Map.of("类别编码", "Bad Code", "名称", "大写",
            "分组", "消防", "兜底分办", "是")), 400, "隐患类别", "Bad Code", "类别编码", "无效"),
        new Bad("not 是/否", w -> cell(w.getSheet("隐患类别"), categoryRow(w.getSheet("隐患类别"), "fire"), "启用")
            .setCellValue("也许"), 400, "隐患类别", "fire", "启用", "是"),
        new Bad("an order out of range", w -> cell(w.getSheet("隐患类别"), categoryRow(w.getSheet("隐患类别"), "fire"), "排序")
            .setCellValue(-5), 400, "隐患类别", "fire", "排序", "0 到 1000000"),
        new Bad("retiring a category a checklist item defaults to", w -> cell(w.getSheet("隐患类别"),
            categoryRow(w.getSheet("隐患类别"), "fire-water"), "启用").setCellValue("否"),
            409, "隐患类别", "fire-water", "启用", "默认类别"),
        new Bad("an unknown default category", w -> cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "village",
            "fireWater"), "默认类别").setCellValue("drone-crash"), 400, "排查表", "village/fireWater", "默认类别",
            "不是隐患类别目录中的类别"),
        new Bad("an unknown default for schools", w -> cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "village",
            "fireWater"), "学校默认类别").setCellValue("drone-crash"), 400, "排查表", "village/fireWater", "学校默认类别",
            "drone-crash"),
        new Bad("an item key twice", w -> cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "village", "fireWater"),
            "项目编码").setCellValue(village.items().get(0).key()), 400, "排查表", "village/" + village.items().get(0).key()
            + "#2", "项目编码", "重复"),
        new Bad("a 序号 twice", w -> cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "village", "fireWater"),
            "序号").setCellValue(1), 400, "排查表", "village/fireWater", "序号", "序号相同"),
        new Bad("a 序号 that is no number", w -> cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "village",
            "fireWater"), "序号").setCellValue("第五"), 400, "排查表", "village/fireWater", "序号", "不是整数"),
        new Bad("an unknown checklist", w -> append(w.getSheet("排查表"), Map.of("排查表", "school", "序号", 1,
            "项目编码", "a", "项目", "甲")), 400, "排查表", "school/a", "排查表", "不存在"));
    List<CategoryView> categories = catalogue.categories();
    for (Bad b : bad) {
      int[] rows = new int[1];
      byte[] workbook = edit(export(), w -> {
        // each workbook also changes the registry: it must not be saved either
        cell(w.getSheet("网格"), row(w.getSheet("网格"), "village-donghe"), "网格名称").setCellValue("东河村（不应保存）");
        b.change().accept(w);
        rows[0] = locate(w.getSheet(b.sheet()), b.key());
      });

      ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);

      assertThat(answer.getStatusCode().value()).as(b.what() + ": " + answer.getBody()).isEqualTo(b.status());
      JsonNode error = json.readTree(answer.getBody());
      assertThat(error.get("message").asText()).as(b.what()).contains("未导入任何数据");
      Map<String, String> fields = fields(error);
      String at = b.sheet() + "!第" + rows[0] + "行!" + b.column();
      assertThat(fields).as(b.what()).containsKey(at);
      assertThat(fields.get(at)).as(b.what()).contains(b.says());
      assertThat(catalogue.categories()).as(b.what()).isEqualTo(categories);
      assertThat(catalogue.checklist("village")).as(b.what()).isEqualTo(village);
      registry.assertUnchanged();
    }
    assertThat(catalogue.category(added)).isEmpty();
  }

  @Test
  void aRegistryRuleBrokenInTheSameWorkbookKeepsTheCatalogueAsItWas() throws Exception {
    String code = newCode();
    byte[] workbook = edit(export(), w -> {
      append(w.getSheet("隐患类别"), Map.of("类别编码", code, "名称", "临时类别", "分组", "其他", "兜底分办", "是"));
      cell(w.getSheet("排查表"), itemRow(w.getSheet("排查表"), "unit", unit.items().get(0).key()), "项目")
          .setCellValue("建筑物和设施（已改）");
      cell(w.getSheet("网格"), row(w.getSheet("网格"), "village-donghe"), "所属片编码").setBlank();
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(fields(json.readTree(answer.getBody())).keySet()).singleElement().asString().endsWith("!所属片编码");
    assertThat(catalogue.category(code)).isEmpty();
    assertThat(catalogue.checklist("unit")).isEqualTo(unit);
    registry.assertUnchanged();
  }

  @Test
  void aGridMovedOffACategoryAndTheCategoryRetiredInOneWorkbookAreJudgedTogether() throws Exception {
    String code = newCode();
    Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "name", "临时类别", "group", "其他",
        "routeToCatchAll", true));
    assertThat(http.post("/api/catalogue/categories", CLERK, body).getStatusCode().value()).isEqualTo(201);
    byte[] pointing = edit(export(), w ->
        cell(w.getSheet("网格"), row(w.getSheet("网格"), "village-donghe"), "隐患默认类别编码").setCellValue(code));
    assertThat(http.postFile(IMPORT, CLERK, "file", "台账.xlsx", pointing).getStatusCode().value()).isEqualTo(200);

    // retiring it while the grid still defaults to it: 409 at 启用, naming the grid
    byte[] retiring = edit(export(), w -> cell(w.getSheet("隐患类别"), categoryRow(w.getSheet("隐患类别"), code), "启用")
        .setCellValue("否"));
    ResponseEntity<String> refused = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", retiring);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
    assertThat(json.readTree(refused.getBody()).get("fieldErrors").get(0).get("message").asText()).contains("东河村");
    assertThat(catalogue.category(code).orElseThrow().active()).isTrue();

    // the same workbook also taking the grid off it: both saved
    byte[] both = edit(retiring, w ->
        cell(w.getSheet("网格"), row(w.getSheet("网格"), "village-donghe"), "隐患默认类别编码").setBlank());
    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", both);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(catalogue.category(code).orElseThrow().active()).isFalse();
    assertThat(registry.stored().grid("village-donghe").orElseThrow().hazardCategory()).isNull();
  }

  @Test
  void aRowSomeoneChangedAfterTheExportIsRefusedWithHisNameAndNothingIsImported() throws Exception {
    String code = newCode();
    Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "name", "电动车充电", "group", "消防",
        "routeToCatchAll", true));
    assertThat(http.post("/api/catalogue/categories", ADMIN, body).getStatusCode().value()).isEqualTo(201);
    byte[] exported = export();
    // after the export, the clerk renames it over the API and saves the unit checklist
    body.put("name", "电动自行车充电");
    body.put("version", catalogue.category(code).orElseThrow().version());
    assertThat(http.put("/api/catalogue/categories/" + code, CLERK, body).getStatusCode().value()).isEqualTo(200);
    List<Map<String, Object>> items = new ArrayList<>(CatalogueTestSupport.requests(unit.items()));
    items.add(Map.of("key", "eBikeCharging", "label", "电动自行车充电"));
    assertThat(http.put("/api/catalogue/checklists/unit", CLERK, Map.of("items", items, "version", unit.version()))
        .getStatusCode().value()).isEqualTo(200);
    List<CategoryView> categories = catalogue.categories();
    ChecklistView saved = catalogue.checklist("unit");

    // the administrator imports his copy, changing the same category and the unit checklist
    int[] rows = new int[2];
    byte[] stale = edit(exported, w -> {
      Sheet sheet = w.getSheet("隐患类别");
      rows[0] = categoryRow(sheet, code);
      cell(sheet, rows[0], "提示").setCellValue("楼道内充电");
      Sheet checklist = w.getSheet("排查表");
      rows[1] = itemRow(checklist, "unit", unit.items().get(0).key());
      cell(checklist, rows[1], "检查要点").setCellValue("改过的要点");
    });
    ResponseEntity<String> answer = http.postFile(IMPORT, ADMIN, "file", "台账.xlsx", stale);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
    Map<String, String> fields = fields(json.readTree(answer.getBody()));
    assertThat(fields.get("隐患类别!第" + rows[0] + "行!版本(请勿修改)")).contains("已被 陈演海（chen.yanhai）于")
        .contains("本次修改未保存");
    assertThat(fields.get("排查表!第" + rows[1] + "行!版本(请勿修改)"))
        .contains("已被 陈演海（chen.yanhai）于").contains("保存为第 " + saved.version() + " 版");
    assertThat(catalogue.categories()).isEqualTo(categories);
    assertThat(catalogue.checklist("unit")).isEqualTo(saved);
    registry.assertUnchanged();

    // the old export as it is would write the old name and items back over the clerk's: refused too
    ResponseEntity<String> untouched = http.postFile(IMPORT, ADMIN, "file", "台账.xlsx", edit(exported, w -> { }));
    assertThat(untouched.getStatusCode().value()).as(untouched.getBody()).isEqualTo(409);
    assertThat(catalogue.category(code).orElseThrow().name()).isEqualTo("电动自行车充电");
  }

  // ---- the workbook

  private byte[] export() {
    ResponseEntity<byte[]> export = http.getBytes(EXPORT, CLERK);
    assertThat(export.getStatusCode().value()).isEqualTo(200);
    return export.getBody();
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
    try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    return headers;
  }

  /** The Excel row (1-based) whose first cell is {@code code}. */
  static int row(Sheet sheet, String code) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (row.getRowNum() > 0 && first != null && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(code)) {
        return row.getRowNum() + 1;
      }
    }
    throw new IllegalArgumentException(code + " not in " + sheet.getSheetName());
  }

  static int categoryRow(Sheet sheet, String code) {
    return row(sheet, code);
  }

  /** The Excel row of a checklist's item. */
  static int itemRow(Sheet sheet, String checklist, String key) {
    int keyColumn = headers(sheet).indexOf("项目编码");
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      Cell item = row.getCell(keyColumn);
      if (row.getRowNum() > 0 && first != null && item != null && first.getStringCellValue().equals(checklist)
          && item.getCellType() == CellType.STRING && item.getStringCellValue().equals(key)) {
        return row.getRowNum() + 1;
      }
    }
    throw new IllegalArgumentException(checklist + "/" + key + " not in " + sheet.getSheetName());
  }

  /**
   * A row by {@code code}, {@code checklist/key}, or either with {@code #2}: the second such row
   * (the one the import calls the duplicate), else the last such row.
   */
  static int locate(Sheet sheet, String key) {
    boolean second = key.endsWith("#2");
    String wanted = second ? key.substring(0, key.length() - 2) : key;
    List<Integer> found = new ArrayList<>();
    int keyColumn = headers(sheet).indexOf("项目编码");
    for (Row row : sheet) {
      if (row.getRowNum() == 0 || row.getCell(0) == null) {
        continue;
      }
      String first = row.getCell(0).toString();
      String id = sheet.getSheetName().equals("排查表") && row.getCell(keyColumn) != null
          ? first + "/" + row.getCell(keyColumn).toString() : first;
      if (id.equals(wanted)) {
        found.add(row.getRowNum() + 1);
      }
    }
    assertThat(found).as(key).isNotEmpty();
    return second ? found.get(1) : found.get(found.size() - 1);
  }

  static Cell cell(Sheet sheet, int excelRow, String header) {
    int column = headers(sheet).indexOf(header);
    assertThat(column).as(header).isNotNegative();
    Row row = sheet.getRow(excelRow - 1);
    Cell cell = row.getCell(column);
    return cell == null ? row.createCell(column) : cell;
  }

  static String text(Sheet sheet, int excelRow, String header) {
    return cell(sheet, excelRow, header).getStringCellValue();
  }

  /** A new row at the end of the sheet, cells by header. */
  static void append(Sheet sheet, Map<String, Object> values) {
    List<String> headers = headers(sheet);
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    values.forEach((header, value) -> {
      Cell cell = row.createCell(headers.indexOf(header));
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(value.toString());
      }
    });
  }

  static Map<String, String> fields(JsonNode error) {
    Map<String, String> fields = new LinkedHashMap<>();
    error.path("fieldErrors").forEach(f -> fields.put(f.get("field").asText(), f.get("message").asText()));
    return fields;
  }
}
