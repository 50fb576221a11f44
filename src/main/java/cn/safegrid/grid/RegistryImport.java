package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.MemberRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryWorkbook.CellProblem;
import cn.safegrid.grid.RegistryWorkbook.Parsed;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Imports a registry workbook: the workbook is the town's full list, so towns, people, areas,
 * departments, grids and key places are added or updated by code (rows it leaves out are kept,
 * except people, who are deactivated), and grid roles and department members are replaced by the
 * workbook's. The catalogue's sheets (隐患类别, 排查表, {@link CatalogueSheets}) are checked and
 * applied by the catalogue in the same transaction.
 * All or nothing: one problem anywhere — in a cell, against a registry rule or against a catalogue
 * rule — and nothing changes, neither the registry nor the catalogue; the answer lists every
 * problem by sheet, row and column.
 */
@Service
public class RegistryImport {

  /** Answers listing more problems than this are cut short (the rest are counted). */
  static final int MAX_LISTED_PROBLEMS = 500;

  private final Registry registry;
  private final ObjectProvider<CatalogueSheets> catalogue;

  RegistryImport(Registry registry, ObjectProvider<CatalogueSheets> catalogue) {
    this.registry = registry;
    this.catalogue = catalogue;
  }

  /**
   * Counts of one import. Maps are keyed by RegistryData property ("grids", "people", …) and, for
   * the catalogue, "categories" and "checklists" (a changed checklist is saved as a new version:
   * {@code checklistVersions} gives the version by checklist).
   */
  public record ImportSummary(String message, int towns, int people, int areas, int departments, int grids,
      int keyPlaces, int assignments, int departmentMembers, int categories, int checklistItems,
      Map<String, Integer> created, Map<String, Integer> updated, Map<String, Integer> removed,
      List<PersonRef> deactivatedPeople, Map<String, Integer> checklistVersions) {}

  public record PersonRef(String code, String name) {}

  /**
   * Reads, merges, checks and saves the workbook as one edit of the registry, or changes nothing.
   * Reading and checking happen before the registry is locked, against its current state, so a
   * workbook that would be refused never holds the lock; under the lock the (short) merge and
   * checks run once more against the registry as it is then, and the result is saved.
   */
  public ImportSummary importWorkbook(InputStream upload, CurrentUser importer) {
    CatalogueSheets sheets = catalogue.getIfAvailable();
    Parsed parsed;
    try {
      parsed = RegistryWorkbook.read(upload, sheets == null ? List.of() : sheets.layouts());
    } catch (RegistryWorkbook.UnreadableWorkbookException e) {
      throw e.wrongFormat() ? ApiException.unsupportedMediaType(e.getMessage()) : ApiException.invalid(e.getMessage());
    }
    if (parsed.tooManyRows()) {
      throw ApiException.invalid(parsed.problems().get(0).message(),
          parsed.problems().stream().map(p -> new ApiError.FieldError(p.field(), p.message())).toList());
    }
    if (parsed.structureBroken()) {
      // sheets or columns are missing: the rules would only repeat that rows are incomplete
      throw rejected(parsed.problems());
    }
    check(registry.current().data(), parsed, importer, sheets); // outside the lock
    AtomicReference<ImportSummary> summary = new AtomicReference<>();
    try {
      registry.edit(importer, current -> {
        Checked checked = check(current, parsed, importer, sheets);
        // in the edit's transaction: a registry rule or open work refused after this rolls the catalogue back too
        checked.catalogue().apply(importer, checked.registry());
        summary.set(summarize(current, parsed.data(), checked.registry(), checked.catalogue().outcome()));
        return checked.registry();
      });
    } catch (RegistryInvalidException e) {
      throw rejected(parsed.withRuleProblems(e.problems()));
    } catch (RegistryRefusedException e) {
      if (e.status() != org.springframework.http.HttpStatus.CONFLICT) {
        throw e; // already located by check()
      }
      throw located(e, parsed);
    }
    return summary.get();
  }

  /** The registry after the import and the catalogue's checked changes. */
  private record Checked(RegistryData registry, CatalogueSheets.Checked catalogue) {}

