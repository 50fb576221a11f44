package cn.safegrid.catalogue;

import static cn.safegrid.catalogue.Catalogue.trim;

import cn.safegrid.catalogue.Catalogue.Known;
import cn.safegrid.catalogue.CatalogueRequests.CategoryRequest;
import cn.safegrid.catalogue.CatalogueRequests.ChecklistRequest;
import cn.safegrid.catalogue.CatalogueRequests.ItemRequest;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.grid.CatalogueSheets;
import cn.safegrid.grid.CategoryCodes;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryWorkbook.CellProblem;
import cn.safegrid.grid.RegistryWorkbook.Column;
import cn.safegrid.grid.RegistryWorkbook.ExtraSheet;
import cn.safegrid.grid.RegistryWorkbook.ExtraTable;
import cn.safegrid.grid.RegistryWorkbook.ReadRow;
import cn.safegrid.grid.RegistryWorkbook.Type;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The catalogue's sheets of the registry workbook: 隐患类别 (one row per category) and 排查表 (one
 * row per item of each checklist). The export writes the catalogue as it stands, with each row's
 * version; the import compares each row with the catalogue and changes only what differs, through
 * {@link Catalogue}'s own methods — the same rights, rules and refusals as the API, judged first
 * against the catalogue and registry as the whole import leaves them, each problem at its cell. A
 * checklist whose rows differ from its current version is saved as the next version (exactly as
 * {@code PUT /api/catalogue/checklists/{c}}); one whose rows are the same creates none.
 *
 * <p>A row that differs from the catalogue although its version is older than the catalogue's is
 * someone else's change made after the export: refused (409, naming who), never written back over
 * it.
 */
@Component
class CatalogueWorkbook implements CatalogueSheets {

  static final String CATEGORIES = "隐患类别";
  static final String CHECKLISTS = "排查表";
  static final String VERSION = "版本(请勿修改)";
  static final int MAX_CATEGORY_ROWS = 1_000;
  static final int MAX_ITEM_ROWS = 1_000;

  /** Category request fields → the 隐患类别 column that holds them. */
  private static final Map<String, String> CATEGORY_COLUMNS = Map.of("code", "类别编码", "name", "名称",
      "hint", "提示", "group", "分组", "active", "启用", "sortOrder", "排序", "routeToCatchAll", "兜底分办",
      "version", VERSION);

  /** Item request fields → the 排查表 column that holds them. */
  private static final Map<String, String> ITEM_COLUMNS = Map.of("checklist", "排查表", "position", "序号",
      "key", "项目编码", "label", "项目", "hint", "检查要点", "defaultCategory", "默认类别", "version", VERSION);

