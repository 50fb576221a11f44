package cn.safegrid.catalogue;

import cn.safegrid.catalogue.CatalogueRequests.CategoryRequest;
import cn.safegrid.catalogue.CatalogueRequests.ChecklistRequest;
import cn.safegrid.catalogue.CatalogueRequests.ItemRequest;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.catalogue.CatalogueViews.ChangeView;
import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.catalogue.CatalogueViews.ItemView;
import cn.safegrid.catalogue.CatalogueViews.Option;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The town's catalogues: the hazard categories and the daily inspection checklists. Everybody
 * reads them; administrators and the safety office change them — the same editors as the grid
 * registry ({@link RegistryAccess#canEdit}), whichever door (REST, workbook) the change comes
 * through. Every change is checked whole (400 naming the field), refused while open work depends
 * on what it would remove (409), and entered in {@code sg_catalogue_change}.
 *
 * <p>A checklist is saved as a new version; a round keeps the version it opened with
 * ({@code sg_inspection.checklist_version}), so an edit applies from the next round on.
 */
@Service
@Transactional
public class Catalogue implements cn.safegrid.grid.CategoryCodes {

  private final org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Registry> registry;

  /** The report form's 其他: no category fits; the routing table's catch-all (safety office) routes it. */
  public static final String OTHER = "other";
  public static final String OTHER_NAME = "其他";

  static final String EDITORS_ONLY = "只有系统管理员和领导小组办公室可以修改隐患类别和排查表。";
  static final Pattern CATEGORY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern ITEM_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
  static final int MAX_ITEMS = 100;

  private final CategoryRepository categories;
  private final ChecklistHeadRepository checklists;
  private final ChecklistVersionRepository versions;
  private final CatalogueChangeRepository changes;
  private final RegistryAccess access;
  private final RoutingTable routing;
  private final List<CategoryUse> uses;
  private final TownClock clock;

  Catalogue(CategoryRepository categories, ChecklistHeadRepository checklists, ChecklistVersionRepository versions,
      CatalogueChangeRepository changes, RegistryAccess access, RoutingTable routing, List<CategoryUse> uses,
      TownClock clock, org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Registry> registry) {
    this.registry = registry;
    this.categories = categories;
    this.checklists = checklists;
    this.versions = versions;
    this.changes = changes;
    this.access = access;
    this.routing = routing;
    this.uses = uses;
    this.clock = clock;
  }

  // ---- reading

  @Transactional(readOnly = true)
  public List<CategoryView> categories() {
    Set<String> named = routing.namedCodes();
    return categories.findAllByOrderBySortOrderAscCodeAsc().stream().map(c -> view(c, named)).toList();
  }

  /** For the registry: a grid's or key place's default category must be an active one. */
  @Override
  @Transactional(readOnly = true)
  public Optional<String> refusal(String code) {
    Optional<Category> category = categories.findById(code);
    if (category.isEmpty()) {
      return Optional.of("“" + code + "”不在隐患类别目录中，请填写目录中的类别编码（如 auto-repair、biogas）");
    }
    return category.get().isActive() ? Optional.empty() : Optional.of("“" + category.get().getName() + "”已停用，请另选类别");
  }

  @Transactional(readOnly = true)
  public Optional<CategoryView> category(String code) {
    return code == null ? Optional.empty()
        : categories.findById(code.trim()).map(c -> view(c, routing.namedCodes()));
  }

  /**
   * The name a hazard of this code is filed with: the catalogue's (also of a retired category),
   * 其他, or — for a code the catalogue does not know — the code as reported.
   */
  @Transactional(readOnly = true)
  public String categoryName(String code) {
    if (code == null || code.isBlank()) {
      return "未填写类别";
    }
    if (code.trim().equals(OTHER)) {
      return OTHER_NAME;
    }
    return categories.findById(code.trim()).map(Category::getName).orElse("未列明类别（" + code.trim() + "）");
  }

  /** The categories a form offers, in the catalogue's order, with 其他 last: active ones only. */
  @Transactional(readOnly = true)
  public List<Option> categoryOptions() {
    List<Option> options = new ArrayList<>();
    categories.findAllByOrderBySortOrderAscCodeAsc().stream().filter(Category::isActive)
        .forEach(c -> options.add(new Option(c.getGroupName() + " · " + c.getName(), c.getCode())));
    options.add(new Option(OTHER_NAME, OTHER));
    return options;
  }

  /** The checklist new rounds ask (its current version). */
  @Transactional(readOnly = true)
  public ChecklistView checklist(String code) {
    ChecklistHead head = head(code);
    return checklist(head.getCode(), head.getCurrentVersion());
  }

  /** A version of a checklist, e.g. the one an earlier round asked. */
  @Transactional(readOnly = true)
  public ChecklistView checklist(String code, int version) {
    return versions.findByChecklistCodeAndVersionNo(code, version).map(Catalogue::view)
        .orElseThrow(() -> ApiException.notFound("排查表“" + code + "”没有第 " + version + " 版"));
  }

  @Transactional(readOnly = true)
  public List<ChangeView> changes() {
    return changes.findTop200ByOrderByOccurredAtDescIdDesc().stream()
        .map(c -> new ChangeView(c.getOccurredAt(), c.getUserId(), c.getSubject(), c.getDescription())).toList();
  }

  public boolean canEdit(CurrentUser user) {
    return access.canEdit(user);
  }

  // ---- changing

  /** Adds a category (400 for a bad field, a code that exists, or an unconfirmed catch-all route). */
  public CategoryView createCategory(CurrentUser user, CategoryRequest body) {
    requireEditor(user);
    List<ApiError.FieldError> problems = new ArrayList<>();
    String code = trim(body.code());
    if (code == null) {
      problems.add(field("code", "请填写类别编码"));
    } else if (code.length() > 64 || !CATEGORY_CODE.matcher(code).matches()) {
      problems.add(field("code", "类别编码“" + code + "”无效：只能用小写字母、数字和连字符，不超过 64 位"));
    } else if (code.equals(OTHER)) {
      problems.add(field("code", "类别编码“other”是表单的“其他”，不能作为新类别"));
    } else if (categories.existsById(code)) {
      problems.add(field("code", "类别编码“" + code + "”已存在，请换一个编码，或修改已有的类别"));
    }
    checkCategoryFields(body, code, problems);
    if (problems.isEmpty() && !routing.names(code) && !Boolean.TRUE.equals(body.routeToCatchAll())) {
      problems.add(field("routeToCatchAll", "路由表（hazard-routing.dmn）中没有类别“" + code + "”的规则，"
          + "这类隐患将由兜底规则交领导小组办公室分办。确认如此请在请求中写明 \"routeToCatchAll\": true；"
          + "否则请先在路由表中为它增加一条规则"));
    }
    requireNoProblems(problems, "隐患类别");
    int sortOrder = body.sortOrder() != null ? body.sortOrder()
        : categories.findAll().stream().mapToInt(Category::getSortOrder).max().orElse(0) + 10;
    Category category = new Category(code, trim(body.name()), trim(body.hint()), trim(body.group()),
        body.active() == null || body.active(), sortOrder, !routing.names(code));
    category.changedBy(user.userId(), clock.now());
    categories.save(category);
    record(user, "隐患类别 " + code, "新建：" + describe(category));
    return view(category, routing.namedCodes());
  }

  /** Changes a category; retiring one that open hazards or a checklist still use is refused. */
  public CategoryView updateCategory(CurrentUser user, String code, CategoryRequest body) {
    requireEditor(user);
    Category category = categories.findById(code)
        .orElseThrow(() -> ApiException.notFound("隐患类别“" + code + "”不存在"));
    List<ApiError.FieldError> problems = new ArrayList<>();
    if (trim(body.code()) != null && !trim(body.code()).equals(code)) {
      problems.add(field("code", "类别编码不能修改（地址中为“" + code + "”，请求中为“" + trim(body.code()) + "”）"));
    }
    checkCategoryFields(body, code, problems);
    requireNoProblems(problems, "隐患类别");
    boolean active = body.active() == null ? category.isActive() : body.active();
    if (category.isActive() && !active) {
      requireUnused(category);
    }
    String before = describe(category);
    category.change(trim(body.name()), trim(body.hint()), trim(body.group()), active,
        body.sortOrder() == null ? category.getSortOrder() : body.sortOrder());
    category.changedBy(user.userId(), clock.now());
    record(user, "隐患类别 " + code, "修改：" + before + " → " + describe(category));
    return view(category, routing.namedCodes());
  }

  /** Saves the checklist's items as its next version; rounds opened from now on ask them. */
  public ChecklistView saveChecklist(CurrentUser user, String code, ChecklistRequest body) {
    requireEditor(user);
    ChecklistHead head = checklists.lockForEdit(code == null ? "" : code)
        .orElseThrow(() -> ApiException.notFound("排查表“" + code + "”不存在：可用 village（村级）或 unit（企事业单位）"));
    List<ChecklistEntry> entries = checkedItems(body == null ? null : body.items());
    int next = head.getCurrentVersion() + 1;
    ChecklistVersion version = versions.save(new ChecklistVersion(head.getCode(), next, clock.now(), user.userId(), entries));
    head.setCurrentVersion(next);
    record(user, "排查表 " + code, "第 " + next + " 版，" + entries.size() + " 项："
        + entries.stream().map(e -> e.getKey() + "（" + e.getLabel() + "）").collect(Collectors.joining("、")));
    return view(version);
  }

  // ---- rules

  private void requireEditor(CurrentUser user) {
    if (user == null || !access.canEdit(user)) {
      throw ApiException.forbidden(EDITORS_ONLY);
    }
  }

  private static void checkCategoryFields(CategoryRequest body, String code, List<ApiError.FieldError> problems) {
    String name = trim(body.name());
    if (name == null) {
      problems.add(field("name", "请填写类别名称"));
    } else if (name.length() > 100) {
      problems.add(field("name", "类别名称不能超过 100 个字"));
    }
    String group = trim(body.group());
    if (group == null) {
      problems.add(field("group", "请填写类别所属的分组（例如 消防、用电、建设施工、交通）"));
    } else if (group.length() > 50) {
      problems.add(field("group", "分组名称不能超过 50 个字"));
    }
    if (body.hint() != null && body.hint().trim().length() > 500) {
      problems.add(field("hint", "类别说明不能超过 500 个字"));
    }
    if (body.sortOrder() != null && (body.sortOrder() < 0 || body.sortOrder() > 1_000_000)) {
      problems.add(field("sortOrder", "排序号须在 0 到 1000000 之间"));
    }
  }

  private void requireUnused(Category category) {
    long open = uses.stream().mapToLong(u -> u.openHazardsWith(category.getCode())).sum();
    if (open > 0) {
      throw ApiException.conflict("还有 " + open + " 项未销号的隐患属于类别“" + category.getName()
          + "”，不能停用；请在这些隐患销号后再停用。");
    }
    List<String> defaulting = new ArrayList<>();
    for (ChecklistHead head : checklists.findAll()) {
      ChecklistView current = checklist(head.getCode(), head.getCurrentVersion());
      current.items().stream()
          .filter(i -> category.getCode().equals(i.defaultCategory()) || i.defaultCategoryByGridKind().containsValue(category.getCode()))
          .forEach(i -> defaulting.add(head.getCode() + " · " + i.label()));
    }
    if (!defaulting.isEmpty()) {
      throw ApiException.conflict("排查表项目 " + String.join("、", defaulting) + " 以类别“" + category.getName()
          + "”为默认类别，不能停用；请先修改这些项目的默认类别。");
    }
    cn.safegrid.grid.Registry towns = registry.getIfAvailable();
    if (towns != null) {
      var data = towns.current().data();
      List<String> places = new ArrayList<>();
      data.grids().stream().filter(g -> category.getCode().equals(g.hazardCategory())).forEach(g -> places.add(g.name()));
      data.keyPlaces().stream().filter(k -> category.getCode().equals(k.hazardCategory()))
          .forEach(k -> places.add(k.name() + "（" + k.gridCode() + "）"));
      if (!places.isEmpty()) {
        throw ApiException.conflict("网格台账中的 " + String.join("、", places.subList(0, Math.min(5, places.size())))
            + (places.size() > 5 ? " 等 " + places.size() + " 处" : "") + " 以类别“" + category.getName()
            + "”为隐患默认类别，不能停用；请先在网格台账中修改。");
      }
    }
  }

  private List<ChecklistEntry> checkedItems(List<ItemRequest> items) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    if (items == null || items.isEmpty()) {
      throw ApiException.invalidField("items", "排查表至少要有一个项目");
    }
    if (items.size() > MAX_ITEMS) {
      throw ApiException.invalidField("items", "排查表最多 " + MAX_ITEMS + " 个项目");
    }
    Map<String, Category> known = categories.findAll().stream()
        .collect(Collectors.toMap(Category::getCode, Function.identity()));
    Set<String> keys = new HashSet<>();
    Set<String> labels = new HashSet<>();
    List<ChecklistEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ItemRequest item = items.get(i);
      String at = "items[" + i + "].";
      if (item == null) {
        problems.add(field("items[" + i + "]", "第 " + (i + 1) + " 项为空"));
        continue;
      }
      String key = trim(item.key());
      if (key == null) {
        problems.add(field(at + "key", "第 " + (i + 1) + " 项：请填写项目编码"));
      } else if (key.length() > 64 || !ITEM_KEY.matcher(key).matches()) {
        problems.add(field(at + "key", "第 " + (i + 1) + " 项：项目编码“" + key + "”无效，须以字母开头，只含字母和数字，不超过 64 位"));
      } else if (!keys.add(key)) {
        problems.add(field(at + "key", "第 " + (i + 1) + " 项：项目编码“" + key + "”重复"));
      }
      String label = trim(item.label());
      if (label == null) {
        problems.add(field(at + "label", "第 " + (i + 1) + " 项：请填写项目名称"));
      } else if (label.length() > 100) {
        problems.add(field(at + "label", "第 " + (i + 1) + " 项：项目名称不能超过 100 个字"));
      } else if (!labels.add(label)) {
        problems.add(field(at + "label", "第 " + (i + 1) + " 项：项目名称“" + label + "”重复"));
      }
      if (item.hint() != null && item.hint().trim().length() > 500) {
        problems.add(field(at + "hint", "第 " + (i + 1) + " 项：检查要点不能超过 500 个字"));
      }
      String defaultCategory = trim(item.defaultCategory());
      checkDefault(defaultCategory, known, at + "defaultCategory", i, problems);
      Map<GridKind, String> byKind = new EnumMap<>(GridKind.class);
      if (item.defaultCategoryByGridKind() != null) {
        for (Map.Entry<String, String> e : new LinkedHashMap<>(item.defaultCategoryByGridKind()).entrySet()) {
          String kindName = e.getKey() == null ? "" : e.getKey().trim();
          GridKind kind = java.util.Arrays.stream(GridKind.values()).filter(k -> k.name().equals(kindName))
              .findFirst().orElse(null);
          String where = at + "defaultCategoryByGridKind." + kindName;
          if (kind == null) {
            problems.add(field(where, "第 " + (i + 1) + " 项：网格类型“" + kindName + "”不存在，可用 "
                + java.util.Arrays.stream(GridKind.values()).map(k -> k.name() + "（" + k.label() + "）")
                    .collect(Collectors.joining("、"))));
            continue;
          }
          String category = trim(e.getValue());
          if (category == null) {
            problems.add(field(where, "第 " + (i + 1) + " 项：请为网格类型“" + kind.label() + "”填写默认类别，或去掉这一项"));
            continue;
          }
          checkDefault(category, known, where, i, problems);
          byKind.put(kind, category);
        }
      }
      entries.add(new ChecklistEntry(i + 1, key, label, trim(item.hint()), defaultCategory, KindDefaults.format(byKind)));
    }
    requireNoProblems(problems, "排查表");
    return entries;
  }

  private static void checkDefault(String code, Map<String, Category> known, String where, int i,
      List<ApiError.FieldError> problems) {
    if (code == null) {
      return;
    }
    Category category = known.get(code);
    if (category == null) {
      problems.add(field(where, "第 " + (i + 1) + " 项：默认类别“" + code + "”不是隐患类别目录中的类别"));
    } else if (!category.isActive()) {
      problems.add(field(where, "第 " + (i + 1) + " 项：默认类别“" + category.getName() + "”（" + code + "）已停用"));
    }
  }

  private static void requireNoProblems(List<ApiError.FieldError> problems, String what) {
    if (!problems.isEmpty()) {
      throw ApiException.invalid(what + "有 " + problems.size() + " 处需要改正：" + problems.get(0).message()
          + (problems.size() > 1 ? " 等" : ""), problems);
    }
  }

  private void record(CurrentUser user, String subject, String description) {
    changes.save(new CatalogueChange(clock.now(), user.userId(), subject, description));
  }

  private static String describe(Category c) {
    return c.getName() + "（" + c.getGroupName() + "，" + (c.isActive() ? "使用" : "停用") + "，排序 " + c.getSortOrder() + "）";
  }

  private ChecklistHead head(String code) {
    return checklists.findById(code == null ? "" : code)
        .orElseThrow(() -> ApiException.notFound("排查表“" + code + "”不存在：可用 village（村级）或 unit（企事业单位）"));
  }

  private static CategoryView view(Category c, Set<String> named) {
    return new CategoryView(c.getCode(), c.getName(), c.getHint(), c.getGroupName(), c.isActive(), c.getSortOrder(),
        !named.contains(c.getCode()), c.getChangedAt(), c.getChangedBy());
  }

  private static ChecklistView view(ChecklistVersion v) {
    return new ChecklistView(v.getChecklistCode(), v.getVersionNo(), v.getCreatedAt(), v.getCreatedBy(),
        v.getItems().stream().map(e -> new ItemView(e.getKey(), e.getLabel(), e.getHint(), e.getDefaultCategory(),
            KindDefaults.parse(e.getKindDefaults()))).toList());
  }

  private static ApiError.FieldError field(String name, String message) {
    return new ApiError.FieldError(name, message);
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