  /** No catalogue (a context without one) or a workbook without its sheets: nothing to change. */
  private static final CatalogueSheets.Checked NO_CATALOGUE = new CatalogueSheets.Checked() {
    @Override public List<CellProblem> refused() { return List.of(); }
    @Override public List<CellProblem> problems() { return List.of(); }
    @Override public List<CellProblem> conflicts() { return List.of(); }
    @Override public CategoryCodes categoriesAfter() { return null; }
    @Override public void apply(CurrentUser importer, RegistryData registryAfter) { }
    @Override public CatalogueSheets.Outcome outcome() { return CatalogueSheets.Outcome.NONE; }
  };

  /**
   * The registry after the import and the catalogue's changes, once every check passed: what the
   * importer may not change (403, exactly what the REST APIs refuse him: {@link RegistryAccess#refusals}
   * for the registry, the catalogue's own rights for its sheets), then the workbook's own problems,
   * the registry's and the catalogue's rules (400, with any conflicts listed too), then conflicts
   * with open work or with changes made meanwhile (409).
   */
  private Checked check(RegistryData current, Parsed parsed, CurrentUser importer, CatalogueSheets sheets) {
    RegistryData merged = merge(current, parsed.data());
    CatalogueSheets.Checked catalogueChanges = sheets == null || parsed.extraRows().isEmpty() ? NO_CATALOGUE
        : sheets.check(parsed.extraRows(), importer, merged);
    List<RegistryAccess.Refusal> refused = RegistryAccess.refusals(importer, current, merged);
    if (!refused.isEmpty() || !catalogueChanges.refused().isEmpty()) {
      List<CellProblem> cells = new ArrayList<>();
      refused.forEach(r -> cells.addAll(parsed.locate(new RegistryRules.Problem(
          r.kind() == null ? "registry" : r.kind(), r.key(), r.field() == null ? "code" : r.field(), r.message()))));
      cells.addAll(catalogueChanges.refused());
      java.util.Set<String> rules = new java.util.LinkedHashSet<>();
      if (!refused.isEmpty()) {
        rules.add(RegistryAccess.messageOf(refused));
      }
      catalogueChanges.refused().forEach(p -> rules.add(p.message()));
      throw new RegistryRefusedException(org.springframework.http.HttpStatus.FORBIDDEN,
          "工作簿中有 " + cells.size() + " 处修改您无权进行，未导入任何数据：" + String.join("", rules),
          fields(parsed.inOrder(cells)));
    }
    CategoryCodes categories = catalogueChanges.categoriesAfter();
    List<CellProblem> problems = new ArrayList<>(parsed.withRuleProblems(
        categories == null ? registry.problemsOf(merged) : registry.problemsOf(merged, categories)));
    problems.addAll(lockingOut(importer, current, merged, parsed));
    problems = parsed.with(problems, catalogueChanges.problems());
    if (!problems.isEmpty()) {
      throw rejected(parsed.with(problems, catalogueChanges.conflicts())); // rolls the edit back: nothing saved
    }
    if (!catalogueChanges.conflicts().isEmpty()) {
      List<CellProblem> conflicts = parsed.inOrder(catalogueChanges.conflicts());
      throw ApiException.conflict("工作簿有 " + conflicts.size() + " 处修改与他人的修改或未办结的工作冲突，未导入任何数据："
          + conflicts.get(0).message() + (conflicts.size() > 1 ? " 等" : ""), fields(conflicts));
    }
    return new Checked(merged, catalogueChanges);
  }

