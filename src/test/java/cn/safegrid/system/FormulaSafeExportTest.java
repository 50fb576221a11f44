package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Export cells that look like formulas stay text: never evaluated, also not after a CSV round. */
@SafeGridTest
class FormulaSafeExportTest {

  static final String VILLAGER = Http.basic("dong.liyong", "demo");
  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void formulaLikeTextIsRecognisedAndNumbersAreNot() {
    for (String text : List.of(HYPERLINK, "@SUM(1)", "+1+cmd|' /C calc'!A0", "-2+3", "\t=1", "\r=1", "=")) {
      assertThat(Spreadsheet.formulaLike(text)).as(text).isTrue();
    }
    for (String text : List.of("-5", "+3.5", "12", "柴草堆放", "a=b", "", "村口 @ 北")) {
      assertThat(Spreadsheet.formulaLike(text)).as(text).isFalse();
    }
    assertThat(Spreadsheet.formulaLike(null)).isFalse();
  }

  @Test
  void theWriterKeepsFormulaLikeTextAsQuotedStrings() throws Exception {
    record Line(String text) {}
    byte[] bytes = new Spreadsheet().sheet("表", List.of(new Spreadsheet.Column<Line>("内容", 20, Line::text)),
        List.of(new Line(HYPERLINK), new Line("@SUM(1)"), new Line("-5"), new Line("普通文字"))).toBytes();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var sheet = workbook.getSheetAt(0);
      assertQuoted(sheet.getRow(1).getCell(0), HYPERLINK);
      assertQuoted(sheet.getRow(2).getCell(0), "@SUM(1)");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("-5");
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("普通文字");
      assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void aHazardDescribedAsAFormulaIsExportedAsText() throws Exception {
    Http http = new Http(port);
    var report = http.post("/api/hazards", VILLAGER, Map.of("gridCode", "village-xiaogang", "hazardCategory", "fire",
        "grade", "general", "location", "@SUM(1)", "description", HYPERLINK));
    assertThat(report.getStatusCode().value()).isEqualTo(201);
    String number = json.readTree(report.getBody()).get("number").asText();
    var export = http.getBytes("/api/hazards/export.xlsx?gridCode=village-xiaogang", VILLAGER);
    assertThat(export.getStatusCode().value()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      List<Cell> row = new ArrayList<>();
      for (Row candidate : workbook.getSheetAt(0)) {
        if (number.equals(candidate.getCell(0).getStringCellValue())) {
          candidate.forEach(row::add);
        }
      }
      assertThat(row).as("the exported row of " + number).isNotEmpty();
      assertThat(row).allSatisfy(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
      Cell description = row.stream().filter(c -> c.getStringCellValue().contains("HYPERLINK")).findFirst().orElseThrow();
      assertQuoted(description, HYPERLINK);
      Cell location = row.stream().filter(c -> c.getStringCellValue().contains("@SUM(1)")).findFirst().orElseThrow();
      assertQuoted(location, "@SUM(1)");
    }
  }

  private static void assertQuoted(Cell cell, String text) {
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo("'" + text);
    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
  }
}
