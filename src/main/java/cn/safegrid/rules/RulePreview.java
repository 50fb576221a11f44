package cn.safegrid.rules;

import cn.safegrid.rules.RuleCases.CaseGroup;
import cn.safegrid.rules.RuleRequests.PreviewRequest;
import cn.safegrid.rules.RuleTerms.Terms;
import cn.safegrid.rules.RuleViews.ChangeView;
import cn.safegrid.rules.RuleViews.MoveView;
import cn.safegrid.rules.RuleViews.PreviewView;
import cn.safegrid.rules.RuleViews.TestResultView;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a draft would change on real cases: the hazards of a period (default the last 12 months) or
 * the grids of the registry, evaluated in the server by the Camunda DMN engine under the version in
 * force and under the draft. Cases with the same inputs get the same answer, so each distinct input
 * combination is evaluated once and counted for all its cases; the cases that would change are
 * listed by their numbers.
 */
@Service
@Transactional(readOnly = true)
class RulePreview {

  static final int EXAMPLES = 200;
  static final int MAX_PERIOD_DAYS = 3 * 366;

  private final RuleBook book;
  private final RuleEvaluator evaluator;
  private final RuleTests tests;
  private final RuleChecks checks;
  private final RuleAccess access;
  private final List<RuleCases> cases;
  private final TownClock clock;

  RulePreview(RuleBook book, RuleEvaluator evaluator, RuleTests tests, RuleChecks checks, RuleAccess access,
      List<RuleCases> cases, TownClock clock) {
    this.book = book;
    this.evaluator = evaluator;
    this.tests = tests;
    this.checks = checks;
    this.access = access;
    this.cases = cases;
    this.clock = clock;
  }

  PreviewView preview(CurrentUser user, String key, PreviewRequest body) {
    access.requireRead(user);
    long started = System.nanoTime();
    LocalDate today = clock.today();
    LocalDate to = body == null || body.to() == null ? today : body.to();
    LocalDate from = body == null || body.from() == null ? to.minusMonths(12).plusDays(1) : body.from();
    if (from.isAfter(to)) {
      throw ApiException.invalidField("from", "起始日期不能晚于截止日期");
    }
    if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
      throw ApiException.invalidField("from", "预览期间不能超过 3 年");
    }
    RuleChecks.Checked checked = book.checked(key, body == null ? null : body.xml(),
        body == null ? null : body.confirmCatchAll());
    if (checked.parsed() == null) {
      return new PreviewView(false, checked.problems(), null, from, to, 0, 0, 0, List.of(), List.of(), List.of(),
          millisSince(started));
    }
    List<TestResultView> results = tests.run(key, evaluator, checked.parsed());
    RuleEvaluator.Parsed active = book.parsedActive(key);
    Optional<RuleCases> source = cases.stream().filter(c -> c.appliesTo(key)).findFirst();
    if (source.isEmpty()) {
      return new PreviewView(checked.passed(), checked.problems(), null, from, to, 0, 0, 0, List.of(), List.of(), results,
          millisSince(started));
    }
    Instant start = from.atStartOfDay(clock.zone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    List<CaseGroup> groups = source.get().groups(key, start, end);
    long total = 0;
    long changedCases = 0;
    List<ChangeView> changes = new ArrayList<>();
    Map<List<String>, Long> moves = new LinkedHashMap<>();
    for (CaseGroup group : groups) {
      total += group.count();
      RuleEvaluator.Outcome before = outcome(active, group.inputs());
      RuleEvaluator.Outcome after = outcome(checked.parsed(), group.inputs());
      if (Objects.equals(before.outputs(), after.outputs())) {
        continue;
      }
      changedCases += group.count();
      changes.add(new ChangeView(group.inputs(), label(checked.table(), group.inputs()), group.count(), before.outputs(),
          after.outputs(), label(checked.table(), before.outputs()), label(checked.table(), after.outputs()),
          before.firstRule(), after.firstRule(),
          source.get().examples(key, group.inputs(), start, end, EXAMPLES)));
      for (String output : union(before.outputs(), after.outputs())) {
        Object was = before.outputs().get(output);
        Object now = after.outputs().get(output);
        if (!Objects.equals(was, now)) {
          moves.merge(List.of(output, String.valueOf(was), String.valueOf(now)), group.count(), Long::sum);
        }
      }
    }
    changes.sort(Comparator.comparingLong(ChangeView::count).reversed());
    List<MoveView> moveViews = moves.entrySet().stream()
        .map(e -> new MoveView(columnTitle(checked.table(), e.getKey().get(0)), e.getKey().get(1),
            termName(e.getKey().get(0), e.getKey().get(1)), e.getKey().get(2), termName(e.getKey().get(0), e.getKey().get(2)),
            e.getValue()))
        .sorted(Comparator.comparingLong(MoveView::count).reversed()).toList();
    return new PreviewView(checked.passed(), checked.problems(), source.get().noun(), from, to, total, groups.size(),
        changedCases, changes, moveViews, results, millisSince(started));
  }

  private RuleEvaluator.Outcome outcome(RuleEvaluator.Parsed table, Map<String, Object> inputs) {
    try {
      return evaluator.evaluate(table, inputs);
    } catch (RuleEvaluator.Failed e) {
      return new RuleEvaluator.Outcome(Map.of("错误", e.getMessage()), List.of());
    }
  }

  private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }

  /** "隐患类别 消防安全（fire）；隐患等级 一般隐患（general）". */
  private String label(RuleTable table, Map<String, Object> values) {
    return values.entrySet().stream().map(e -> {
      String value = String.valueOf(e.getValue());
      String name = termName(e.getKey(), value);
      return columnTitle(table, e.getKey()) + " "
          + (name.equals(value) || value.isBlank() ? name : name + "（" + value + "）");
    }).collect(Collectors.joining("；"));
  }

  private String termName(String column, String value) {
    Optional<Terms> terms = checks.termsOf(column);
    if (terms.isEmpty() || value == null) {
      return value;
    }
    if (terms.get().list()) {
      return value.isBlank() ? "（无）" : java.util.Arrays.stream(value.split(","))
          .map(code -> terms.get().names().getOrDefault(code.trim(), code.trim())).collect(Collectors.joining("、"));
    }
    return terms.get().names().getOrDefault(value, value);
  }

  private static String columnTitle(RuleTable table, String name) {
    return java.util.stream.Stream.concat(table.inputs().stream(), table.outputs().stream())
        .filter(c -> name.equals(c.name())).map(RuleTable.Column::title).findFirst().orElse(name);
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