  /** A refusal of the registry (open work: 409) with its rows located in the workbook. */
  private static RegistryRefusedException located(RegistryRefusedException e, Parsed parsed) {
    List<ApiError.FieldError> fields = new ArrayList<>();
    for (ApiError.FieldError field : e.fieldErrors()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)\\[(.*)\\](?:\\.(\\w+))?$").matcher(field.field());
      if (m.matches()) {
        parsed.locate(new RegistryRules.Problem(m.group(1), m.group(2), m.group(3) == null ? "code" : m.group(3),
            field.message())).forEach(cell -> fields.add(new ApiError.FieldError(cell.field(), cell.message())));
      } else {
        fields.add(field);
      }
    }
    return new RegistryRefusedException(e.status(), "未导入任何数据：" + e.getMessage(), fields);
  }

  private static List<ApiError.FieldError> fields(List<CellProblem> problems) {
    return problems.stream().limit(MAX_LISTED_PROBLEMS).map(p -> new ApiError.FieldError(p.field(), p.message())).toList();
  }

  /**
   * The registry after importing {@code workbook} into {@code current}: towns, areas, departments,
   * grids and key places upserted by code and the others kept; people upserted and those the
   * workbook leaves out deactivated; grid roles and department members as the workbook has them.
   */
  static RegistryData merge(RegistryData current, RegistryData workbook) {
    Set<String> listed = workbook.people().stream().map(PersonRow::code).collect(Collectors.toSet());
    List<PersonRow> people = upsert(current.people(), workbook.people(), PersonRow::code).stream()
        .map(p -> listed.contains(p.code()) ? p : deactivated(p))
        .toList();
    return new RegistryData(
        upsert(current.towns(), workbook.towns(), RegistryData.TownRow::code),
        people,
        upsert(current.areas(), workbook.areas(), RegistryData.AreaRow::code),
        upsert(current.departments(), workbook.departments(), RegistryData.DepartmentRow::code),
        upsert(current.grids(), workbook.grids(), RegistryData.GridRow::code),
        workbook.assignments(),
        workbook.departmentMembers(),
        upsert(current.keyPlaces(), workbook.keyPlaces(), RegistryData.KeyPlaceRow::code));
  }

  private static <R> List<R> upsert(List<R> current, List<R> incoming, Function<R, String> code) {
    Map<String, R> byCode = RegistryData.byKey(incoming, code);
    List<R> result = new ArrayList<>();
    for (R row : current) {
      R replacement = byCode.remove(code.apply(row));
      result.add(replacement == null ? row : replacement);
    }
    result.addAll(byCode.values());
    return result;
  }

  /** Deactivated as the registry store deactivates people it no longer lists: no login, no admin rights. */
  private static PersonRow deactivated(PersonRow p) {
    return new PersonRow(p.code(), p.name(), p.phone(), p.title(), p.loginId(), false, false, false);
  }

  /** An import must not take away the importer's own login: he could not undo it. */
  private static List<CellProblem> lockingOut(CurrentUser importer, RegistryData current, RegistryData merged,
      Parsed parsed) {
    PersonRow self = current.people().stream()
        .filter(p -> p.canLogIn() && p.loginId().equalsIgnoreCase(importer.userId()))
        .findFirst().orElse(null);
    if (self == null || merged.person(self.code()).map(PersonRow::canLogIn).orElse(false)) {
      return List.of();
    }
    String sheet = RegistryWorkbook.PEOPLE.name();
    Integer row = parsed.row(RegistryWorkbook.PEOPLE.kind(), self.code());
    String message = "这次导入会停用您自己的账号（" + self.name() + "，" + self.code() + "），导入后您将无法登录：";
    if (row == null) {
      return List.of(new CellProblem(sheet, null, null, message + "请在“人员”表中保留您本人这一行。"));
    }
    boolean active = merged.person(self.code()).map(PersonRow::isActive).orElse(false);
    String column = RegistryWorkbook.PEOPLE.column(active ? "loginId" : "active").header();
    return List.of(new CellProblem(sheet, row, column, message + "请保留您的登录名并把“在职”填为“是”。"));
  }

  private static ApiException rejected(List<CellProblem> problems) {
    List<ApiError.FieldError> fields = new ArrayList<>();
    problems.stream().limit(MAX_LISTED_PROBLEMS)
        .forEach(p -> fields.add(new ApiError.FieldError(p.field(), p.message())));
    if (problems.size() > MAX_LISTED_PROBLEMS) {
      fields.add(new ApiError.FieldError("工作簿", "另有 " + (problems.size() - MAX_LISTED_PROBLEMS) + " 处问题未列出。"));
    }
    return ApiException.invalid("工作簿有 " + problems.size() + " 处问题，未导入任何数据。请按提示改正后重新导入。", fields);
  }

  static ImportSummary summarize(RegistryData current, RegistryData workbook, RegistryData merged) {
    return summarize(current, workbook, merged, CatalogueSheets.Outcome.NONE);
  }

  static ImportSummary summarize(RegistryData current, RegistryData workbook, RegistryData merged,
      CatalogueSheets.Outcome catalogue) {
    Map<String, Integer> created = new LinkedHashMap<>();
    Map<String, Integer> updated = new LinkedHashMap<>();
    Map<String, Integer> removed = new LinkedHashMap<>();
    diff("towns", current.towns(), workbook.towns(), RegistryData.TownRow::code, created, updated, null);
    diff("people", current.people(), workbook.people(), PersonRow::code, created, updated, null);
    diff("areas", current.areas(), workbook.areas(), RegistryData.AreaRow::code, created, updated, null);
    diff("departments", current.departments(), workbook.departments(), RegistryData.DepartmentRow::code,
        created, updated, null);
    diff("grids", current.grids(), workbook.grids(), RegistryData.GridRow::code, created, updated, null);
    diff("keyPlaces", current.keyPlaces(), workbook.keyPlaces(), RegistryData.KeyPlaceRow::code, created, updated, null);
    diff("assignments", current.assignments(), workbook.assignments(), AssignmentRow::key, created, updated, removed);
    diff("departmentMembers", current.departmentMembers(), workbook.departmentMembers(), MemberRow::key,
        created, updated, removed);
    updated.remove("departmentMembers"); // a member row is its key: it is added or removed, never changed
    Map<String, PersonRow> before = RegistryData.byKey(current.people(), PersonRow::code);
    List<PersonRef> deactivated = merged.people().stream()
        .filter(p -> !p.isActive() && before.containsKey(p.code()) && before.get(p.code()).isActive())
        .map(p -> new PersonRef(p.code(), p.name()))
        .toList();
    created.put("categories", catalogue.categoriesCreated());
    updated.put("categories", catalogue.categoriesUpdated());
    updated.put("checklists", catalogue.newChecklistVersions().size());
    int changes = created.values().stream().mapToInt(Integer::intValue).sum()
        + updated.values().stream().mapToInt(Integer::intValue).sum()
        + removed.values().stream().mapToInt(Integer::intValue).sum();
    String versions = catalogue.newChecklistVersions().entrySet().stream()
        .map(e -> "排查表 " + e.getKey() + " 存为第 " + e.getValue() + " 版").collect(Collectors.joining("、"));
    String message = "导入成功：镇 " + workbook.towns().size() + " 个、人员 " + workbook.people().size() + " 人、片 "
        + workbook.areas().size() + " 个、部门 " + workbook.departments().size() + " 个、网格 "
        + workbook.grids().size() + " 个、重点部位 " + workbook.keyPlaces().size() + " 个、网格职务 "
        + workbook.assignments().size() + " 项、部门成员 " + workbook.departmentMembers().size() + " 人"
        + (catalogue.categories() == 0 ? "" : "、隐患类别 " + catalogue.categories() + " 个")
        + (catalogue.checklistItems() == 0 ? "" : "、排查表项目 " + catalogue.checklistItems() + " 项") + "；"
        + (changes == 0 ? "与系统中的台账" + (catalogue.categories() + catalogue.checklistItems() == 0 ? "" : "和目录")
            + "相同，没有变化" : "共 " + changes + " 处变化")
        + (versions.isEmpty() ? "" : "；" + versions)
        + (deactivated.isEmpty() ? "。" : "；停用人员 " + deactivated.size() + " 人。");
    return new ImportSummary(message, workbook.towns().size(), workbook.people().size(), workbook.areas().size(),
        workbook.departments().size(), workbook.grids().size(), workbook.keyPlaces().size(),
        workbook.assignments().size(), workbook.departmentMembers().size(), catalogue.categories(),
        catalogue.checklistItems(), created, updated, removed, deactivated,
        new java.util.TreeMap<>(catalogue.newChecklistVersions()));
  }

  private static <R> void diff(String kind, List<R> current, List<R> workbook, Function<R, String> key,
      Map<String, Integer> created, Map<String, Integer> updated, Map<String, Integer> removed) {
    Map<String, R> before = RegistryData.byKey(current, key);
    Map<String, R> after = RegistryData.byKey(workbook, key);
    created.put(kind, (int) after.keySet().stream().filter(k -> !before.containsKey(k)).count());
    updated.put(kind, (int) after.entrySet().stream()
        .filter(e -> before.containsKey(e.getKey()) && !before.get(e.getKey()).equals(e.getValue())).count());
    if (removed != null) {
      removed.put(kind, (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count());
    }
  }
}
