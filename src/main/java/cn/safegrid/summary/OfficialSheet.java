package cn.safegrid.summary;

import cn.safegrid.system.Spreadsheet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet laid out as an official table (报表) is printed: a title across the page, the unit and
 * period, two rows of headers with merged group headings, bordered rows, a totals row, text blocks,
 * and the 填报人 / 审核人 / 日期 line; A4 landscape, fitted to the page width, headers repeated on each
 * printed page. Text from officers and the registry is written formula-safe
 * ({@link Spreadsheet#formulaLike}: as text with Excel's quote prefix and a leading apostrophe).
 */
final class OfficialSheet {

  /** A column: its heading, the group heading above it (null: none, the heading spans both rows), its width. */
  record Column(String heading, String group, int width) {}

  private final XSSFWorkbook workbook;
  private final Sheet sheet;
  private final int columns;
  private final Map<String, CellStyle> styles;
  private int row;
  private int firstHeaderRow = -1;

  OfficialSheet(XSSFWorkbook workbook, Map<String, CellStyle> styles, String name, List<Column> columns) {
    this.workbook = workbook;
    this.styles = styles;
    this.sheet = workbook.createSheet(name);
    this.columns = columns.size();
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, columns.get(c).width() * 256 + 256);
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.5);
    sheet.setMargin(Sheet.BottomMargin, 0.5);
  }

  /** The styles one workbook shares (a workbook holds a limited number of them). */
  static Map<String, CellStyle> styles(XSSFWorkbook workbook) {
    Map<String, CellStyle> styles = new HashMap<>();
    Font title = font(workbook, 16, true);
    Font bold = font(workbook, 10, true);
    Font plain = font(workbook, 10, false);
    styles.put("title", style(workbook, title, HorizontalAlignment.CENTER, false, false));
    styles.put("info", style(workbook, plain, HorizontalAlignment.LEFT, false, false));
    styles.put("header", style(workbook, bold, HorizontalAlignment.CENTER, true, true));
    styles.put("cell", style(workbook, plain, HorizontalAlignment.CENTER, true, true));
    styles.put("name", style(workbook, plain, HorizontalAlignment.LEFT, true, true));
    styles.put("total", style(workbook, bold, HorizontalAlignment.CENTER, true, true));
    styles.put("section", style(workbook, bold, HorizontalAlignment.LEFT, true, false));
    styles.put("text", style(workbook, plain, HorizontalAlignment.LEFT, true, true));
    styles.put("note", style(workbook, font(workbook, 9, false), HorizontalAlignment.LEFT, false, true));
    for (String key : List.of("info", "name", "text", "cell")) {
      CellStyle quoted = workbook.createCellStyle();
      quoted.cloneStyleFrom(styles.get(key));
      quoted.setQuotePrefixed(true);
      styles.put(key + "-quoted", quoted);
    }
    return styles;
  }

  private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
    Font font = workbook.createFont();
    font.setFontName("宋体");
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    return font;
  }

  private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment align, boolean border, boolean wrap) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setAlignment(align);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(wrap);
    if (border) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  Sheet sheet() {
    return sheet;
  }

  OfficialSheet title(String text) {
    Row r = sheet.createRow(row);
    r.setHeightInPoints(30);
    merged(row, 0, columns - 1, text, "title");
    row++;
    return this;
  }

  /** A line of facts above the table: left half and right half. */
  OfficialSheet info(String left, String right) {
    sheet.createRow(row).setHeightInPoints(18);
    int half = columns / 2;
    merged(row, 0, half - 1, left, "info");
    merged(row, half, columns - 1, right, "info");
    row++;
    return this;
  }

  /** The two header rows: group headings merged across their columns, single headings down both rows. */
  OfficialSheet headers(List<Column> columnList) {
    firstHeaderRow = row;
    sheet.createRow(row).setHeightInPoints(20);
    sheet.createRow(row + 1).setHeightInPoints(42);
    int c = 0;
    while (c < columnList.size()) {
      Column column = columnList.get(c);
      if (column.group() == null) {
        cell(row, c, column.heading(), "header");
        cell(row + 1, c, null, "header");
        sheet.addMergedRegion(new CellRangeAddress(row, row + 1, c, c));
        c++;
        continue;
      }
      int end = c;
      while (end + 1 < columnList.size() && column.group().equals(columnList.get(end + 1).group())) {
        end++;
      }
      merged(row, c, end, column.group(), "header");
      for (int k = c; k <= end; k++) {
        cell(row + 1, k, columnList.get(k).heading(), "header");
      }
      c = end + 1;
    }
    sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, firstHeaderRow + 1, 0, columns - 1));
    sheet.createFreezePane(0, firstHeaderRow + 2);
    row += 2;
    return this;
  }

  /**
   * A table row: texts for the first columns, then numbers (a null number is an empty cell, a
   * {@code Double} a rate in percent), then texts for the last columns. {@code total} makes it bold.
   */
  OfficialSheet row(List<String> leading, List<? extends Number> numbers, List<String> trailing, boolean total) {
    sheet.createRow(row).setHeightInPoints(20);
    int c = 0;
    for (String text : leading) {
      cell(row, c, text, total ? "total" : c == 1 ? "name" : "cell");
      c++;
    }
    for (Number number : numbers) {
      Cell cell = sheet.getRow(row).createCell(c++);
      cell.setCellStyle(styles.get(total ? "total" : "cell"));
      if (number instanceof Double rate) {
        cell.setCellValue(SummaryFacts.percent(rate));
      } else if (number != null) {
        cell.setCellValue(number.intValue());
      } else {
        cell.setCellValue("—");
      }
    }
    for (String text : trailing) {
      cell(row, c++, text, total ? "total" : "cell");
    }
    row++;
    return this;
  }

  /** A row whose first text spans columns {@code 0..span-1}, then numbers: a small table inside the sheet. */
  OfficialSheet spannedRow(String first, int span, List<? extends Number> numbers, String style) {
    sheet.createRow(row).setHeightInPoints(20);
    merged(row, 0, span - 1, first, style);
    int c = span;
    for (Number number : numbers) {
      Cell cell = sheet.getRow(row).createCell(c++);
      cell.setCellStyle(styles.get(style.equals("name") ? "cell" : style));
      if (number != null) {
        cell.setCellValue(number.intValue());
      }
    }
    row++;
    return this;
  }

  /** A header row of a small table: first heading across {@code 0..span-1}, then one heading per column. */
  OfficialSheet spannedHeader(String first, int span, List<String> headings) {
    sheet.createRow(row).setHeightInPoints(20);
    merged(row, 0, span - 1, first, "header");
    int c = span;
    for (String heading : headings) {
      cell(row, c++, heading, "header");
    }
    row++;
    return this;
  }

  OfficialSheet blank() {
    row++;
    return this;
  }

  /** A bold heading across the page. */
  OfficialSheet section(String text) {
    sheet.createRow(row).setHeightInPoints(20);
    merged(row, 0, columns - 1, text, "section");
    row++;
    return this;
  }

  /** A block of text across the page, tall enough for its lines. */
  OfficialSheet text(String text) {
    String value = text == null || text.isBlank() ? "无" : text;
    int widthInChars = 0;
    for (int c = 0; c < columns; c++) {
      widthInChars += sheet.getColumnWidth(c) / 256;
    }
    int lines = 0;
    for (String line : value.split("\n", -1)) {
      // a Chinese character is about two characters wide
      lines += Math.max(1, (int) Math.ceil(line.length() * 2.0 / Math.max(widthInChars, 1)));
    }
    sheet.createRow(row).setHeightInPoints(Math.max(20, lines * 14 + 6));
    merged(row, 0, columns - 1, value, "text");
    row++;
    return this;
  }

  OfficialSheet note(String text) {
    sheet.createRow(row).setHeightInPoints(16);
    merged(row, 0, columns - 1, text, "note");
    row++;
    return this;
  }

  /** 填报人 / 审核人 / 日期, a third of the page each. */
  OfficialSheet signatures(String filer, String reviewer, String date) {
    row++;
    sheet.createRow(row).setHeightInPoints(24);
    int third = columns / 3;
    merged(row, 0, third - 1, "填报人：" + blankIfNull(filer), "info");
    merged(row, third, 2 * third - 1, "审核人：" + blankIfNull(reviewer), "info");
    merged(row, 2 * third, columns - 1, "日期：" + blankIfNull(date), "info");
    row++;
    return this;
  }

  /** A line of signatures with other labels (主要负责人（签字）…). */
  OfficialSheet signatures(List<String> labelsAndNames) {
    row++;
    sheet.createRow(row).setHeightInPoints(24);
    int part = columns / labelsAndNames.size();
    for (int i = 0; i < labelsAndNames.size(); i++) {
      merged(row, i * part, i == labelsAndNames.size() - 1 ? columns - 1 : (i + 1) * part - 1, labelsAndNames.get(i), "info");
    }
    row++;
    return this;
  }

  private static String blankIfNull(String text) {
    return text == null || text.isBlank() ? "＿＿＿＿＿＿" : text;
  }

  private void merged(int r, int from, int to, String text, String style) {
    for (int c = from; c <= to; c++) {
      cell(r, c, c == from ? text : null, style);
    }
    if (to > from) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
    }
  }

  private void cell(int r, int c, String text, String style) {
    Row rowOf = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = rowOf.createCell(c);
    if (text != null && Spreadsheet.formulaLike(text) && styles.containsKey(style + "-quoted")) {
      cell.setCellValue("'" + text);
      cell.setCellStyle(styles.get(style + "-quoted"));
    } else {
      cell.setCellStyle(styles.get(style));
      if (text != null) {
        cell.setCellValue(text);
      }
    }
  }
}
