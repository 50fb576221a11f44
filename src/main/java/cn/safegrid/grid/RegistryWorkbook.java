package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryData.TownRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The whole registry as an Excel workbook (.xlsx), the form in which towns keep their lists: an
 * 说明 sheet, then one sheet per kind of row (镇, 人员, 片, 部门, 部门成员, 网格, 重点部位, 网格职务), one
 * header row of Chinese column names, enum values as their Chinese labels and yes/no as 是/否.
 *
 * <p>{@link #read} is lenient about form (enum names, true/false, numbers typed into phone cells)
 * and strict about content: it collects every problem of every cell, located as Excel shows it
 * (sheet, 1-based row, column header), and keeps where each row came from so that the registry
 * rules' problems can be located too ({@link Parsed#locate}).
 */
public final class RegistryWorkbook {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String INSTRUCTIONS = "说明";

  /** Values accepted for yes and for no (lower case); 是/否 is what the export writes. */
  private static final Set<String> YES = Set.of("是", "true", "1", "y", "yes");
  private static final Set<String> NO = Set.of("否", "false", "0", "n", "no");
  private static final String[] YES_NO = {"是", "否"};
  /** Uploads inflating beyond this are refused before POI parses them in memory. */
  static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

  /** What a column holds; the catalogue's sheets use TEXT, INTEGER and BOOLEAN. */
  public enum Type { TEXT, INTEGER, BOOLEAN, KIND, ROLE }

  /** One column: its header, the component it holds (a RegistryData field, or a key of {@link ReadRow}), its type, whether it must be filled. */
  public record Column(String header, String field, Type type, boolean required) {}

  /**
   * A sheet of the town's catalogue in this workbook (隐患类别, 排查表, see {@link CatalogueSheets}):
   * written after the registry's sheets with the same styles, read with the same rules for headers,
   * text cells, 是/否 and whole numbers, refused over {@code maxRows} like the registry's sheets. A
   * workbook without it imports (the catalogue stays as it is). {@code instructions}: lines for the
   * 说明 sheet.
   */
  public record ExtraSheet(String name, List<Column> columns, int maxRows, List<String> instructions) {

    int index(String header) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).header().equals(header)) {
          return i;
        }
      }
      return Integer.MAX_VALUE;
    }
  }

  /** An extra sheet and its rows for the export: values in column order (String, Integer, Boolean or null). */
  public record ExtraTable(ExtraSheet sheet, List<Object[]> rows) {}

  /**
   * A filled row of an extra sheet as read: its Excel row number (header = 1) and its cells by
   * field — String, Integer or Boolean by the column's type; null when empty or when the cell has
   * a problem of its own (reported already: {@link Parsed#problems}).
   */
  public record ReadRow(int row, Map<String, Object> values) {

    public String text(String field) {
      return (String) values.get(field);
    }

    public Integer integer(String field) {
      return (Integer) values.get(field);
    }

    public Boolean bool(String field) {
      return (Boolean) values.get(field);
    }
  }

  /** One sheet: name, RegistryData property, columns, and how rows become cells and back. */
  record SheetSpec<R>(String name, String kind, List<Column> columns,
      Function<RegistryData, List<R>> rows, Function<R, String> key, List<String> keyFields,
      Function<R, Object[]> values, Function<RowReader, R> reader) {

    Column column(String field) {
      return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    int index(String header) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).header().equals(header)) {
          return i;
        }
      }
      return Integer.MAX_VALUE;
    }
  }

  private static Column required(String header, String field) {
    return new Column(header, field, Type.TEXT, true);
  }

  private static Column optional(String header, String field) {
    return new Column(header, field, Type.TEXT, false);
  }

  private static Column column(String header, String field, Type type, boolean required) {
    return new Column(header, field, type, required);
  }

  static final SheetSpec<TownRow> TOWNS = new SheetSpec<>("镇", "towns",
      List.of(required("镇编码", "code"), required("镇名称", "name"), required("所属区县", "district"),
          required("隐患编号前缀", "hazardPrefix")),
      RegistryData::towns, TownRow::code, List.of("code"),
      t -> new Object[] {t.code(), t.name(), t.district(), t.hazardPrefix()},
      r -> new TownRow(r.text("code"), r.text("name"), r.text("district"), r.text("hazardPrefix")));

  static final SheetSpec<PersonRow> PEOPLE = new SheetSpec<>("人员", "people",
      List.of(required("人员编码", "code"), required("姓名", "name"), required("联系电话", "phone"),
          optional("职务", "title"), optional("登录名", "loginId"),
          column("在职", "active", Type.BOOLEAN, false), column("系统管理员", "administrator", Type.BOOLEAN, false),
          column("规则管理员", "ruleAdministrator", Type.BOOLEAN, false)),
      RegistryData::people, PersonRow::code, List.of("code"),
      p -> new Object[] {p.code(), p.name(), p.phone(), p.title(), p.loginId(), p.isActive(), p.isAdministrator(),
          p.isRuleAdministrator()},
      r -> new PersonRow(r.text("code"), r.text("name"), r.text("phone"), r.text("title"), r.text("loginId"),
          r.bool("active", true), r.bool("administrator", false), r.bool("ruleAdministrator", false)));

  static final SheetSpec<AreaRow> AREAS = new SheetSpec<>("片", "areas",
      List.of(required("片编码", "code"), required("片名称", "name"), required("所属镇编码", "townCode"),
          optional("片长人员编码", "leaderCode"), optional("副片长人员编码", "deputyCode")),
      RegistryData::areas, AreaRow::code, List.of("code"),
      a -> new Object[] {a.code(), a.name(), a.townCode(), a.leaderCode(), a.deputyCode()},
      r -> new AreaRow(r.text("code"), r.text("name"), r.text("townCode"), r.person("leaderCode"),
          r.person("deputyCode")));

  static final SheetSpec<DepartmentRow> DEPARTMENTS = new SheetSpec<>("部门", "departments",
      List.of(required("部门编码", "code"), required("部门名称", "name"), required("所属镇编码", "townCode"),
          optional("负责人人员编码", "headCode"), optional("分管领导人员编码", "supervisorCode"),
          optional("监管行业", "categories")),
      RegistryData::departments, DepartmentRow::code, List.of("code"),
      d -> new Object[] {d.code(), d.name(), d.townCode(), d.headCode(), d.supervisorCode(), d.categories()},
      r -> new DepartmentRow(r.text("code"), r.text("name"), r.text("townCode"), r.person("headCode"),
          r.person("supervisorCode"), r.text("categories")));

  static final SheetSpec<MemberRow> MEMBERS = new SheetSpec<>("部门成员", "departmentMembers",
      List.of(required("部门编码", "departmentCode"), required("人员编码", "personCode")),
      RegistryData::departmentMembers, MemberRow::key, List.of("departmentCode", "personCode"),
      m -> new Object[] {m.departmentCode(), m.personCode()},
      r -> new MemberRow(r.text("departmentCode"), r.person("personCode")));

  static final SheetSpec<GridRow> GRIDS = new SheetSpec<>("网格", "grids",
      List.of(required("网格编码", "code"), required("网格名称", "name"), column("网格类型", "kind", Type.KIND, true),
          required("所属镇编码", "townCode"), optional("上级网格编码", "parentCode"), optional("所属片编码", "areaCode"),
          optional("行业监管部门编码", "supervisingDepartmentCode"), optional("地址", "address"),
          column("每周排查次数(空=按规则)", "inspectionsPerWeek", Type.INTEGER, false),
          optional("隐患默认类别编码", "hazardCategory")),
      RegistryData::grids, GridRow::code, List.of("code"),
      g -> new Object[] {g.code(), g.name(), g.kind(), g.townCode(), g.parentCode(), g.areaCode(),
          g.supervisingDepartmentCode(), g.address(), g.inspectionsPerWeek(), g.hazardCategory()},
      r -> new GridRow(r.text("code"), r.text("name"), r.kind("kind"), r.text("townCode"), r.text("parentCode"),
          r.text("areaCode"), r.text("supervisingDepartmentCode"), r.text("address"), r.integer("inspectionsPerWeek"),
          r.text("hazardCategory")));

  static final SheetSpec<AssignmentRow> ASSIGNMENTS = new SheetSpec<>("网格职务", "assignments",
      List.of(required("网格编码", "gridCode"), required("人员编码", "personCode"),
          column("网格职务", "role", Type.ROLE, true), optional("联系村编码", "villageCode"), optional("职责", "duty")),
      RegistryData::assignments, AssignmentRow::key, List.of("gridCode", "personCode"),
      a -> new Object[] {a.gridCode(), a.personCode(), a.role(), a.villageCode(), a.duty()},
      r -> new AssignmentRow(r.text("gridCode"), r.person("personCode"), r.role("role"), r.text("villageCode"),
          r.text("duty")));

  static final SheetSpec<KeyPlaceRow> KEY_PLACES = new SheetSpec<>("重点部位", "keyPlaces",
      List.of(required("重点部位编码", "code"), required("所属网格编码", "gridCode"), required("名称", "name"),
          column("是否危险源", "hazardSource", Type.BOOLEAN, false), optional("说明", "description"),
          optional("隐患默认类别编码", "hazardCategory")),
      RegistryData::keyPlaces, KeyPlaceRow::code, List.of("code"),
      k -> new Object[] {k.code(), k.gridCode(), k.name(), k.isHazardSource(), k.description(), k.hazardCategory()},
      r -> new KeyPlaceRow(r.text("code"), r.text("gridCode"), r.text("name"), r.bool("hazardSource", false),
          r.text("description"), r.text("hazardCategory")));

  /** The data sheets in workbook order (after the 说明 sheet). */
  /**
   * The most rows each sheet may hold, far above any town's registry (别山镇: some 100 people,
   * 60 grids): a workbook over a limit is refused at once (400), before its rows are read or the
   * registry is locked. See docs/registry-excel.md.
   */
  static final Map<String, Integer> MAX_ROWS = Map.of(
      "towns", 100,
      "people", 5_000,
      "areas", 500,
      "departments", 1_000,
      "departmentMembers", 10_000,
      "grids", 5_000,
      "assignments", 20_000,
      "keyPlaces", 20_000);

  static final List<SheetSpec<?>> SHEETS =
      List.of(TOWNS, PEOPLE, AREAS, DEPARTMENTS, MEMBERS, GRIDS, KEY_PLACES, ASSIGNMENTS);

  /**
   * Sheets added after towns began to keep workbooks: one missing is no problem, since rows a
   * workbook leaves out are kept (a workbook exported before there were key places still imports).
   */
  static final Set<SheetSpec<?>> OPTIONAL_SHEETS = Set.of(KEY_PLACES);

  private RegistryWorkbook() {}

  // ---------------------------------------------------------------------------------------------
  // Problems and parse results

  /**
   * A problem of the workbook, located as Excel shows it: sheet, row (1-based, header = 1; null
   * for the whole sheet) and column header (null for the whole row or sheet).
   */
  public record CellProblem(String sheet, Integer row, String column, String message) {

    /** {@code 网格!第5行!上级网格编码}; parts that do not apply are left out. */
    public String field() {
      StringBuilder field = new StringBuilder(sheet);
      if (row != null) {
        field.append("!第").append(row).append("行");
      }
      if (column != null) {
        field.append('!').append(column);
      }
      return field.toString();
    }

    boolean sameCell(CellProblem other) {
      return sheet.equals(other.sheet) && Objects.equals(row, other.row) && Objects.equals(column, other.column);
    }
  }

  /** The upload is not an .xlsx workbook ({@code wrongFormat}) or cannot be opened (corrupt). */
  public static final class UnreadableWorkbookException extends Exception {
    private final boolean wrongFormat;

    UnreadableWorkbookException(boolean wrongFormat, String message, Throwable cause) {
      super(message, cause);
      this.wrongFormat = wrongFormat;
    }

    public boolean wrongFormat() {
      return wrongFormat;
    }
  }

  /**
   * What a workbook holds: the rows it could read, every problem found in its cells, whether its
   * structure (sheets, headers) is broken so that its rows are incomplete, and where each row came from.
   */
  public static final class Parsed {
    private final RegistryData data;
    private final List<CellProblem> problems;
    private final boolean structureBroken;
    private final Map<String, Map<String, Integer>> rowsByKind;
    private final boolean tooManyRows;
    private final List<ExtraSheet> extras;
    private final Map<String, List<ReadRow>> extraRows;

    private Parsed(RegistryData data, List<CellProblem> problems, boolean structureBroken,
        Map<String, Map<String, Integer>> rowsByKind, boolean tooManyRows) {
      this(data, problems, structureBroken, rowsByKind, tooManyRows, List.of(), Map.of());
    }

    private Parsed(RegistryData data, List<CellProblem> problems, boolean structureBroken,
        Map<String, Map<String, Integer>> rowsByKind, boolean tooManyRows, List<ExtraSheet> extras,
        Map<String, List<ReadRow>> extraRows) {
      this.extras = List.copyOf(extras);
      this.extraRows = Map.copyOf(extraRows);
      this.tooManyRows = tooManyRows;
      this.data = data;
      this.problems = List.copyOf(problems);
      this.structureBroken = structureBroken;
      this.rowsByKind = rowsByKind;
    }

    public RegistryData data() {
      return data;
    }

    /** The workbook's own problems (sheets, headers, cells), sorted as they appear. */
    public List<CellProblem> problems() {
      return sorted(problems, extras);
    }

    /**
     * The filled rows of each extra sheet the workbook has, by sheet name; a sheet the workbook
     * does not have is not in the map.
     */
    public Map<String, List<ReadRow>> extraRows() {
      return extraRows;
    }

    /**
     * {@code more} problems (e.g. the catalogue's, already located) sorted in with the given ones;
     * one on a cell that already has a problem of the workbook's own is left out (the same
     * mistake seen twice).
     */
    public List<CellProblem> with(List<CellProblem> given, List<CellProblem> more) {
      List<CellProblem> all = new ArrayList<>(given);
      for (CellProblem located : more) {
        if (problems.stream().noneMatch(own -> own.sameCell(located))) {
          all.add(located);
        }
      }
      return sorted(all, extras);
    }

    /** Problems sorted by sheet, row and column as the workbook shows them. */
    public List<CellProblem> inOrder(List<CellProblem> problems) {
      return sorted(problems, extras);
    }

    /** A sheet or a column is missing: the rows are incomplete and checking the rules would mislead. */
    public boolean structureBroken() {
      return structureBroken || tooManyRows;
    }

    /** A sheet holds more rows than {@link #MAX_ROWS} allows: its rows were not read. */
    public boolean tooManyRows() {
      return tooManyRows;
    }

    /** The Excel row (1-based) of the row of this kind with this key, or null when not in the workbook. */
    public Integer row(String kind, String key) {
      return rowsByKind.getOrDefault(kind, Map.of()).get(key);
    }

    /**
     * The workbook's problems together with the registry rules' problems located in the workbook:
     * kind → sheet, key → row, field → column. A rule problem on a cell that already has a problem
     * of its own is left out (it is the same mistake seen twice).
     */
    public List<CellProblem> withRuleProblems(List<RegistryRules.Problem> ruleProblems) {
      List<CellProblem> all = new ArrayList<>(problems);
      for (RegistryRules.Problem problem : ruleProblems) {
        for (CellProblem located : locate(problem)) {
          if (problems.stream().noneMatch(own -> own.sameCell(located))) {
            all.add(located);
          }
        }
      }
      return sorted(all, extras);
    }

    /** Where in the workbook a rule problem lies. */
    public List<CellProblem> locate(RegistryRules.Problem problem) {
      if (problem.kind().equals(GRIDS.kind()) && problem.field().equals("leader")) {
        List<CellProblem> extraLeaders = extraLeaderRows(problem);
        if (!extraLeaders.isEmpty()) {
          return extraLeaders;
        }
      }
      SheetSpec<?> spec = SHEETS.stream().filter(s -> s.kind().equals(problem.kind())).findFirst().orElse(null);
      if (spec == null) {
        return List.of(new CellProblem(problem.kind(), null, null, problem.message()));
      }
      Column column = spec.column(problem.field());
      if (column == null && problem.field().equals("code")) {
        column = spec.column(spec.keyFields().get(0));
      }
      Integer row = row(problem.kind(), problem.key());
      return List.of(new CellProblem(spec.name(), row, column == null ? null : column.header(), problem.message()));
    }

    /**
     * "Only one leader" (a town grid: at most {@link RegistryRules#MAX_LEVEL_ONE_LEADERS}): the leader
     * rows of the grid in 网格职务 beyond those allowed.
     */
    private List<CellProblem> extraLeaderRows(RegistryRules.Problem problem) {
      List<Integer> rows = data.assignments().stream()
          .filter(a -> problem.key().equals(a.gridCode()) && a.role() != null && a.role().isGridLeader())
          .map(a -> row(ASSIGNMENTS.kind(), a.key()))
          .filter(Objects::nonNull)
          .sorted()
          .toList();
      String header = ASSIGNMENTS.column("role").header();
      boolean town = data.assignments().stream().anyMatch(a -> problem.key().equals(a.gridCode())
          && a.role() == GridRole.LEVEL1_LEADER);
      return rows.stream().skip(town ? RegistryRules.MAX_LEVEL_ONE_LEADERS : 1)
          .map(row -> new CellProblem(ASSIGNMENTS.name(), row, header, problem.message()))
          .toList();
    }
  }

  private static List<CellProblem> sorted(List<CellProblem> problems, List<ExtraSheet> extras) {
    Map<String, Integer> sheetOrder = new HashMap<>();
    for (int i = 0; i < SHEETS.size(); i++) {
      sheetOrder.put(SHEETS.get(i).name(), i);
    }
    for (int i = 0; i < extras.size(); i++) {
      sheetOrder.put(extras.get(i).name(), SHEETS.size() + i);
    }
    Comparator<CellProblem> order = Comparator
        .comparingInt((CellProblem p) -> sheetOrder.getOrDefault(p.sheet(), -1))
        .thenComparing(CellProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingInt(p -> SHEETS.stream().filter(s -> s.name().equals(p.sheet())).findFirst()
            .map(s -> s.index(p.column()))
            .orElseGet(() -> extras.stream().filter(e -> e.name().equals(p.sheet())).findFirst()
                .map(e -> e.index(p.column())).orElse(Integer.MAX_VALUE)));
    return List.copyOf(new LinkedHashSet<>(problems.stream().sorted(order).toList()));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** The registry as .xlsx bytes. */
  public static byte[] write(RegistryData data) {
    return write(data, List.of());
  }

  /** The registry and, after its sheets, the catalogue's ({@link ExtraTable}) as .xlsx bytes. */
  public static byte[] write(RegistryData data, List<ExtraTable> extras) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      writeInstructions(workbook, styles, extras.stream().flatMap(e -> e.sheet().instructions().stream()).toList());
      for (SheetSpec<?> spec : SHEETS) {
        writeSheet(workbook, styles, spec, data);
      }
      for (ExtraTable extra : extras) {
        writeTable(workbook, styles, extra.sheet().name(), extra.sheet().columns(), extra.rows());
      }
      workbook.setActiveSheet(0);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the registry workbook failed", e);
    }
  }

  private static final class Styles {
    final CellStyle requiredHeader;
    final CellStyle optionalHeader;
    final CellStyle text;
    /** Text that a spreadsheet would read as a formula (=, +, -, @): shown literally, never evaluated. */
    final CellStyle quotedText;
    final CellStyle number;
    final CellStyle title;
    final CellStyle paragraph;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      requiredHeader = header(workbook, bold, IndexedColors.LIGHT_ORANGE);
      optionalHeader = header(workbook, bold, IndexedColors.GREY_25_PERCENT);
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      quotedText = workbook.createCellStyle();
      quotedText.cloneStyleFrom(text);
      quotedText.setQuotePrefixed(true);
      number = workbook.createCellStyle();
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      paragraph = workbook.createCellStyle();
      paragraph.setWrapText(true);
    }

    private static CellStyle header(Workbook workbook, Font font, IndexedColors fill) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setFillForegroundColor(fill.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setBorderBottom(BorderStyle.THIN);
      style.setDataFormat(workbook.createDataFormat().getFormat("@"));
      return style;
    }
  }

  private static <R> void writeSheet(XSSFWorkbook workbook, Styles styles, SheetSpec<R> spec, RegistryData data) {
    writeTable(workbook, styles, spec.name(), spec.columns(),
        spec.rows().apply(data).stream().map(spec.values()).toList());
  }

  private static void writeTable(XSSFWorkbook workbook, Styles styles, String name, List<Column> columns,
      List<Object[]> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    int[] widths = new int[columns.size()];
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      Cell cell = header.createCell(c, CellType.STRING);
      cell.setCellValue(column.header());
      cell.setCellStyle(column.required() ? styles.requiredHeader : styles.optionalHeader);
      widths[c] = displayWidth(column.header()) + 2;
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      Object[] values = rows.get(r);
      for (int c = 0; c < columns.size(); c++) {
        Object value = values[c];
        if (value == null) {
          continue;
        }
        if (value instanceof Integer number) {
          Cell cell = row.createCell(c, CellType.NUMERIC);
          cell.setCellValue(number);
          cell.setCellStyle(styles.number);
          widths[c] = Math.max(widths[c], String.valueOf(number).length() + 2);
        } else {
          String text = cellText(value);
          Cell cell = row.createCell(c, CellType.STRING);
          cell.setCellValue(text);
          cell.setCellStyle(cn.safegrid.system.Spreadsheet.formulaLike(text) ? styles.quotedText : styles.text);
          widths[c] = Math.max(widths[c], displayWidth(text) + 2);
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 8), 60) * 256);
      // cells typed in later keep the column's format: text, so phone numbers stay text
      sheet.setDefaultColumnStyle(c, column.type() == Type.INTEGER ? styles.number : styles.text);
      switch (column.type()) {
        case KIND -> dropdown(sheet, c, Arrays.stream(GridKind.values()).map(GridKind::label).toArray(String[]::new));
        case ROLE -> dropdown(sheet, c, Arrays.stream(GridRole.values()).map(GridRole::label).toArray(String[]::new));
        case BOOLEAN -> dropdown(sheet, c, YES_NO);
        default -> { }
      }
    }
    // codes and phone numbers are text on purpose: no "number stored as text" warnings
    sheet.addIgnoredErrors(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1),
        IgnoredErrorType.NUMBER_STORED_AS_TEXT);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
  }

  private static String cellText(Object value) {
    if (value instanceof GridKind kind) {
      return kind.label();
    }
    if (value instanceof GridRole role) {
      return role.label();
    }
    if (value instanceof Boolean yes) {
      return yes ? YES_NO[0] : YES_NO[1];
    }
    return value.toString();
  }

  private static void dropdown(XSSFSheet sheet, int column, String[] values) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
        new CellRangeAddressList(1, lastRow, column, column));
    validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.createErrorBox("无效的值", "请从下拉列表中选择：" + String.join("、", values));
    sheet.addValidationData(validation);
  }

  private static void writeInstructions(XSSFWorkbook workbook, Styles styles, List<String> extraLines) {
    Sheet sheet = workbook.createSheet(INSTRUCTIONS);
    sheet.setColumnWidth(0, 110 * 256);
    List<String> lines = new ArrayList<>(List.of(
        "本工作簿是全镇安全生产网格台账的完整清单：可从系统导出，在 Excel 中修改后整体导入。",
        "",
        "一、工作表（请勿改名、删除或增加工作表；第 1 行为表头，请勿修改；橙色表头为必填列）",
        "镇：镇编码、镇名称、所属区县、隐患编号前缀（1–8 个大写字母，如 BS）。",
        "人员：所有网格工作人员。联系电话按文本填写；登录名留空表示不登录系统；在职填“否”即停用（空 = 是）；系统管理员空 = 否。",
        "片：村级网格分属的片，片长、副片长填人员编码（须为二级网格长、二级副网格长）。",
        "部门：镇直部门（行业监管部门），负责人、分管领导填人员编码；监管行业为说明文字。",
        "部门成员：部门编码 + 人员编码，一行一人（负责人不必重复填写）。",
        "网格：镇级、村级、企事业单位网格及基础网格（岗位）。村级网格必须填所属片；企事业单位网格必须填行业监管部门；"
            + "上级网格：村和单位填镇级网格编码，基础网格填所属单位的网格编码；每周排查次数留空表示按规定的最少次数（村级每周 1 次、企事业单位每周 2 次，《实施细则》三（二）2、三（三）2），"
            + "填写时可以多于、不能少于规定次数。",
        "重点部位：村和企事业单位网格的重点部位、危险源（如 村粮库、加油点、学生食堂、氧气瓶库、喷漆房），列入《重点隐患排查表》。"
            + "所属网格填村、企事业单位或基础网格的编码（不能是镇级网格）；是否危险源空 = 否。",
        "网格职务：谁在哪个网格担任什么职务，一行一项。包村干部须填联系村编码（村级网格编码）。",
        "",
        "二、编码",
        "每一行以编码标识，只能用小写字母、数字和连字符（如 village-xiaogang、p-001），最长 64 位。"
            + "各表之间用编码相互引用，例如网格的“所属片编码”填片表中的片编码。",
        "已有的编码请勿修改：改了编码等于新增一行（原来的行仍保留）。",
        "",
        "三、导入规则（工作簿是全镇的完整清单）",
        "镇、片、部门、网格、重点部位：按编码新增或更新；系统中有而工作簿中没有的行保留不变（删除请在系统中操作）。"
            + "没有“重点部位”表的工作簿（早先导出的）也可导入，重点部位不变。",
        "人员：按编码新增或更新；系统中有而工作簿中没有的人员将被停用（不删除，历史记录中仍保留姓名）。",
        "部门成员、网格职务：以工作簿为准整体替换。",
        "全部或全不：只要有任何一处问题，系统不作任何修改，并列出全部问题（工作表、行号、列名），改正后重新导入即可。",
        "只有系统管理员和领导小组办公室可以导入；镇领导和纪委可以导出。",
        "",
        "四、可选值（带下拉列表的列也接受英文名，如 VILLAGE、GRID_LEADER；是/否 也接受 true/false、1/0、Y/N）"));
    lines.add("网格类型：" + Arrays.stream(GridKind.values()).map(GridKind::label).collect(Collectors.joining("、")));
    lines.add("网格职务：" + Arrays.stream(GridRole.values()).map(GridRole::label).collect(Collectors.joining("、"))
        + "（一级网格长、二级网格长、二级副网格长、包村干部只设在镇级网格）");
    lines.add("是/否：是、否");
    if (!extraLines.isEmpty()) {
      lines.add("");
      lines.addAll(extraLines);
    }
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue("网格台账 Excel 工作簿说明");
    title.getCell(0).setCellStyle(styles.title);
    for (int i = 0; i < lines.size(); i++) {
      Cell cell = sheet.createRow(i + 2).createCell(0);
      cell.setCellValue(lines.get(i));
      cell.setCellStyle(styles.paragraph);
    }
  }

  /** Columns an Excel user sees: CJK characters are two wide. */
  private static int displayWidth(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads an uploaded workbook; refuses anything that is not an .xlsx workbook. */
  public static Parsed read(InputStream upload) throws UnreadableWorkbookException {
    return read(upload, List.of());
  }

  /** Reads an uploaded workbook with the registry's sheets and these extra ones. */
  public static Parsed read(InputStream upload, List<ExtraSheet> extras) throws UnreadableWorkbookException {
    byte[] bytes;
    try {
      bytes = upload.readAllBytes();
    } catch (IOException e) {
      throw new UnreadableWorkbookException(false, "无法读取上传的文件。", e);
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      throw new UnreadableWorkbookException(true, "不支持旧版 .xls 或加密的工作簿：请在 Excel 中“另存为” .xlsx 格式（不设密码）后再导入。", null);
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableWorkbookException(true, "上传的文件不是 Excel 工作簿：请上传从系统导出的 .xlsx 文件。", null);
    }
    if (!inflatesWithin(bytes, MAX_INFLATED_BYTES)) {
      throw new UnreadableWorkbookException(false, "工作簿解压后超过 " + MAX_INFLATED_BYTES / 1024 / 1024
          + " MB，不是网格台账：请上传从系统导出的 .xlsx 文件。", null);
    }
    Parsed oversized = oversized(bytes, extras);
    if (oversized != null) {
      return oversized;
    }
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableWorkbookException(false, "无法打开该工作簿：文件已损坏或不是有效的 .xlsx 文件。", e);
    }
    try (workbook) {
      return read(workbook, extras);
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
  }

  /**
   * A workbook one of whose sheets holds more filled rows than {@link #MAX_ROWS} allows, refused
   * before POI builds the workbook in memory (for 60,000 rows that alone takes many seconds): the
   * sheets' XML is streamed and its rows counted. A row counts when one of its cells has a value.
   * Null when every sheet is within its limit, or when the stream cannot be read (POI judges then).
   */
  static Parsed oversized(byte[] bytes) {
    return oversized(bytes, List.of());
  }

  static Parsed oversized(byte[] bytes, List<ExtraSheet> extras) {
    Set<String> extraNames = extras.stream().map(ExtraSheet::name).collect(Collectors.toSet());
    Map<String, Integer> limits = new HashMap<>();
    SHEETS.forEach(s -> limits.put(s.name(), MAX_ROWS.getOrDefault(s.kind(), Integer.MAX_VALUE)));
    extras.forEach(e -> limits.put(e.name(), e.maxRows()));
    List<CellProblem> problems = new ArrayList<>();
    try (org.apache.poi.openxml4j.opc.OPCPackage pkg =
        org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(bytes))) {
      org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
      org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator sheets =
          (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName().strip();
          Integer limit = limits.get(name);
          if (limit == null) {
            continue;
          }
          int filled = filledRows(sheet) - 1; // the header row
          if (filled > limit) {
            problems.add(new CellProblem(name, null, null,
                tooManyRows(name, filled, limit, extraNames.contains(name) ? name : "网格台账")));
          }
        }
      }
    } catch (Exception unreadable) {
      return null;
    }
    return problems.isEmpty() ? null : new Parsed(RegistryData.empty(), problems, true, Map.of(), true);
  }

  /** Rows of a sheet's XML that have at least one cell with a value. */
  private static int filledRows(InputStream sheet) throws javax.xml.stream.XMLStreamException {
    javax.xml.stream.XMLStreamReader xml = org.apache.poi.util.XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
    int rows = 0;
    boolean filled = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("row")) {
            filled = false;
          } else if (!filled && (name.equals("v") || name.equals("t")) && !xml.getElementText().isBlank()) {
            filled = true;
            rows++;
          }
        }
      }
    } finally {
      xml.close();
    }
    return rows;
  }

  /**
   * Whether the zip's entries inflate to at most {@code limit} bytes, counted while inflating (the
   * sizes in the headers may lie). POI parses a workbook in memory and its own zip-bomb check only
   * looks at compression ratios; a registry inflates to a few MB. A zip this scan cannot walk is
   * left to POI to judge.
   */
  static boolean inflatesWithin(byte[] zip, long limit) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      while (in.getNextEntry() != null) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > limit) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException unreadable) {
      return true;
    }
  }

  /** Reads every sheet of the workbook, collecting every problem instead of stopping at the first. */
  public static Parsed read(Workbook workbook) {
    return read(workbook, List.of());
  }

  /** Reads the registry's sheets and these extra ones, collecting every problem. */
  public static Parsed read(Workbook workbook, List<ExtraSheet> extras) {
    Reading reading = new Reading();
    Set<String> known = new HashSet<>();
    known.add(INSTRUCTIONS);
    SHEETS.forEach(s -> known.add(s.name()));
    extras.forEach(e -> known.add(e.name()));
    Map<String, Sheet> sheets = new HashMap<>();
    for (Sheet sheet : workbook) {
      String name = sheet.getSheetName().strip();
      if (!known.contains(name)) {
        reading.problem(name, null, null, "无法识别的工作表“" + name + "”：请删除它，或改用规定的工作表名称（"
            + Stream.concat(SHEETS.stream().map(SheetSpec::name), extras.stream().map(ExtraSheet::name))
                .collect(Collectors.joining("、")) + "）。");
      } else {
        sheets.putIfAbsent(name, sheet);
      }
    }
    // in workbook order: 人员 is read before the sheets that refer to people
    Map<String, List<?>> rows = new HashMap<>();
    for (SheetSpec<?> spec : SHEETS) {
      rows.put(spec.kind(), readSheet(spec, sheets.get(spec.name()), reading));
    }
    RegistryData data = new RegistryData(rowsOf(TOWNS, rows), rowsOf(PEOPLE, rows), rowsOf(AREAS, rows),
        rowsOf(DEPARTMENTS, rows), rowsOf(GRIDS, rows), rowsOf(ASSIGNMENTS, rows), rowsOf(MEMBERS, rows),
        rowsOf(KEY_PLACES, rows));
    Map<String, List<ReadRow>> extraRows = new HashMap<>();
    for (ExtraSheet extra : extras) {
      Sheet sheet = sheets.get(extra.name());
      if (sheet != null) {
        extraRows.put(extra.name(), readExtra(extra, sheet, reading));
      }
    }
    return new Parsed(data, reading.problems, reading.structureBroken, reading.rowsByKind, reading.tooManyRows,
        extras, extraRows);
  }

  /**
   * The filled rows of an extra sheet, each cell read by its column's type; a cell's problem
   * (empty where required, an error value, not 是/否, not a whole number) is reported at the cell.
   */
  private static List<ReadRow> readExtra(ExtraSheet extra, Sheet sheet, Reading reading) {
    Map<String, Integer> columnIndex = headers(extra.name(), extra.columns(), sheet, reading);
    if (columnIndex == null) {
      reading.structureBroken = true;
      return List.of();
    }
    if (sheet.getPhysicalNumberOfRows() - 1 > extra.maxRows()) {
      int filled = 0;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && !isBlank(row)) {
          filled++;
        }
      }
      if (filled > extra.maxRows()) {
        reading.problem(extra.name(), null, null, tooManyRows(extra.name(), filled, extra.maxRows(), extra.name()));
        reading.tooManyRows = true;
        return List.of();
      }
    }
    List<ReadRow> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (isBlank(row)) {
        continue;
      }
      Map<String, Object> values = new HashMap<>();
      for (Column column : extra.columns()) {
        Cell cell = row.getCell(columnIndex.get(column.field()));
        CellType type = cell == null ? CellType.BLANK
            : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = type == CellType.ERROR ? null : plainText(cell);
        if (type == CellType.ERROR) {
          reading.problem(extra.name(), r + 1, column.header(), "单元格是错误值（如 #N/A、#REF!），请填写内容。");
          continue;
        }
        if (text == null) {
          if (column.required()) {
            reading.problem(extra.name(), r + 1, column.header(), "“" + column.header() + "”不能为空。");
          }
          continue;
        }
        switch (column.type()) {
          case BOOLEAN -> {
            String value = text.toLowerCase(Locale.ROOT);
            if (YES.contains(value) || NO.contains(value)) {
              values.put(column.field(), YES.contains(value));
            } else {
              reading.problem(extra.name(), r + 1, column.header(), "“" + text + "”无效：请填写“是”或“否”。");
            }
          }
          case INTEGER -> {
            try {
              values.put(column.field(), new BigDecimal(text).intValueExact());
            } catch (ArithmeticException | NumberFormatException e) {
              reading.problem(extra.name(), r + 1, column.header(), "“" + abbreviated(text) + "”不是整数：请填写整数。");
            }
          }
          default -> values.put(column.field(), text);
        }
      }
      rows.add(new ReadRow(r + 1, values));
    }
    return rows;
  }

  private static String abbreviated(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  /** The state of one read: problems so far, rows seen, the people the workbook lists. */
  private static final class Reading {
    final List<CellProblem> problems = new ArrayList<>();
    final Map<String, Map<String, Integer>> rowsByKind = new HashMap<>();
    boolean structureBroken;
    boolean tooManyRows;
    /** Person codes of the 人员 sheet, once read (null when it could not be read). */
    Set<String> peopleCodes;

    void problem(String sheet, Integer row, String column, String message) {
      problems.add(new CellProblem(sheet, row, column, message));
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> List<R> rowsOf(SheetSpec<R> spec, Map<String, List<?>> rows) {
    return (List<R>) rows.get(spec.kind());
  }

  private static <R> List<R> readSheet(SheetSpec<R> spec, Sheet sheet, Reading reading) {
    if (sheet == null && OPTIONAL_SHEETS.contains(spec)) {
      return List.of();
    }
    if (sheet == null) {
      reading.problem(spec.name(), null, null, "缺少工作表“" + spec.name() + "”。");
      reading.structureBroken = true;
      return List.of();
    }
    Map<String, Integer> columnIndex = headers(spec, sheet, reading);
    if (columnIndex == null) {
      reading.structureBroken = true;
      return List.of();
    }
    List<R> rows = new ArrayList<>();
    Map<String, Integer> rowByKey = new LinkedHashMap<>();
    int limit = MAX_ROWS.getOrDefault(spec.kind(), Integer.MAX_VALUE);
    if (sheet.getPhysicalNumberOfRows() - 1 > limit) {
      int filled = 0;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && !isBlank(row)) {
          filled++;
        }
      }
      if (filled > limit) {
        reading.problem(spec.name(), null, null, tooManyRows(spec.name(), filled, limit));
        reading.tooManyRows = true;
        return List.of();
      }
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (isBlank(row)) {
        continue;
      }
      RowReader reader = new RowReader(spec, row, columnIndex, reading);
      R value = spec.reader().apply(reader);
      if (reader.missingKey()) {
        continue;
      }
      String key = spec.key().apply(value);
      Integer first = rowByKey.putIfAbsent(key, r + 1);
      if (first != null) {
        reading.problem(spec.name(), r + 1, spec.column(spec.keyFields().get(0)).header(),
            "与第 " + first + " 行重复（" + key + "），同一" + (spec.keyFields().size() > 1 ? "项" : "编码") + "只能出现一次。");
        continue;
      }
      rows.add(value);
    }
    reading.rowsByKind.put(spec.kind(), rowByKey);
    if (spec == PEOPLE) {
      reading.peopleCodes = rowByKey.keySet();
    }
    return rows;
  }

  static String tooManyRows(String sheet, int rows, int limit) {
    return tooManyRows(sheet, rows, limit, "网格台账");
  }

  static String tooManyRows(String sheet, int rows, int limit, String what) {
    return "“" + sheet + "”表有 " + rows + " 行，超过每次最多 " + limit + " 行的上限，未导入任何数据。"
        + "一个镇的" + what + "不会有这么多行：请删除多余的行（例如误粘贴的数据）后重新导入。";
  }

  /** Field → column index, or null (after reporting) when a column is missing. */
  private static Map<String, Integer> headers(SheetSpec<?> spec, Sheet sheet, Reading reading) {
    return headers(spec.name(), spec.columns(), sheet, reading);
  }

  private static Map<String, Integer> headers(String name, List<Column> columns, Sheet sheet, Reading reading) {
    Map<String, Column> expected = new LinkedHashMap<>();
    columns.forEach(c -> expected.put(normalizeHeader(c.header()), c));
    Map<String, Integer> index = new HashMap<>();
    Row header = sheet.getRow(0);
    if (header != null) {
      for (Cell cell : header) {
        String text = plainText(cell);
        if (text == null) {
          continue;
        }
        Column column = expected.get(normalizeHeader(text));
        if (column == null) {
          reading.problem(name, 1, text, "无法识别的列“" + text + "”：请删除该列，或改用规定的表头（"
              + columns.stream().map(Column::header).collect(Collectors.joining("、")) + "）。");
        } else if (index.putIfAbsent(column.field(), cell.getColumnIndex()) != null) {
          reading.problem(name, 1, column.header(), "表头“" + column.header() + "”出现了两次。");
        }
      }
    }
    boolean complete = true;
    for (Column column : columns) {
      if (!index.containsKey(column.field())) {
        reading.problem(name, 1, column.header(), "缺少列“" + column.header() + "”（表头在第 1 行）。");
        complete = false;
      }
    }
    return complete ? index : null;
  }

  /** Headers compare without spaces, "*" marks or a trailing parenthesis: 每周排查次数 = 每周排查次数(空=按规则). */
  private static String normalizeHeader(String header) {
    String h = header.replace('（', '(').replaceAll("[\\s*＊]", "");
    int paren = h.indexOf('(');
    return paren > 0 ? h.substring(0, paren) : h;
  }

  private static boolean isBlank(Row row) {
    if (row == null) {
      return true;
    }
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK && plainText(cell) != null) {
        return false;
      }
    }
    return true;
  }

  /** A cell's content as text, whatever its type; null when empty. Numbers lose ".0" and exponents. */
  private static String plainText(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String text = switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> numberText(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
    if (text == null) {
      return null;
    }
    String stripped = text.replace('\u00A0', ' ').strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** 13900000001 for 1.3900000001E10, 3 for 3.0, 2.5 for 2.5. */
  static String numberText(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Reads the cells of one data row by field, reporting each cell's problem once. */
  static final class RowReader {
    private final SheetSpec<?> spec;
    private final Row row;
    private final Map<String, Integer> columnIndex;
    private final Reading reading;
    private boolean missingKey;

    private RowReader(SheetSpec<?> spec, Row row, Map<String, Integer> columnIndex, Reading reading) {
      this.spec = spec;
      this.row = row;
      this.columnIndex = columnIndex;
      this.reading = reading;
    }

    boolean missingKey() {
      return missingKey;
    }

    String text(String field) {
      Column column = spec.column(field);
      Cell cell = row.getCell(columnIndex.get(field));
      CellType type = cell == null ? CellType.BLANK
          : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      String text = type == CellType.ERROR ? null : plainText(cell);
      if (type == CellType.ERROR) {
        problem(column, "单元格是错误值（如 #N/A、#REF!），请填写内容。");
      } else if (text == null && column.required()) {
        problem(column, "“" + column.header() + "”不能为空。");
      }
      if (text == null && spec.keyFields().contains(field)) {
        missingKey = true;
      }
      return text;
    }

    /** A person code, which must be a row of the 人员 sheet: the workbook lists everybody. */
    String person(String field) {
      String code = text(field);
      if (code != null && reading.peopleCodes != null && !reading.peopleCodes.contains(code)) {
        problem(spec.column(field), "人员“" + code + "”不在“人员”表中：工作簿须列出全部人员，表中没有的人员导入后会被停用。");
      }
      return code;
    }

    Boolean bool(String field, boolean blank) {
      String text = text(field);
      if (text == null) {
        return blank;
      }
      String value = text.toLowerCase(Locale.ROOT);
      if (YES.contains(value)) {
        return true;
      }
      if (NO.contains(value)) {
        return false;
      }
      problem(spec.column(field), "“" + text + "”无效：请填写“是”或“否”。");
      return blank;
    }

    Integer integer(String field) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        problem(spec.column(field), "“" + text + "”不是整数：请填写整数，留空表示按规则。");
        return null;
      }
    }

    GridKind kind(String field) {
      return label(field, GridKind.class, GridKind::label, "网格类型");
    }

    GridRole role(String field) {
      return label(field, GridRole.class, GridRole::label, "网格职务");
    }

    private <E extends Enum<E>> E label(String field, Class<E> type, Function<E, String> label, String what) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      String wanted = normalizeLabel(text);
      for (E value : type.getEnumConstants()) {
        if (normalizeLabel(label.apply(value)).equals(wanted) || value.name().equalsIgnoreCase(text)) {
          return value;
        }
      }
      problem(spec.column(field), what + "“" + text + "”无效，可选："
          + Stream.of(type.getEnumConstants()).map(label).collect(Collectors.joining("、")) + "。");
      return null;
    }

    private static String normalizeLabel(String label) {
      return label.replace('(', '（').replace(')', '）').replaceAll("\\s", "");
    }

    private void problem(Column column, String message) {
      reading.problem(spec.name(), row.getRowNum() + 1, column.header(), message);
    }
  }
}
