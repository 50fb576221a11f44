package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.PersonRow;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The registry workbook is edited and imported back: a name that a spreadsheet would read as a
 * formula is written as quoted text (never evaluated, also not in a CSV copy) and reads back unchanged.
 */
class RegistryWorkbookFormulaTest {

  @Test
  void formulaLikeNamesAreQuotedTextAndReadBackUnchanged() throws Exception {
    PersonRow person = new PersonRow("p-1", "@SUM(1)", "=HYPERLINK(\"http://x\")", "-干事", "test.one", true, false);
    RegistryData data = new RegistryData(List.of(), List.of(person), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
    byte[] bytes = RegistryWorkbook.write(data);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var sheet = workbook.getSheet("人员");
      var row = sheet.getRow(1);
      int quoted = 0;
      for (var cell : row) {
        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
        if (text.startsWith("@") || text.startsWith("=") || text.startsWith("-")) {
          assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
          quoted++;
        }
      }
      assertThat(quoted).isEqualTo(3);
    }
    var people = RegistryWorkbook.read(new ByteArrayInputStream(bytes)).data().people();
    assertThat(people).extracting(PersonRow::name, PersonRow::phone, PersonRow::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("@SUM(1)", "=HYPERLINK(\"http://x\")", "-干事"));
  }
}
