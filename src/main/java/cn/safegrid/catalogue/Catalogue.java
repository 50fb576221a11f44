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
import cn.safegrid.grid.RegistryData;
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
 * on what it would remove (409), refused when it is based on a version someone else has changed
 * since (409 naming who: two people editing the same category or checklist at once), and entered
 * in {@code sg_catalogue_change}. The rules are methods over a given state, so that the workbook
 * import ({@link CatalogueWorkbook}) judges its rows by the same rules against the catalogue and
 * registry it leaves, then makes its changes through the API's methods.
 *
 * <p>A checklist is saved as a new version; a round keeps the version it opened with
 * ({@code sg_inspection.checklist_version}), so an edit applies from the next round on.
 */
@Service
@Transactional
public class Catalogue implements cn.safegrid.grid.CategoryCodes {

  private final org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Registry> registry;
  private final org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Officers> officers;
  private final org.springframework.transaction.PlatformTransactionManager transactions;

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
      TownClock clock, org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Registry> registry,
      org.springframework.beans.factory.ObjectProvider<cn.safegrid.grid.Officers> officers,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.transactions = transactions;
    this.registry = registry;
    this.officers = officers;
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
    return refusalOf(code, categories.findById(code).map(c -> new Known(c.getName(), c.isActive())).orElse(null));
  }

  /** Why a grid or key place may not default to {@code code}, which the rules know as {@code known} (null: unknown). */
  static Optional<String> refusalOf(String code, Known known) {
    if (known == null) {
      return Optional.of("“" + code + "”不在隐患类别目录中，请填写目录中的类别编码（如 auto-repair、biogas）");
    }
    return known.active() ? Optional.empty() : Optional.of("“" + known.name() + "”已停用，请另选类别");
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
    List<ApiError.FieldError> problems = newCategoryProblems(body, categories::existsById, routing.namedCodes(),
        "确认如此请在请求中写明 \"routeToCatchAll\": true；否则请先在路由表中为它增加一条规则");
    requireNoProblems(problems, "隐患类别");
    String code = trim(body.code());
    int sortOrder = body.sortOrder() != null ? body.sortOrder()
        : categories.findAll().stream().mapToInt(Category::getSortOrder).max().orElse(0) + 10;
    Category category = new Category(code, trim(body.name()), trim(body.hint()), trim(body.group()),
        body.active() == null || body.active(), sortOrder, !routing.namedCodes().contains(code));
    category.changedBy(user.userId(), clock.now());
    try {
      categories.saveAndFlush(category); // now, so that a code taken meanwhile is this request's 409
    } catch (org.springframework.dao.DataIntegrityViolationException taken) {
      String why = createdMeanwhile(code);
      throw ApiException.conflict(why, List.of(field("code", why)));
    }
    record(user, "隐患类别 " + code, "新建：" + describe(category));
    return view(category, routing.namedCodes());
  }

  /**
   * Changes a category. Refused (409) when the request names the version it was read at and the
   * category has changed since (someone else's edit in between: the answer names him), and when
   * retiring one that open hazards, a checklist or the registry still use.
   */
  public CategoryView updateCategory(CurrentUser user, String code, CategoryRequest body) {
    cn.safegrid.grid.Registry towns = registry.getIfAvailable();
    return updateCategory(user, code, body, towns == null ? null : towns.current().data());
  }

  /**
   * The same, judging a retirement against {@code registryAfter}: the registry as the change
   * leaves it (a workbook import changes a grid's default category and retires the category together).
   */
  CategoryView updateCategory(CurrentUser user, String code, CategoryRequest body, RegistryData registryAfter) {
    requireEditor(user);
    // the row stays locked to the end of the transaction: a concurrent edit waits and then sees this one
    Category category = categories.lockForEdit(code == null ? "" : code)
        .orElseThrow(() -> ApiException.notFound("隐患类别“" + code + "”不存在"));
    Optional<String> stale = staleCategory(view(category, Set.of()), body.version());
    if (stale.isPresent()) {
      throw ApiException.conflict(stale.get(), List.of(field("version", stale.get())));
    }
    List<ApiError.FieldError> problems = new ArrayList<>();
    if (trim(body.code()) != null && !trim(body.code()).equals(code)) {
      problems.add(field("code", "类别编码不能修改（地址中为“" + code + "”，请求中为“" + trim(body.code()) + "”）"));
    }
    problems.addAll(categoryFieldProblems(body));
    requireNoProblems(problems, "隐患类别");
    boolean active = body.active() == null ? category.isActive() : body.active();
    if (category.isActive() && !active) {
      Optional<String> used = retirementConflict(category.getCode(), category.getName(), currentChecklists(), registryAfter);
      if (used.isPresent()) {
        throw ApiException.conflict(used.get());
      }
    }
    String before = describe(category);
    category.change(trim(body.name()), trim(body.hint()), trim(body.group()), active,
        body.sortOrder() == null ? category.getSortOrder() : body.sortOrder());
    category.changedBy(user.userId(), clock.now());
    categories.saveAndFlush(category); // the answer gives the new version
    record(user, "隐患类别 " + code, "修改：" + before + " → " + describe(category));
    return view(category, routing.namedCodes());
  }

  /**
   * Saves the checklist's items as its next version; rounds opened from now on ask them. Refused
   * (409) when the request names the version it was read at and another has been saved since.
   */
  public ChecklistView saveChecklist(CurrentUser user, String code, ChecklistRequest body) {
    requireEditor(user);
    ChecklistHead head = checklists.lockForEdit(code == null ? "" : code)
        .orElseThrow(() -> ApiException.notFound("排查表“" + code + "”不存在：可用 village（村级）或 unit（企事业单位）"));
    Optional<String> stale = staleChecklist(checklist(head.getCode(), head.getCurrentVersion()),
        body == null ? null : body.version());
    if (stale.isPresent()) {
      throw ApiException.conflict(stale.get(), List.of(field("version", stale.get())));
    }
    CheckedItems checked = checkItems(body == null ? null : body.items(), knownCategories());
    requireNoProblems(checked.problems(), "排查表");
    List<ChecklistEntry> entries = checked.entries();
    int next = head.getCurrentVersion() + 1;
    ChecklistVersion version = versions.save(new ChecklistVersion(head.getCode(), next, clock.now(), user.userId(), entries));
    head.setCurrentVersion(next);
    record(user, "排查表 " + code, "第 " + next + " 版，" + entries.size() + " 项："
        + entries.stream().map(e -> e.getKey() + "（" + e.getLabel() + "）").collect(Collectors.joining("、")));
    return view(version);
  }

  /**
   * The categories whose hazards someone confirmed the catch-all (the safety office) should route —
   * when the category was added without a rule, or when a routing table without one was deployed.
   */
  @Transactional(readOnly = true)
  public Set<String> catchAllConfirmed() {
    return categories.findAll().stream().filter(Category::isCatchAllConfirmed).map(Category::getCode)
        .collect(Collectors.toSet());
  }

  /** Records that {@code user} confirmed these categories go to the catch-all (a routing table was deployed without rules for them). */
  public void confirmCatchAll(CurrentUser user, Set<String> codes) {
    for (String code : codes) {
      categories.findById(code).filter(c -> !c.isCatchAllConfirmed()).ifPresent(category -> {
        category.confirmCatchAll();
        record(user, "隐患类别 " + code, category.getName() + "：确认由路由表的兜底规则交领导小组办公室分办");
      });
    }
  }

  /** The category codes the deployed routing table names (the others go to its catch-all). */
  Set<String> routedCodes() {
    return routing.namedCodes();
  }

  /** The checklists' codes (village, unit). */
  @Transactional(readOnly = true)
  public List<String> checklistCodes() {
    return checklists.findAll().stream().map(ChecklistHead::getCode).sorted().toList();
  }

  // ---- rules: each judges a change against the state given, so that the API (the catalogue as it
  // stands) and the workbook import (the catalogue and registry as the import leaves them) apply
  // the same rules

  /** What a category code is as the rules see it: its name and whether it is in use. */
  record Known(String name, boolean active) {}

  /** The items of a checklist checked: their problems by field ({@code items[2].key}), or the entries to save. */
  record CheckedItems(List<ApiError.FieldError> problems, List<ChecklistEntry> entries) {}

  /** Whether this user may change the catalogue at all: the registry's editors (one rule, {@link RegistryAccess#canEdit}). */
  Optional<String> editRefusal(CurrentUser user) {
    return user != null && access.canEdit(user) ? Optional.empty() : Optional.of(EDITORS_ONLY);
  }

  /**
   * A new category's problems: its code (missing, invalid, 其他, existing), its fields, and — a code
   * the routing table does not name — the catch-all not confirmed ({@code confirmHow}: how this
   * door confirms it).
   */
  static List<ApiError.FieldError> newCategoryProblems(CategoryRequest body, java.util.function.Predicate<String> exists,
      Set<String> named, String confirmHow) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    String code = trim(body.code());
    if (code == null) {
      problems.add(field("code", "请填写类别编码"));
    } else if (code.length() > 64 || !CATEGORY_CODE.matcher(code).matches()) {
      problems.add(field("code", "类别编码“" + code + "”无效：只能用小写字母、数字和连字符，不超过 64 位"));
    } else if (code.equals(OTHER)) {
      problems.add(field("code", "类别编码“other”是表单的“其他”，不能作为新类别"));
    } else if (exists.test(code)) {
      problems.add(field("code", "类别编码“" + code + "”已存在，请换一个编码，或修改已有的类别"));
    }
    problems.addAll(categoryFieldProblems(body));
    if (problems.isEmpty() && !named.contains(code) && !Boolean.TRUE.equals(body.routeToCatchAll())) {
      problems.add(field("routeToCatchAll", "路由表（hazard-routing.dmn）中没有类别“" + code + "”的规则，"
          + "这类隐患将由兜底规则交领导小组办公室分办。" + confirmHow));
    }
    return problems;
  }

  /** Name, group, hint and order of a category, new or changed. */
  static List<ApiError.FieldError> categoryFieldProblems(CategoryRequest body) {
    List<ApiError.FieldError> problems = new ArrayList<>();
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
    return problems;
  }

  /**
   * A change based on {@code expected} (the version its author read; null: not given, not
   * checked) of a category that now is {@code current}: stale when someone changed it in between.
   * The message names who, and when.
   */
  Optional<String> staleCategory(CategoryView current, Long expected) {
    if (expected == null || expected == current.version()) {
      return Optional.empty();
    }
    return Optional.of("隐患类别“" + current.name() + "”（" + current.code() + "）在您读取之后已被"
        + who(current.changedBy(), current.changedAt()) + "修改（您依据的版本为 " + expected + "，现为 "
        + current.version() + "）；本次修改未保存：" + FRESH_COPY);
  }

  /** The same for a checklist: another version was saved after the one the change is based on. */
  Optional<String> staleChecklist(ChecklistView current, Integer expected) {
    if (expected == null || expected == current.version()) {
      return Optional.empty();
    }
    return Optional.of("排查表“" + current.checklist() + "”在您读取第 " + expected + " 版之后已被"
        + who(current.createdBy(), current.createdAt()) + "保存为第 " + current.version() + " 版；本次修改未保存："
        + FRESH_COPY);
  }

  /**
   * Someone created a category of this code between this request's check and its insert: read
   * (committed, in a transaction of its own: this one is spoilt) who it was.
   */
  private String createdMeanwhile(String code) {
    var read = new org.springframework.transaction.support.TransactionTemplate(transactions);
    read.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    read.setReadOnly(true);
    CategoryView other = read.execute(status -> categories.findById(code).map(c -> view(c, Set.of())).orElse(null));
    return "类别编码“" + code + "”刚被" + (other == null ? "其他人" : who(other.changedBy(), other.changedAt()))
        + "新建" + (other == null ? "" : "为“" + other.name() + "”") + "；本次修改未保存：" + FRESH_COPY;
  }

  static final String FRESH_COPY = "请取得最新内容（重新读取，或重新导出工作簿）后再改。";

  /** 「 陈演海（chen.yanhai）于 11月29日 10:15 」, or 「其他人」 when the catalogue does not know who. */
  private String who(String login, java.time.Instant at) {
    if (login == null) {
      return "其他人";
    }
    cn.safegrid.grid.Officers names = officers.getIfAvailable();
    String name = names == null ? login : names.nameOf(login);
    String person = name.equals(login) ? login + " " : name + "（" + login + "）";
    return " " + person + (at == null ? "" : "于 " + clock.dayAndTime(at) + " ");
  }

  /**
   * Why a category may not be retired: open hazards of it, checklist items defaulting to it (in
   * {@code checklists}: the items of each checklist as they will be) or grids and key places of
   * {@code registry} defaulting to it; empty when none.
   */
  Optional<String> retirementConflict(String code, String name, Map<String, List<ItemView>> checklists,
      RegistryData registry) {
    long open = uses.stream().mapToLong(u -> u.openHazardsWith(code)).sum();
    if (open > 0) {
      return Optional.of("还有 " + open + " 项未销号的隐患属于类别“" + name + "”，不能停用；请在这些隐患销号后再停用。");
    }
    List<String> defaulting = new ArrayList<>();
    checklists.forEach((checklist, items) -> items.stream()
        .filter(i -> code.equals(i.defaultCategory()) || i.defaultCategoryByGridKind().containsValue(code))
        .forEach(i -> defaulting.add(checklist + " · " + i.label())));
    if (!defaulting.isEmpty()) {
      return Optional.of("排查表项目 " + String.join("、", defaulting) + " 以类别“" + name
          + "”为默认类别，不能停用；请先修改这些项目的默认类别。");
    }
    if (registry != null) {
      List<String> places = new ArrayList<>();
      registry.grids().stream().filter(g -> code.equals(g.hazardCategory())).forEach(g -> places.add(g.name()));
      registry.keyPlaces().stream().filter(k -> code.equals(k.hazardCategory()))
          .forEach(k -> places.add(k.name() + "（" + k.gridCode() + "）"));
      if (!places.isEmpty()) {
        return Optional.of("网格台账中的 " + String.join("、", places.subList(0, Math.min(5, places.size())))
            + (places.size() > 5 ? " 等 " + places.size() + " 处" : "") + " 以类别“" + name
            + "”为隐患默认类别，不能停用；请先在网格台账中修改。");
      }
    }
    return Optional.empty();
  }

  /** The categories as they stand, for checking items' default categories. */
  Map<String, Known> knownCategories() {
    Map<String, Known> known = new LinkedHashMap<>();
    categories.findAll().forEach(c -> known.put(c.getCode(), new Known(c.getName(), c.isActive())));
    return known;
  }

  /** The items each checklist's current version has. */
  Map<String, List<ItemView>> currentChecklists() {
    Map<String, List<ItemView>> current = new LinkedHashMap<>();
    for (ChecklistHead head : checklists.findAll()) {
      current.put(head.getCode(), checklist(head.getCode(), head.getCurrentVersion()).items());
    }
    return current;
  }

  /** A checklist's items, checked whole against the categories {@code known}: problems field by field, or the entries. */
  static CheckedItems checkItems(List<ItemRequest> items, Map<String, Known> known) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    if (items == null || items.isEmpty()) {
      return new CheckedItems(List.of(field("items", "排查表至少要有一个项目")), List.of());
    }
    if (items.size() > MAX_ITEMS) {
      return new CheckedItems(List.of(field("items", "排查表最多 " + MAX_ITEMS + " 个项目")), List.of());
    }
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
    return new CheckedItems(problems, problems.isEmpty() ? entries : List.of());
  }

  private void requireEditor(CurrentUser user) {
    editRefusal(user).ifPresent(why -> {
      throw ApiException.forbidden(why);
    });
  }

  private static void checkDefault(String code, Map<String, Known> known, String where, int i,
      List<ApiError.FieldError> problems) {
    if (code == null) {
      return;
    }
    Known category = known.get(code);
    if (category == null) {
      problems.add(field(where, "第 " + (i + 1) + " 项：默认类别“" + code + "”不是隐患类别目录中的类别"));
    } else if (!category.active()) {
      problems.add(field(where, "第 " + (i + 1) + " 项：默认类别“" + category.name() + "”（" + code + "）已停用"));
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
        !named.contains(c.getCode()), c.getChangedAt(), c.getChangedBy(), c.getVersion());
  }

  private static ChecklistView view(ChecklistVersion v) {
    return new ChecklistView(v.getChecklistCode(), v.getVersionNo(), v.getCreatedAt(), v.getCreatedBy(),
        v.getItems().stream().map(e -> new ItemView(e.getKey(), e.getLabel(), e.getHint(), e.getDefaultCategory(),
            KindDefaults.parse(e.getKindDefaults()))).toList());
  }

  static ApiError.FieldError field(String name, String message) {
    return new ApiError.FieldError(name, message);
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
