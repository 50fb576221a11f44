package cn.safegrid.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A ledger export as an Excel workbook: one sheet per table, a bold, frozen row of Chinese headers,
 * text cells. Rows are streamed (SXSSF, 200 in memory), so an export of 10 000 rows stays small.
 * Use once: add the sheets, then {@link #toBytes()}.
 */
public final class Spreadsheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A column: its header, its width in characters, and the text of a row's cell (null for empty). */
  public record Column<T>(String header, int width, Function<T, String> value) {}

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle bold;

  public Spreadsheet() {
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
  }

  /** Adds a sheet with these columns, one row per element of {@code rows}. */
  public <T> Spreadsheet sheet(String name, List<Column<T>> columns, Iterable<? extends T> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      header.createCell(c).setCellValue(columns.get(c).header());
      header.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, columns.get(c).width() * 256 + 512);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (T element : rows) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        String value = columns.get(c).value().apply(element);
        row.createCell(c).setCellValue(value == null ? "" : value);
      }
    }
    return this;
  }

  /** The workbook's bytes (.xlsx); frees its temporary files. */
  public byte[] toBytes() {
    try (SXSSFWorkbook closing = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      closing.write(out);
      closing.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
