package cn.safegrid.grid;

import static cn.safegrid.grid.RegistryWorkbookReadTest.assertSameRows;
import static cn.safegrid.grid.RegistryWorkbookReadTest.cell;
import static cn.safegrid.grid.RegistryWorkbookReadTest.excelRow;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Exporting the registry as a workbook and importing it back, as the safety office does. */
@SafeGridTest
class RegistryWorkbookTest {

  static final String EXPORT = "/api/registry/export.xlsx";
  static final String IMPORT = "/api/registry/import";
  static final String OFFICE = Http.basic("wang.celi", "demo");
  static final String VILLAGER = Http.basic("dong.liyong", "demo");

  @LocalServerPort int port;
  @Autowired Registry registry;
  @Autowired IdentityService identityService;
  @Autowired cn.safegrid.system.TownClock clock;
  @Autowired ObjectMapper json;
  @Autowired ApplicationContext context;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void exportedWorkbookImportsBackWithoutChangingTheRegistry() throws Exception {
    RegistryData before = registry.current().data();

    ResponseEntity<byte[]> export = http.getBytes(EXPORT, OFFICE);

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    assertThat(export.getHeaders().getContentType()).hasToString(RegistryWorkbook.CONTENT_TYPE);
    String disposition = export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
    assertThat(ContentDisposition.parse(disposition).getFilename())
        .isEqualTo("网格台账-别山镇-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
    try (XSSFWorkbook workbook = open(export.getBody())) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("说明", "镇", "人员", "片", "部门", "部门成员", "网格", "重点部位", "网格职务",
          "隐患类别", "排查表");
      XSSFSheet grids = workbook.getSheet("网格");
      assertThat(headers(grids)).containsExactly("网格编码", "网格名称", "网格类型", "所属镇编码", "上级网格编码",
          "所属片编码", "行业监管部门编码", "地址", "每周排查次数(空=按规则)", "隐患默认类别编码");
      assertThat(headers(workbook.getSheet("人员"))).containsExactly("人员编码", "姓名", "联系电话", "职务", "登录名",
          "在职", "系统管理员", "规则管理员");
      assertThat(headers(workbook.getSheet("网格职务"))).containsExactly("网格编码", "人员编码", "网格职务", "联系村编码", "职责");
      XSSFSheet places = workbook.getSheet("重点部位");
      assertThat(headers(places)).containsExactly("重点部位编码", "所属网格编码", "名称", "是否危险源", "说明", "隐患默认类别编码");
      assertThat(cell(places, "village-dazhuang-biogas-digester", "隐患默认类别编码").getStringCellValue()).isEqualTo("biogas");
      assertThat(places.getLastRowNum()).isEqualTo(before.keyPlaces().size());
      assertThat(cell(places, "hospital-bieshan-oxygen-store", "是否危险源").getStringCellValue()).isEqualTo("是");
      assertThat(cell(places, "village-xiaogang-granary", "是否危险源").getStringCellValue()).isEqualTo("否");
      assertThat(places.getDataValidations()).isNotEmpty();
      assertThat(workbook.getFontAt(grids.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(grids.getPaneInformation().isFreezePane()).isTrue();
      assertThat(grids.getDataValidations()).isNotEmpty();
      assertThat(cell(grids, "village-xiaogang", "网格类型").getStringCellValue()).isEqualTo("村");
      var phone = cell(workbook.getSheet("人员"), "p-062", "联系电话");
      assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
      assertThat(phone.getStringCellValue()).isEqualTo("13900000062");
    }

    ResponseEntity<String> imported = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", export.getBody());

    assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(imported.getBody());
    assertThat(summary.get("grids").asInt()).isEqualTo(before.grids().size());
    assertThat(summary.get("people").asInt()).isEqualTo(before.people().size());
    assertThat(summary.get("assignments").asInt()).isEqualTo(before.assignments().size());
    assertThat(summary.get("keyPlaces").asInt()).isEqualTo(before.keyPlaces().size()).isPositive();
    assertThat(summary.get("deactivatedPeople")).isEmpty();
    assertThat(summary.get("message").asText()).contains("没有变化");
    assertSameRows(registry.current().data(), before);
  }

  @Test
  void editedWorkbookChangesTheRegistry() throws Exception {
    RegistryData before = registry.current().data();
    byte[] original = http.getBytes(EXPORT, OFFICE).getBody();
    byte[] edited = edit(original, workbook ->
        cell(workbook.getSheet("网格"), "village-donghe", "网格名称").setCellValue("东河村（合并后）"));
    try {
      ResponseEntity<String> imported = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", edited);

      assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
      assertThat(json.readTree(imported.getBody()).at("/updated/grids").asInt()).isEqualTo(1);
      assertThat(registry.current().grid("village-donghe").orElseThrow().name()).isEqualTo("东河村（合并后）");
      assertThat(identityService.createGroupQuery().groupId("grid-village-donghe").singleResult().getName())
          .isEqualTo("东河村（合并后）网格");
    } finally {
      assertThat(http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", original).getStatusCode().value()).isEqualTo(200);
    }
    assertSameRows(registry.current().data(), before);
  }

  @Test
  void keyPlacesOfTheWorkbookAreAddedOrUpdatedAndThoseItLeavesOutAreKept() throws Exception {
    RegistryBackup backup = RegistryBackup.take(context);
    byte[] edited = edit(http.getBytes(EXPORT, OFFICE).getBody(), workbook -> {
      Sheet places = workbook.getSheet("重点部位");
      cell(places, "village-xiaogang-granary", "名称").setCellValue("村集体粮库");
      places.removeRow(places.getRow(excelRow(places, "hospital-bieshan-ward-building") - 1));
      Row added = places.createRow(places.getLastRowNum() + 1);
      added.createCell(0).setCellValue("village-donghe-boiler-room");
      added.createCell(1).setCellValue("village-donghe");
      added.createCell(2).setCellValue("村委会锅炉房");
      added.createCell(3).setCellValue("是");
    });
    try {
      ResponseEntity<String> imported = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", edited);

      assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
      JsonNode summary = json.readTree(imported.getBody());
      assertThat(summary.at("/created/keyPlaces").asInt()).isEqualTo(1);
      assertThat(summary.at("/updated/keyPlaces").asInt()).isEqualTo(1);
      RegistryData stored = backup.stored();
      assertThat(stored.keyPlace("village-xiaogang-granary").orElseThrow().name()).isEqualTo("村集体粮库");
      assertThat(stored.keyPlace("village-donghe-boiler-room"))
          .contains(new KeyPlaceRow("village-donghe-boiler-room", "village-donghe", "村委会锅炉房", true, null));
      assertThat(stored.keyPlace("hospital-bieshan-ward-building"))
          .isPresent().isEqualTo(backup.before().keyPlace("hospital-bieshan-ward-building"));
      assertThat(registry.current().keyPlacesOf("village-donghe")).extracting(KeyPlaceRow::code)
          .contains("village-donghe-boiler-room");
    } finally {
      backup.restore();
    }
  }

  @Test
  void workbookWithSeveralErrorsListsThemAllAndChangesNothing() throws Exception {
    RegistryData before = registry.current().data();
    long users = identityService.createUserQuery().count();
    byte[] original = http.getBytes(EXPORT, OFFICE).getBody();
    int[] rows = new int[4];
    byte[] broken = edit(original, workbook -> {
      Sheet grids = workbook.getSheet("网格");
      cell(grids, "enterprise-shili-auto-repair", "网格类型").setCellValue("工厂");
      cell(grids, "village-donghe", "所属片编码").setBlank();
      cell(grids, "village-donghe", "网格名称").setCellValue("东河村（不应保存）");
      Sheet people = workbook.getSheet("人员");
      cell(people, "p-020", "联系电话").setCellValue("12345");
      Sheet roles = workbook.getSheet("网格职务");
      Row secondLeader = roles.createRow(roles.getLastRowNum() + 1);
      secondLeader.createCell(0).setCellValue("school-xiaogang-primary");
      secondLeader.createCell(1).setCellValue("p-067");
      secondLeader.createCell(2).setCellValue("网格长");
      rows[0] = excelRow(grids, "enterprise-shili-auto-repair");
      rows[1] = excelRow(grids, "village-donghe");
      rows[2] = excelRow(people, "p-020");
      rows[3] = secondLeader.getRowNum() + 1;
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", broken);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("message").asText()).contains("4 处问题", "未导入任何数据");
    Map<String, String> problems = new LinkedHashMap<>();
    error.get("fieldErrors").forEach(f -> problems.put(f.get("field").asText(), f.get("message").asText()));
    assertThat(problems).containsOnlyKeys(
        "网格!第" + rows[0] + "行!网格类型",
        "网格!第" + rows[1] + "行!所属片编码",
        "人员!第" + rows[2] + "行!联系电话",
        "网格职务!第" + rows[3] + "行!网格职务");
    assertThat(problems.get("网格!第" + rows[0] + "行!网格类型")).contains("“工厂”无效");
    assertThat(problems.get("网格!第" + rows[1] + "行!所属片编码")).contains("必须属于一个片");
    assertThat(problems.get("人员!第" + rows[2] + "行!联系电话")).contains("12345");
    assertThat(problems.get("网格职务!第" + rows[3] + "行!网格职务")).contains("只能有一名网格长");
    assertSameRows(registry.current().data(), before);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void aThirdLevelOneLeaderInTheWorkbookIsRefusedAtItsRowAndNothingIsImported() throws Exception {
    RegistryData before = registry.current().data();
    int[] row = new int[1];
    byte[] edited = edit(http.getBytes(EXPORT, OFFICE).getBody(), workbook -> {
      Sheet roles = workbook.getSheet("网格职务");
      Row third = roles.createRow(roles.getLastRowNum() + 1);
      third.createCell(0).setCellValue("town-bieshan");
      third.createCell(1).setCellValue("p-005");
      third.createCell(2).setCellValue("一级网格长");
      row[0] = third.getRowNum() + 1;
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", edited);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("fieldErrors")).singleElement().satisfies(f -> {
      assertThat(f.get("field").asText()).isEqualTo("网格职务!第" + row[0] + "行!网格职务");
      assertThat(f.get("message").asText()).contains("最多设 2 名一级网格长（镇主要领导干部：镇党委书记、镇长");
    });
    assertSameRows(registry.current().data(), before);
  }

  @Test
  void fewerRoundsThanTheRegulationsMinimumInTheWorkbookAreRefusedAtTheirCell() throws Exception {
    RegistryData before = registry.current().data();
    int[] row = new int[1];
    byte[] edited = edit(http.getBytes(EXPORT, OFFICE).getBody(), workbook -> {
      Sheet grids = workbook.getSheet("网格");
      cell(grids, "hospital-bieshan", "每周排查次数(空=按规则)").setCellValue(1);
      row[0] = excelRow(grids, "hospital-bieshan");
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", edited);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(json.readTree(answer.getBody()).get("fieldErrors")).singleElement().satisfies(f -> {
      assertThat(f.get("field").asText()).isEqualTo("网格!第" + row[0] + "行!每周排查次数(空=按规则)");
      assertThat(f.get("message").asText()).contains("不能少于 2 次：《实施细则》三（三）2");
    });
    assertSameRows(registry.current().data(), before);
  }

  @Test
  void refusesFilesThatAreNotExcelWorkbooks() throws Exception {
    ResponseEntity<String> text = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx",
        "网格编码,网格名称\nvillage-xiaogang,小岗村\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.getStatusCode().value()).isEqualTo(415);
    assertThat(json.readTree(text.getBody()).get("message").asText()).contains("不是 Excel 工作簿");

    byte[] zip = new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
    ResponseEntity<String> corrupt = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", zip);
    assertThat(corrupt.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(corrupt.getBody()).get("message").asText()).contains("损坏");

    ResponseEntity<String> huge = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", new byte[6 * 1024 * 1024]);
    assertThat(huge.getStatusCode().value()).isEqualTo(413);
    assertThat(json.readTree(huge.getBody()).get("message").asText()).contains("5 MB");
  }

  @Test
  void refusesAnImportThatWouldLockTheImporterOut() throws Exception {
    RegistryData before = registry.current().data();
    int[] row = new int[1];
    byte[] workbook = edit(http.getBytes(EXPORT, OFFICE).getBody(), w -> {
      cell(w.getSheet("人员"), "p-062", "在职").setCellValue("否");
      row[0] = excelRow(w.getSheet("人员"), "p-062");
    });

    ResponseEntity<String> answer = http.postFile(IMPORT, OFFICE, "file", "台账.xlsx", workbook);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = json.readTree(answer.getBody()).get("fieldErrors").get(0);
    assertThat(problem.get("field").asText()).isEqualTo("人员!第" + row[0] + "行!在职");
    assertThat(problem.get("message").asText()).contains("停用您自己的账号");
    assertSameRows(registry.current().data(), before);
  }

  @Test
  void supervisorsExportButOnlyTheSafetyOfficeAndAdministratorsImport() throws Exception {
    byte[] workbook = http.getBytes(EXPORT, OFFICE).getBody();

    ResponseEntity<String> villager = http.postFile(IMPORT, VILLAGER, "file", "台账.xlsx", workbook);
    assertThat(villager.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(villager.getBody()).get("message").asText()).contains("领导小组办公室");
    assertThat(http.getBytes(EXPORT, VILLAGER).getStatusCode().value()).isEqualTo(403);
    String townLeader = Http.basic("zhang.shili", "demo");
    assertThat(http.getBytes(EXPORT, townLeader).getStatusCode().value()).isEqualTo(200);
    assertThat(http.postFile(IMPORT, townLeader, "file", "台账.xlsx", workbook).getStatusCode().value()).isEqualTo(403);

    assertThat(http.postFile(IMPORT, null, "file", "台账.xlsx", workbook).getStatusCode().value()).isEqualTo(401);
    assertThat(http.getBytes(EXPORT, null).getStatusCode().value()).isEqualTo(401);
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
    try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    return headers;
  }
}