  /** {@code items[3].defaultCategoryByGridKind.SCHOOL}: the API's name of an item's field. */
  private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)\\](?:\\.(\\w+)(?:\\.(\\w+))?)?$");

  static final ExtraSheet CATEGORY_SHEET = new ExtraSheet(CATEGORIES, List.of(
      new Column("类别编码", "code", Type.TEXT, true),
      new Column("名称", "name", Type.TEXT, true),
      new Column("提示", "hint", Type.TEXT, false),
      new Column("分组", "group", Type.TEXT, true),
      new Column("启用", "active", Type.BOOLEAN, false),
      new Column("排序", "sortOrder", Type.INTEGER, false),
      new Column("兜底分办", "routeToCatchAll", Type.BOOLEAN, false),
      new Column(VERSION, "version", Type.INTEGER, false)),
      MAX_CATEGORY_ROWS, List.of(
          "五、隐患类别和排查表（本镇的目录，与网格台账一起导入，全部或全不；只有系统管理员和领导小组办公室可以修改）",
          "隐患类别：类别编码（小写字母、数字和连字符，如 e-bike-charging）、名称、提示（帮助上报人选对类别）、分组（如 消防、用电）、"
              + "启用（否 = 停用，空 = 是）、排序（小的在前；新增时留空排在最后）。类别不能删除，停用即可；"
              + "还有未销号的隐患、排查表项目或网格台账以它为默认类别时不能停用。表中没有的类别保持不变。",
          "兜底分办：是 = 路由表（hazard-routing.dmn）中没有该类别的规则，这类隐患由领导小组办公室分办。"
              + "新增路由表中没有的类别时须填“是”确认；已有类别的这一列只供阅读（由路由表决定）。",
          "排查表：village（村级日常隐患排查表）、unit（企事业单位日常隐患排查表）的全部项目，一行一项，按序号排列；"
              + "项目编码以字母开头，只含字母和数字（如 eBikeCharging）。默认类别填隐患类别编码；"
              + "某类网格另有默认类别时填在“学校默认类别”等列，优先于“默认类别”。",
          "某张排查表的行有修改、增加或删除时，它保存为新版本，之后开启的排查使用新版本，已开启的排查不变；"
              + "没有变化的排查表不生成新版本；表中没有某张排查表的行时，它保持不变。",
          "版本（两张表的最后一列）：导出时的版本，用于发现他人同时的修改，请勿修改；新增的行留空。"
              + "导出之后已被他人修改的类别或排查表，导入时被拒绝并说明是谁修改的：请重新导出后再改。"));

  static final ExtraSheet CHECKLIST_SHEET = new ExtraSheet(CHECKLISTS, checklistColumns(), MAX_ITEM_ROWS, List.of());

  private static List<Column> checklistColumns() {
    List<Column> columns = new ArrayList<>(List.of(
        new Column("排查表", "checklist", Type.TEXT, true),
        new Column("序号", "position", Type.INTEGER, true),
        new Column("项目编码", "key", Type.TEXT, true),
        new Column("项目", "label", Type.TEXT, true),
        new Column("检查要点", "hint", Type.TEXT, false),
        new Column("默认类别", "defaultCategory", Type.TEXT, false)));
    for (GridKind kind : GridKind.values()) {
      columns.add(new Column(kindHeader(kind), kindField(kind), Type.TEXT, false));
    }
    columns.add(new Column(VERSION, "version", Type.INTEGER, false));
    return List.copyOf(columns);
  }

  /** 学校默认类别, 基础网格默认类别: the label without its explanation in brackets. */
  static String kindHeader(GridKind kind) {
    return kind.label().replaceAll("（[^）]*）", "") + "默认类别";
  }

  private static String kindField(GridKind kind) {
    return "byKind." + kind.name();
  }

  private final Catalogue catalogue;

  CatalogueWorkbook(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<ExtraSheet> layouts() {
    return List.of(CATEGORY_SHEET, CHECKLIST_SHEET);
  }

  @Override
  public List<ExtraTable> export() {
    List<Object[]> categories = new ArrayList<>();
    for (CategoryView c : catalogue.categories()) {
      categories.add(new Object[] {c.code(), c.name(), c.hint(), c.group(), c.active(), c.sortOrder(),
          c.routeToCatchAll(), Math.toIntExact(c.version())});
    }
    List<Object[]> items = new ArrayList<>();
    for (String code : catalogue.checklistCodes()) {
      ChecklistView checklist = catalogue.checklist(code);
      for (int i = 0; i < checklist.items().size(); i++) {
        ItemView item = checklist.items().get(i);
        List<Object> row = new ArrayList<>(Arrays.asList(code, i + 1, item.key(), item.label(), item.hint(),
            item.defaultCategory()));
        for (GridKind kind : GridKind.values()) {
          row.add(item.defaultCategoryByGridKind().get(kind));
        }
        row.add(checklist.version());
        items.add(row.toArray());
      }
    }
    return List.of(new ExtraTable(CATEGORY_SHEET, categories), new ExtraTable(CHECKLIST_SHEET, items));
  }

  // ---- reading and checking

  /** A category row that differs from the catalogue: created, or updated (retiring it or not). */
  private record CategoryChange(ReadRow row, CategoryRequest body, CategoryView current) {

    boolean creates() {
      return current == null;
    }

    boolean retires() {
      return current != null && current.active() && Boolean.FALSE.equals(body.active());
    }
  }

  /** A checklist whose rows differ from its current version: its rows in order and the request that saves them. */
  private record ChecklistChange(String code, List<ReadRow> rows, ChecklistRequest body, ChecklistView current) {}

  @Override
  public Checked check(Map<String, List<ReadRow>> sheets, CurrentUser importer, RegistryData registryAfter) {
    Problems found = new Problems();
    Optional<String> refusal = catalogue.editRefusal(importer);
    Map<String, CategoryView> current = new LinkedHashMap<>();
    catalogue.categories().forEach(c -> current.put(c.code(), c));
    Map<String, Known> known = catalogue.knownCategories();
    Set<String> routed = catalogue.routedCodes();

    List<ReadRow> categoryRows = sheets.getOrDefault(CATEGORIES, List.of());
    List<CategoryChange> categoryChanges = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ReadRow row : categoryRows) {
      String code = trim(row.text("code"));
      if (code == null) {
        continue; // reported by the workbook: 类别编码 must be filled
      }
      Integer first = seen.putIfAbsent(code, row.row());
      if (first != null) {
        found.invalid(CATEGORIES, row.row(), "类别编码", "与第 " + first + " 行重复（" + code + "），同一编码只能出现一次。");
        continue;
      }
      CategoryView was = current.get(code);
      CategoryRequest body = categoryRequest(row, code, was);
      if (was != null && sameCategory(was, body)) {
        continue;
      }
      refusal.ifPresent(why -> found.refused(CATEGORIES, row.row(), "类别编码", why));
      List<ApiError.FieldError> problems = new ArrayList<>();
      if (was == null) {
        problems.addAll(Catalogue.newCategoryProblems(body, current::containsKey, routed,
            "确认如此请在“兜底分办”列填“是”；否则请先在路由表中为它增加一条规则。"));
      } else if (body.version() == null) {
        problems.add(Catalogue.field("code", "类别编码“" + code + "”已存在（“" + was.name() + "”）："
            + "“版本”为空的行是新增的类别，请换一个编码；要修改这个类别，请在导出的那一行上修改。"));
      } else {
        problems.addAll(Catalogue.categoryFieldProblems(body));
        catalogue.staleCategory(was, body.version()).ifPresent(why -> found.conflict(CATEGORIES, row.row(), VERSION, why));
      }
      problems.forEach(p -> found.invalid(CATEGORIES, row.row(), column(CATEGORY_COLUMNS, p.field()), p.message()));
      CategoryChange change = new CategoryChange(row, body, was);
      categoryChanges.add(change);
      if (trim(body.name()) != null) {
        // a category retired stays in use until the checklists are saved (as the API would: checklists, then retirements)
        known.put(code, new Known(trim(body.name()), change.retires() || body.active() == null || body.active()));
      }
    }

    List<ChecklistChange> checklistChanges = new ArrayList<>();
    Map<String, List<ItemView>> checklistsAfter = catalogue.currentChecklists();
    List<ReadRow> itemRows = sheets.getOrDefault(CHECKLISTS, List.of());
    Map<String, List<ReadRow>> byChecklist = new LinkedHashMap<>();
    for (ReadRow row : itemRows) {
      String code = trim(row.text("checklist"));
      if (code != null) {
        byChecklist.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<ReadRow>> entry : byChecklist.entrySet()) {
      String code = entry.getKey();
      List<ReadRow> rows = entry.getValue();
      if (!checklistsAfter.containsKey(code)) {
        found.invalid(CHECKLISTS, rows.get(0).row(), "排查表", "排查表“" + code + "”不存在：可用 "
            + String.join("、", catalogue.checklistCodes()) + "（village 村级、unit 企事业单位）；这 " + rows.size()
            + " 行都未导入。");
        continue;
      }
      List<ReadRow> ordered = ordered(rows, found);
      Integer version = version(ordered, found);
      ChecklistRequest body = new ChecklistRequest(ordered.stream().map(CatalogueWorkbook::itemRequest).toList(), version);
      ChecklistView was = catalogue.checklist(code);
      List<ItemView> wanted = body.items().stream().map(CatalogueWorkbook::itemView).toList();
      if (wanted.equals(was.items())) {
        continue;
      }
      ReadRow firstDifferent = ordered.get(firstDifference(wanted, was.items(), ordered.size()));
      refusal.ifPresent(why -> found.refused(CHECKLISTS, firstDifferent.row(), "项目编码", why));
      catalogue.staleChecklist(was, version).ifPresent(why -> found.conflict(CHECKLISTS,
          ordered.stream().filter(r -> r.integer("version") != null).findFirst().orElse(ordered.get(0)).row(), VERSION, why));
      Catalogue.CheckedItems checked = Catalogue.checkItems(body.items(), known);
      checked.problems().forEach(p -> locateItem(p, ordered, found::invalid));
      checklistChanges.add(new ChecklistChange(code, ordered, body, was));
      checklistsAfter.put(code, wanted);
    }

    for (CategoryChange change : categoryChanges) {
      if (change.retires()) {
        Optional<String> used = catalogue.retirementConflict(change.current().code(), change.current().name(),
            checklistsAfter, registryAfter);
        if (used.isPresent()) {
          // refused, it stays in use: what defaults to it is not a second problem
          found.conflict(CATEGORIES, change.row().row(), "启用", used.get());
        } else {
          Known was = known.get(change.current().code());
          known.put(change.current().code(), new Known(was.name(), false));
        }
      }
    }
    return new CheckedSheets(found, categoryChanges, checklistChanges, known, categoryRows.size(), itemRows.size());
  }

  /** The request a category row makes: blank 启用 is 是; blank 排序 keeps the order (a new one goes last). */
  private static CategoryRequest categoryRequest(ReadRow row, String code, CategoryView was) {
    Boolean active = row.bool("active");
    Integer version = row.integer("version");
    return new CategoryRequest(code, row.text("name"), row.text("hint"), row.text("group"), row.integer("sortOrder"),
        active == null ? Boolean.TRUE : active, row.bool("routeToCatchAll"),
        was == null || version == null ? null : version.longValue());
  }

  /** Whether a row holds what the catalogue holds (兜底分办 of an existing category is the routing table's, not compared). */
  private static boolean sameCategory(CategoryView was, CategoryRequest row) {
    return Objects.equals(was.name(), trim(row.name()))
        && Objects.equals(trim(was.hint()), trim(row.hint()))
        && Objects.equals(was.group(), trim(row.group()))
        && was.active() == (row.active() == null || row.active())
        && (row.sortOrder() == null || row.sortOrder() == was.sortOrder());
  }

  /** A checklist's rows by 序号; two rows of the same 序号 are a problem at the second. */
  private static List<ReadRow> ordered(List<ReadRow> rows, Problems found) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (ReadRow row : rows) {
      Integer position = row.integer("position");
      if (position != null) {
        Integer first = seen.putIfAbsent(position, row.row());
        if (first != null) {
          found.invalid(CHECKLISTS, row.row(), "序号", "与第 " + first + " 行的序号相同（" + position + "）：同一排查表中序号不能重复。");
        }
      }
    }
    List<ReadRow> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing((ReadRow r) -> r.integer("position"), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(ReadRow::row));
    return ordered;
  }

  /** The version a checklist's rows were exported with; rows of another version are a problem. */
  private static Integer version(List<ReadRow> rows, Problems found) {
    ReadRow first = rows.stream().filter(r -> r.integer("version") != null)
        .min(Comparator.comparingInt(ReadRow::row)).orElse(null);
    if (first == null) {
      return null;
    }
    for (ReadRow row : rows) {
      Integer version = row.integer("version");
      if (version != null && !version.equals(first.integer("version"))) {
        found.invalid(CHECKLISTS, row.row(), VERSION, "与第 " + first.row() + " 行的版本不同（第 " + version + " 版与第 "
            + first.integer("version") + " 版）：同一排查表的行应来自同一次导出，请勿修改“版本”列；请重新导出后再改。");
      }
    }
    return first.integer("version");
  }

  private static ItemRequest itemRequest(ReadRow row) {
    Map<String, String> byKind = new LinkedHashMap<>();
    for (GridKind kind : GridKind.values()) {
      String category = trim(row.text(kindField(kind)));
      if (category != null) {
        byKind.put(kind.name(), category);
      }
    }
    return new ItemRequest(row.text("key"), row.text("label"), row.text("hint"), row.text("defaultCategory"), byKind);
  }

  /** An item as the catalogue would hold the request, to compare with its current version. */
  private static ItemView itemView(ItemRequest item) {
    Map<GridKind, String> byKind = new EnumMap<>(GridKind.class);
    item.defaultCategoryByGridKind().forEach((kind, category) -> byKind.put(GridKind.valueOf(kind), category));
    return new ItemView(trim(item.key()), trim(item.label()), trim(item.hint()), trim(item.defaultCategory()), byKind);
  }

  private static int firstDifference(List<ItemView> wanted, List<ItemView> was, int rows) {
    for (int i = 0; i < Math.min(wanted.size(), was.size()); i++) {
      if (!wanted.get(i).equals(was.get(i))) {
        return i;
      }
    }
    return Math.min(Math.min(wanted.size(), was.size()), rows - 1);
  }

  /** The cell of an item problem the catalogue names by its API field ({@code items[2].label}). */
  private static void locateItem(ApiError.FieldError problem, List<ReadRow> rows, Located into) {
    Matcher m = ITEM_FIELD.matcher(problem.field());
    if (!m.matches()) {
      ReadRow last = rows.get(rows.size() - 1);
      into.add(CHECKLISTS, problem.field().equals("version") ? rows.get(0).row() : last.row(),
          problem.field().equals("version") ? VERSION : "序号", problem.message());
      return;
    }
    int index = Integer.parseInt(m.group(1));
    ReadRow row = rows.get(Math.min(index, rows.size() - 1));
    String field = m.group(2);
    String column = field == null ? "项目编码"
        : field.equals("defaultCategoryByGridKind") && m.group(3) != null
            ? Arrays.stream(GridKind.values()).filter(k -> k.name().equals(m.group(3))).findFirst()
                .map(CatalogueWorkbook::kindHeader).orElse("默认类别")
            : ITEM_COLUMNS.getOrDefault(field, "项目编码");
    // the workbook's row number says where; the API's 「第 3 项：」 would count items, not rows
    into.add(CHECKLISTS, row.row(), column, problem.message().replaceFirst("^第 \\d+ 项：", ""));
  }

  private static String column(Map<String, String> columns, String field) {
    return columns.getOrDefault(field, columns.get("code"));
  }

  @FunctionalInterface
  private interface Located {
    void add(String sheet, int row, String column, String message);
  }

  /** The problems found, by kind, each at its cell. */
  private static final class Problems {
    final List<CellProblem> refused = new ArrayList<>();
    final List<CellProblem> invalid = new ArrayList<>();
    final List<CellProblem> conflicts = new ArrayList<>();

    void refused(String sheet, int row, String column, String message) {
      refused.add(new CellProblem(sheet, row, column, message));
    }

    void invalid(String sheet, int row, String column, String message) {
      invalid.add(new CellProblem(sheet, row, column, message));
    }

    void conflict(String sheet, int row, String column, String message) {
      conflicts.add(new CellProblem(sheet, row, column, message));
    }
  }

  // ---- applying

  /** The checked sheets: what to change, through the catalogue's own methods, in the import's transaction. */
  private final class CheckedSheets implements Checked {
    private final Problems found;
    private final List<CategoryChange> categories;
    private final List<ChecklistChange> checklists;
    private final Map<String, Known> after;
    private final int categoryRows;
    private final int itemRows;
    private final Map<String, Integer> savedVersions = new LinkedHashMap<>();

    CheckedSheets(Problems found, List<CategoryChange> categories, List<ChecklistChange> checklists,
        Map<String, Known> after, int categoryRows, int itemRows) {
      this.found = found;
      this.categories = categories;
      this.checklists = checklists;
      this.after = after;
      this.categoryRows = categoryRows;
      this.itemRows = itemRows;
      checklists.forEach(c -> savedVersions.put(c.code(), c.current().version() + 1));
    }

    @Override
    public List<CellProblem> refused() {
      return found.refused;
    }

    @Override
    public List<CellProblem> problems() {
      return found.invalid;
    }

    @Override
    public List<CellProblem> conflicts() {
      return found.conflicts;
    }

    @Override
    public CategoryCodes categoriesAfter() {
      return code -> Catalogue.refusalOf(code, after.get(code));
    }

    /**
     * New and changed categories first (an item may default to a new one), then the checklists,
     * then the categories retired (once no item of the new checklists defaults to them). Each
     * through the API's method, which checks once more against the catalogue as it is now.
     */
    @Override
    public void apply(CurrentUser importer, RegistryData registryAfter) {
      for (CategoryChange change : categories) {
        if (!change.retires()) {
          applying(change.row(), () -> change.creates() ? catalogue.createCategory(importer, change.body())
              : catalogue.updateCategory(importer, change.current().code(), change.body(), registryAfter));
        }
      }
      for (ChecklistChange change : checklists) {
        try {
          savedVersions.put(change.code(), catalogue.saveChecklist(importer, change.code(), change.body()).version());
        } catch (ApiException e) {
          List<CellProblem> cells = new ArrayList<>();
          if (e.fieldErrors().isEmpty()) {
            cells.add(new CellProblem(CHECKLISTS, change.rows().get(0).row(), "排查表", e.getMessage()));
          }
          e.fieldErrors().forEach(f -> locateItem(f, change.rows(),
              (sheet, row, column, message) -> cells.add(new CellProblem(sheet, row, column, message))));
          throw located(e, cells);
        }
      }
      for (CategoryChange change : categories) {
        if (change.retires()) {
          applying(change.row(), () -> catalogue.updateCategory(importer, change.current().code(), change.body(),
              registryAfter));
        }
      }
    }

    private void applying(ReadRow row, java.util.function.Supplier<CategoryView> change) {
      try {
        change.get();
      } catch (ApiException e) {
        List<CellProblem> cells = new ArrayList<>();
        if (e.fieldErrors().isEmpty()) {
          cells.add(new CellProblem(CATEGORIES, row.row(), e.status().value() == 409 ? "启用" : "类别编码", e.getMessage()));
        }
        e.fieldErrors().forEach(f -> cells.add(new CellProblem(CATEGORIES, row.row(), column(CATEGORY_COLUMNS, f.field()),
            f.message())));
        throw located(e, cells);
      }
    }

    @Override
    public Outcome outcome() {
      int created = (int) categories.stream().filter(CategoryChange::creates).count();
      return new Outcome(categoryRows, itemRows, created, categories.size() - created, Map.copyOf(savedVersions));
    }
  }

  /** The catalogue's answer to one change, located at its cells: the import is rolled back with it. */
  private static ApiException located(ApiException e, List<CellProblem> cells) {
    List<ApiError.FieldError> fields = cells.stream().map(c -> new ApiError.FieldError(c.field(), c.message())).toList();
    String message = "未导入任何数据：" + e.getMessage();
    return switch (e.status()) {
      case CONFLICT -> ApiException.conflict(message, fields);
      case FORBIDDEN -> ApiException.forbidden(message, fields);
      default -> ApiException.invalid(message, fields);
    };
  }
}
