package cn.safegrid.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A ledger export as an Excel workbook: one sheet per table, a bold, frozen row of Chinese headers,
 * text cells (formula-like text with Excel's quote prefix, see {@link #formulaLike}). Rows are streamed (SXSSF, 200 in memory), so an export of 10 000 rows stays small.
 * Use once: add the sheets, then {@link #toBytes()}.
 */
public final class Spreadsheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * A column: its header, its width in characters, and the text of a row's cell (null for empty);
   * with a {@code numberFormat} (an Excel format such as {@code 0} or {@code 0.0%}) a cell whose text is
   * a plain number is written as a number in that format, so a figures table can be summed in Excel.
   */
  public record Column<T>(String header, int width, Function<T, String> value, String numberFormat) {
    public Column(String header, int width, Function<T, String> value) {
      this(header, width, value, null);
    }

    /** A column of numbers (counts, or with {@code 0.0%} rates given as fractions). */
    public static <T> Column<T> number(String header, int width, String format, Function<T, String> value) {
      return new Column<>(header, width, value, format);
    }
  }

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle bold;
  private final CellStyle quoted;
  private final java.util.Map<String, CellStyle> numberStyles = new java.util.HashMap<>();

  public Spreadsheet() {
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
  }

  /**
   * Whether a cell text would be read as a formula once the cell is edited, or the sheet saved as
   * CSV and opened again: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
   * a carriage return ("formula injection", e.g. a hazard description {@code =HYPERLINK(…)}).
   * A plain number ({@code -5}, {@code +3.5}) is not.
   */
  public static boolean formulaLike(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
      return false;
    }
    return !PLAIN_NUMBER.matcher(text).matches();
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

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
        String format = columns.get(c).numberFormat();
        if (format != null && value != null && PLAIN_NUMBER.matcher(value).matches()) {
          Cell number = row.createCell(c, CellType.NUMERIC);
          number.setCellValue(Double.parseDouble(value));
          number.setCellStyle(numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
          }));
          continue;
        }
        Cell cell = row.createCell(c, CellType.STRING);
        if (formulaLike(value)) {
          // a string cell with Excel's quote prefix, and an apostrophe that a CSV copy keeps:
          // shown and kept as text, never evaluated (the ledger exports are never imported back)
          cell.setCellValue("'" + value);
          cell.setCellStyle(quoted);
        } else {
          cell.setCellValue(value == null ? "" : value);
        }
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
