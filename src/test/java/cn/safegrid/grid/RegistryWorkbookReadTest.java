package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.grid.RegistryWorkbook.CellProblem;
import cn.safegrid.grid.RegistryWorkbook.Parsed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook format on its own: what the parser accepts, what it refuses, and where it says so. */
class RegistryWorkbookReadTest {

  static final RegistryData DEMO = RegistryStartup.demoTown();

  @Test
  void readsBackExactlyWhatItWrites() throws Exception {
    Parsed parsed = RegistryWorkbook.read(new ByteArrayInputStream(RegistryWorkbook.write(DEMO)));

    assertThat(parsed.problems()).isEmpty();
    assertSameRows(parsed.data(), DEMO);
  }

  @Test
  void readsPhoneNumbersTypedAsNumbersWithoutDecimalsOrExponent() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      Sheet people = workbook.getSheet("人员");
      cell(people, "p-001", "联系电话").setCellValue(13912345678d);
      Cell exponent = cell(people, "p-002", "联系电话");
      exponent.setCellValue(1.3900000002E10);
      exponent.setCellStyle(workbook.createCellStyle());
      exponent.getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("0.00E+00"));
      cell(people, "p-003", "联系电话").setCellValue(22123456.0); // a landline without area code: wrong, but digits

      Parsed parsed = RegistryWorkbook.read(workbook);

      assertThat(cell(people, "p-001", "联系电话").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(phone(parsed, "p-001")).isEqualTo("13912345678");
      assertThat(phone(parsed, "p-002")).isEqualTo("13900000002");
      assertThat(phone(parsed, "p-003")).isEqualTo("22123456");
      assertThat(parsed.problems()).isEmpty();
    }
  }

  @Test
  void acceptsChineseLabelsEnumNamesAndCommonWaysOfSayingYesAndNo() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      Sheet grids = workbook.getSheet("网格");
      cell(grids, "village-xiaogang", "网格类型").setCellValue("VILLAGE");
      cell(grids, "hospital-kangning", "网格类型").setCellValue("hospital");
      cell(grids, "school-bieshan-central-canteen", "网格类型").setCellValue("基础网格(岗位)");
      cell(grids, "school-xiaogang-primary", "网格类型").setCellValue(" 学校 ");
      Sheet roles = workbook.getSheet("网格职务");
      roles.getRow(1).getCell(2).setCellValue("LEVEL1_LEADER");
      roles.getRow(2).getCell(2).setCellValue("二级网格长");
      Sheet people = workbook.getSheet("人员");
      cell(people, "p-068", "在职").setCellValue("N");
      cell(people, "p-069", "在职").setCellValue(false);
      cell(people, "p-070", "系统管理员").setCellValue(1);
      cell(people, "p-071", "系统管理员").setCellValue("Y");
      cell(people, "p-072", "在职").setBlank();

      Parsed parsed = RegistryWorkbook.read(workbook);

      assertThat(parsed.problems()).isEmpty();
      Function<String, GridKind> kind = code -> parsed.data().grid(code).orElseThrow().kind();
      assertThat(kind.apply("village-xiaogang")).isEqualTo(GridKind.VILLAGE);
      assertThat(kind.apply("hospital-kangning")).isEqualTo(GridKind.HOSPITAL);
      assertThat(kind.apply("school-bieshan-central-canteen")).isEqualTo(GridKind.SUB_GRID);
      assertThat(kind.apply("school-xiaogang-primary")).isEqualTo(GridKind.SCHOOL);
      assertThat(parsed.data().assignments().get(0).role()).isEqualTo(GridRole.LEVEL1_LEADER);
      assertThat(parsed.data().assignments().get(1).role()).isEqualTo(GridRole.LEVEL2_LEADER);
      assertThat(parsed.data().person("p-068").orElseThrow().isActive()).isFalse();
      assertThat(parsed.data().person("p-069").orElseThrow().isActive()).isFalse();
      assertThat(parsed.data().person("p-070").orElseThrow().isAdministrator()).isTrue();
      assertThat(parsed.data().person("p-071").orElseThrow().isAdministrator()).isTrue();
      assertThat(parsed.data().person("p-072").orElseThrow().active()).isTrue();
    }
  }

  @Test
  void reportsEveryBadCellWithSheetRowAndColumn() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      Sheet grids = workbook.getSheet("网格");
      cell(grids, "village-xiaogang", "网格类型").setCellValue("乡镇");
      cell(grids, "village-donghe", "每周排查次数(空=按规则)").setCellValue("每周两次");
      cell(grids, "village-shiqiao", "每周排查次数(空=按规则)").setCellValue(2.5);
      cell(grids, "village-dazhuang", "网格名称").setBlank();
      Sheet people = workbook.getSheet("人员");
      cell(people, "p-010", "在职").setCellValue("也许");
      Row copy = people.createRow(people.getLastRowNum() + 1);
      copy.createCell(0).setCellValue("p-011");
      copy.createCell(1).setCellValue("重复的人");
      copy.createCell(2).setCellValue("13900000099");
      workbook.getSheet("部门成员").getRow(1).getCell(0).setCellErrorValue(FormulaError.NA.getCode());
      Sheet roles = workbook.getSheet("网格职务");
      roles.getRow(3).getCell(2).setCellValue("村长");
      roles.getRow(4).getCell(1).setCellValue("p-999");

      Parsed parsed = RegistryWorkbook.read(workbook);

      assertThat(parsed.structureBroken()).isFalse();
      assertThat(parsed.problems()).extracting(CellProblem::field).containsExactly(
          "人员!第" + excelRow(people, "p-010") + "行!在职",
          "人员!第" + (copy.getRowNum() + 1) + "行!人员编码",
          "部门成员!第2行!部门编码",
          "网格!第" + excelRow(grids, "village-xiaogang") + "行!网格类型",
          "网格!第" + excelRow(grids, "village-donghe") + "行!每周排查次数(空=按规则)",
          "网格!第" + excelRow(grids, "village-shiqiao") + "行!每周排查次数(空=按规则)",
          "网格!第" + excelRow(grids, "village-dazhuang") + "行!网格名称",
          "网格职务!第4行!网格职务",
          "网格职务!第5行!人员编码");
      assertThat(parsed.problems()).extracting(CellProblem::message).contains(
          "网格类型“乡镇”无效，可选：镇、村、企业、学校、医院、事业单位、基础网格（岗位）。",
          "“每周两次”不是整数：请填写整数，留空表示按规则。",
          "“2.5”不是整数：请填写整数，留空表示按规则。",
          "“网格名称”不能为空。",
          "“也许”无效：请填写“是”或“否”。");
      assertThat(parsed.problems().get(8).message()).contains("p-999", "不在“人员”表中");
      assertThat(parsed.data().departmentMembers()).hasSize(DEMO.departmentMembers().size() - 1);
      assertThat(parsed.data().people()).hasSize(DEMO.people().size());
    }
  }

  @Test
  void reportsMissingAndUnknownSheetsAndColumnsAsABrokenStructure() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      workbook.removeSheetAt(workbook.getSheetIndex("部门成员"));
      workbook.createSheet("草稿");
      workbook.getSheet("网格").getRow(0).getCell(4).setCellValue("上级网格");
      workbook.getSheet("片").getRow(0).getCell(2).setCellValue("所属镇编码（必填）"); // same header, annotated

      Parsed parsed = RegistryWorkbook.read(workbook);

      assertThat(parsed.structureBroken()).isTrue();
      assertThat(parsed.problems()).extracting(CellProblem::field).containsExactlyInAnyOrder(
          "草稿", "部门成员", "网格!第1行!上级网格", "网格!第1行!上级网格编码");
    }
  }

  @Test
  void refusesFilesThatAreNotXlsxWorkbooks() throws Exception {
    assertThatThrownBy(() -> RegistryWorkbook.read(new ByteArrayInputStream("编码,名称\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(RegistryWorkbook.UnreadableWorkbookException.class,
            e -> assertThat(e.wrongFormat()).isTrue())
        .hasMessageContaining(".xlsx");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("hello.txt"));
      out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> RegistryWorkbook.read(new ByteArrayInputStream(zip.toByteArray())))
        .isInstanceOfSatisfying(RegistryWorkbook.UnreadableWorkbookException.class,
            e -> assertThat(e.wrongFormat()).isFalse())
        .hasMessageContaining("损坏");
  }

  @Test
  void measuresHowFarAWorkbookInflatesBeforeParsingIt() {
    byte[] workbook = RegistryWorkbook.write(DEMO);

    assertThat(RegistryWorkbook.inflatesWithin(workbook, RegistryWorkbook.MAX_INFLATED_BYTES)).isTrue();
    assertThat(RegistryWorkbook.inflatesWithin(workbook, workbook.length)).isFalse();
  }

  @Test
  void locatesRuleProblemsAtTheCellsTheyConcern() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      Sheet grids = workbook.getSheet("网格");
      cell(grids, "village-donghe", "上级网格编码").setCellValue("town-nowhere");
      Sheet roles = workbook.getSheet("网格职务");
      Row second = roles.createRow(roles.getLastRowNum() + 1);
      second.createCell(0).setCellValue("village-xiaogang");
      second.createCell(1).setCellValue("p-067");
      second.createCell(2).setCellValue("网格长");
      Parsed parsed = RegistryWorkbook.read(workbook);

      var problems = parsed.withRuleProblems(RegistryRules.check(RegistryImport.merge(DEMO, parsed.data()), Set.of()));

      assertThat(problems).extracting(CellProblem::field).containsExactly(
          "网格!第" + excelRow(grids, "village-donghe") + "行!上级网格编码",
          "网格职务!第" + (second.getRowNum() + 1) + "行!网格职务");
      var kept = parsed.locate(new RegistryRules.Problem("grids", "grid-only-in-the-database", "parentCode", "…"));
      assertThat(kept).extracting(CellProblem::field).containsExactly("网格!上级网格编码");
    }
  }

  @Test
  void readsKeyPlacesAndLocatesTheirProblemsInTheKeyPlacesSheet() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      Sheet places = workbook.getSheet("重点部位");
      assertThat(workbook.getSheetIndex(places)).isEqualTo(workbook.getSheetIndex("网格") + 1);
      cell(places, "village-xiaogang-lpg-store", "是否危险源").setBlank();
      cell(places, "village-xiaogang-granary", "是否危险源").setCellValue("也许");
      cell(places, "village-donghe-fuel-point", "名称").setBlank();
      cell(places, "village-shiqiao-granary", "所属网格编码").setCellValue("town-bieshan");

      Parsed parsed = RegistryWorkbook.read(workbook);
      var problems = parsed.withRuleProblems(RegistryRules.check(RegistryImport.merge(DEMO, parsed.data()), Set.of()));

      assertThat(parsed.data().keyPlace("village-xiaogang-lpg-store").orElseThrow().hazardSource()).isFalse();
      assertThat(problems).extracting(CellProblem::field).containsExactly(
          "重点部位!第" + excelRow(places, "village-xiaogang-granary") + "行!是否危险源",
          "重点部位!第" + excelRow(places, "village-donghe-fuel-point") + "行!名称",
          "重点部位!第" + excelRow(places, "village-shiqiao-granary") + "行!所属网格编码");
      assertThat(problems).extracting(CellProblem::message)
          .contains("“名称”不能为空。", "“也许”无效：请填写“是”或“否”。")
          .anySatisfy(message -> assertThat(message).contains("不能属于镇级网格"));
    }
  }

  @Test
  void aWorkbookExportedBeforeThereWereKeyPlacesStillReadsAndKeepsThem() throws Exception {
    try (XSSFWorkbook workbook = demoWorkbook()) {
      workbook.removeSheetAt(workbook.getSheetIndex("重点部位"));

      Parsed parsed = RegistryWorkbook.read(workbook);

      assertThat(parsed.structureBroken()).isFalse();
      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.data().keyPlaces()).isEmpty();
      assertThat(RegistryImport.merge(DEMO, parsed.data()).keyPlaces()).isEqualTo(DEMO.keyPlaces());
    }
  }

  static XSSFWorkbook demoWorkbook() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(RegistryWorkbook.write(DEMO)));
  }

  /** The cell of the row whose first column holds {@code code}, in the column headed {@code header}. */
  static Cell cell(Sheet sheet, String code, String header) {
    Row headers = sheet.getRow(0);
    int column = -1;
    for (Cell c : headers) {
      if (c.getStringCellValue().equals(header)) {
        column = c.getColumnIndex();
      }
    }
    Row row = sheet.getRow(excelRow(sheet, code) - 1);
    Cell cell = row.getCell(column);
    return cell == null ? row.createCell(column) : cell;
  }

  static int excelRow(Sheet sheet, String code) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
        return row.getRowNum() + 1;
      }
    }
    throw new IllegalArgumentException(code + " not in " + sheet.getSheetName());
  }

  static void assertSameRows(RegistryData actual, RegistryData expected) {
    assertThat(Set.copyOf(actual.towns())).isEqualTo(Set.copyOf(expected.towns()));
    assertThat(Set.copyOf(actual.people())).isEqualTo(Set.copyOf(expected.people()));
    assertThat(Set.copyOf(actual.areas())).isEqualTo(Set.copyOf(expected.areas()));
    assertThat(Set.copyOf(actual.departments())).isEqualTo(Set.copyOf(expected.departments()));
    assertThat(Set.copyOf(actual.grids())).isEqualTo(Set.copyOf(expected.grids()));
    assertThat(Set.copyOf(actual.assignments())).isEqualTo(Set.copyOf(expected.assignments()));
    assertThat(Set.copyOf(actual.departmentMembers())).isEqualTo(Set.copyOf(expected.departmentMembers()));
    assertThat(Set.copyOf(actual.keyPlaces())).isEqualTo(Set.copyOf(expected.keyPlaces()));
  }

  private static String phone(Parsed parsed, String code) {
    return parsed.data().person(code).orElseThrow().phone();
  }
}
