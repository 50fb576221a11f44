package cn.safegrid.rules;

import cn.safegrid.rules.RuleTable.Column;
import cn.safegrid.rules.RuleTable.Row;
import cn.safegrid.rules.RuleTerms.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * Every check a draft rule table must pass before it is deployed, each problem a Chinese sentence:
 * XML the DMN engine can read, one decision table with the id the processes call, FEEL only (no
 * JUEL, no scripts, no external Java functions), FEEL that compiles, the same inputs and outputs
 * (names and types) and hit policy as the table the release ships, a catch-all rule, no rule that
 * can never fire, codes each column knows ({@link RuleTerms}), and what the features require
 * ({@link RuleConstraints}).
 */
@Component
class RuleChecks {

  /** A checked draft: the table as read, parsed for the engine when it could be, and its problems. */
  record Checked(RuleTable table, RuleEvaluator.Parsed parsed, List<RuleProblem> problems) {
    boolean passed() {
      return problems.isEmpty();
    }
  }

  /** Products of input values larger than this are not examined for shadowed rules. */
  private static final int MAX_TUPLES = 20_000;
  private static final Object OTHER_VALUE = "\u0000其他值";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern EXTERNAL = Pattern.compile("\\bexternal\\b");

  private final RuleEvaluator evaluator;
  private final List<RuleTerms> terms;
  private final List<RuleConstraints> constraints;
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().withEnabledExternalFunctions(false).build();

  RuleChecks(RuleEvaluator evaluator, List<RuleTerms> terms, List<RuleConstraints> constraints) {
    this.evaluator = evaluator;
    this.terms = terms;
    this.constraints = constraints;
  }

  /** The terms of a column, from whichever feature knows it. */
  Optional<Terms> termsOf(String column) {
    return terms.stream().map(t -> t.terms(column)).flatMap(Optional::stream).findFirst();
  }

  /**
   * Checks a draft of table {@code key} against the table the release ships ({@code reference},
   * which fixes what the processes rely on); {@code confirmations}: codes the administrator
   * explicitly confirmed with the draft.
   */
  Checked check(String key, String xml, RuleTable reference, Set<String> confirmations) {
    RuleTable table;
    try {
      table = RuleTable.read(xml);
    } catch (RuleTable.Unreadable e) {
      return new Checked(null, null, List.of(RuleProblem.ofTable(e.getMessage())));
    }
    List<RuleProblem> problems = new ArrayList<>();
    shape(key, table, problems);
    languages(table, problems);
    if (reference != null) {
      contract(table, reference, problems);
    }
    feelCompiles(table, problems);
    if (!problems.isEmpty()) {
      return new Checked(table, null, List.copyOf(problems));
    }
    RuleEvaluator.Parsed parsed;
    try {
      parsed = evaluator.parse(key, xml);
    } catch (RuleEvaluator.Failed e) {
      problems.add(RuleProblem.ofTable("Camunda DMN 引擎无法读取这张规则表：" + e.getMessage()));
      return new Checked(table, null, List.copyOf(problems));
    }
    catchAll(table, problems);
    shadowed(table, problems);
    knownCodes(table, problems);
    RuleDraft draft = draft(table, parsed, confirmations);
    for (RuleConstraints constraint : constraints) {
      if (constraint.appliesTo(key)) {
        problems.addAll(constraint.problems(draft));
      }
    }
    return new Checked(table, parsed, List.copyOf(problems));
  }

  /** The draft as the features' checks see it. */
  RuleDraft draft(RuleTable table, RuleEvaluator.Parsed parsed, Set<String> confirmations) {
    Map<String, RuleDraft.DraftRule> byId = new LinkedHashMap<>();
    for (Row row : table.rules()) {
      Map<String, String> in = new LinkedHashMap<>();
      for (int i = 0; i < table.inputs().size() && i < row.inputEntries().size(); i++) {
        in.put(table.inputs().get(i).name(), row.inputEntries().get(i));
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < table.outputs().size() && i < row.outputEntries().size(); i++) {
        out.put(table.outputs().get(i).name(), row.outputEntries().get(i));
      }
      byId.put(row.id(), new RuleDraft.DraftRule(row.id(), row.title(), row.catchAll(), in, out));
    }
    List<RuleDraft.DraftRule> rules = List.copyOf(byId.values());
    Set<String> confirmed = confirmations == null ? Set.of() : Set.copyOf(confirmations);
    return new RuleDraft() {
      @Override
      public String decisionKey() {
        return table.decisionKey();
      }

      @Override
      public List<DraftRule> rules() {
        return rules;
      }

      @Override
      public Optional<Answer> answer(Map<String, Object> inputs) {
        try {
          RuleEvaluator.Outcome outcome = evaluator.evaluate(parsed, inputs);
          return outcome.firstRule() == null ? Optional.empty()
              : Optional.of(new Answer(outcome.outputs(), byId.get(outcome.firstRule())));
        } catch (RuleEvaluator.Failed e) {
          return Optional.empty();
        }
      }

      @Override
      public Set<String> confirmations() {
        return confirmed;
      }
    };
  }

  private static void shape(String key, RuleTable table, List<RuleProblem> problems) {
    if (table.decisionCount() != 1) {
      problems.add(RuleProblem.ofTable("一个规则表文件只能有一个决策，这里有 " + table.decisionCount() + " 个"));
    }
    if (!key.equals(table.decisionKey())) {
      problems.add(RuleProblem.ofTable("决策 ID 必须是“" + key + "”（流程按这个 ID 调用规则表），不能改为“"
          + table.decisionKey() + "”"));
    }
    if (!table.decisionTable()) {
      problems.add(RuleProblem.ofTable("决策必须是决策表（decision table）"));
    }
    if (table.historyTimeToLive() == null || table.historyTimeToLive().isBlank()) {
      problems.add(RuleProblem.ofTable("决策缺少历史保留时间（camunda:historyTimeToLive，如 P180D）"));
    }
    for (Row row : table.rules()) {
      if (row.inputEntries().size() != table.inputs().size() || row.outputEntries().size() != table.outputs().size()) {
        problems.add(RuleProblem.ofRule(row.id(), row.title() + "的单元格数与表头的列数不一致"));
      }
    }
    if (table.rules().isEmpty() && table.decisionTable()) {
      problems.add(RuleProblem.ofTable("规则表中没有规则"));
    }
  }

  private static void languages(RuleTable table, List<RuleProblem> problems) {
    Set<String> others = new LinkedHashSet<>();
    for (String language : table.languages()) {
      if (!RuleTable.isFeel(language)) {
        others.add(language);
      }
    }
    for (String language : others) {
      problems.add(RuleProblem.ofTable("规则表只能使用 FEEL 表达式，不能使用“" + language
          + "”：JUEL 和脚本可以在服务器上执行程序，规则表中不允许"));
    }
  }

  private static void contract(RuleTable table, RuleTable reference, List<RuleProblem> problems) {
    if (reference.hitPolicy() != null && !reference.hitPolicy().equals(table.hitPolicy())) {
      problems.add(RuleProblem.ofTable("命中策略必须保持为 " + reference.hitPolicy() + "（流程按此取得唯一结果），不能改为 "
          + (table.hitPolicy() == null ? "（未设置）" : table.hitPolicy())));
    }
    for (Column wanted : reference.inputs()) {
      Optional<Column> found = table.inputs().stream().filter(c -> Objects.equals(c.name(), wanted.name())).findFirst();
      if (found.isEmpty()) {
        problems.add(RuleProblem.ofTable("缺少输入“" + wanted.title() + "”（" + wanted.name() + "）：流程按它调用规则表，不能删除或改名"));
      } else if (!sameType(found.get().typeRef(), wanted.typeRef())) {
        problems.add(RuleProblem.ofTable("输入“" + wanted.title() + "”的类型必须是 " + wanted.typeRef() + "，不能改为 "
            + found.get().typeRef()));
      } else if (!Objects.equals(trim(found.get().expression()), trim(wanted.expression()))) {
        problems.add(RuleProblem.ofTable("输入“" + wanted.title() + "”的输入表达式必须是“" + wanted.expression() + "”"));
      }
    }
    for (Column column : table.inputs()) {
      if (reference.inputs().stream().noneMatch(c -> Objects.equals(c.name(), column.name()))) {
        problems.add(RuleProblem.ofTable("不能增加输入“" + column.title() + "”（" + column.name()
            + "）：流程不提供这个变量，规则会得不到它的值"));
      }
    }
    for (Column wanted : reference.outputs()) {
      Optional<Column> found = table.outputs().stream().filter(c -> Objects.equals(c.name(), wanted.name())).findFirst();
      if (found.isEmpty()) {
        problems.add(RuleProblem.ofTable("缺少输出“" + wanted.title() + "”（" + wanted.name() + "）：流程要用它，不能删除或改名"));
      } else if (!sameType(found.get().typeRef(), wanted.typeRef())) {
        problems.add(RuleProblem.ofTable("输出“" + wanted.title() + "”的类型必须是 " + wanted.typeRef() + "，不能改为 "
            + found.get().typeRef()));
      }
    }
    for (Column column : table.outputs()) {
      if (reference.outputs().stream().noneMatch(c -> Objects.equals(c.name(), column.name()))) {
        problems.add(RuleProblem.ofTable("不能增加输出“" + column.title() + "”（" + column.name() + "）：流程不会使用它"));
      }
    }
  }

  private static boolean sameType(String a, String b) {
    return Objects.equals(a == null ? null : a.toLowerCase(Locale.ROOT), b == null ? null : b.toLowerCase(Locale.ROOT));
  }

  private void feelCompiles(RuleTable table, List<RuleProblem> problems) {
    for (Column input : table.inputs()) {
      if (input.expression() == null || input.expression().isBlank()) {
        problems.add(RuleProblem.ofTable("输入“" + input.title() + "”缺少输入表达式"));
      } else {
        feelProblem(input.expression(), false).ifPresent(message ->
            problems.add(RuleProblem.ofTable("输入“" + input.title() + "”的输入表达式不是有效的 FEEL：" + message)));
      }
    }
    for (Row row : table.rules()) {
      for (int i = 0; i < row.inputEntries().size() && i < table.inputs().size(); i++) {
        String entry = row.inputEntries().get(i);
        if (!RuleTable.anyValue(entry)) {
          String column = table.inputs().get(i).title();
          feelProblem(entry, true).ifPresent(message -> problems.add(RuleProblem.ofRule(row.id(),
              row.title() + "的“" + column + "”单元格 " + entry + " 不是有效的 FEEL 条件：" + message)));
        }
      }
      for (int i = 0; i < row.outputEntries().size() && i < table.outputs().size(); i++) {
        String entry = row.outputEntries().get(i);
        if (!entry.isBlank()) {
          String column = table.outputs().get(i).title();
          feelProblem(entry, false).ifPresent(message -> problems.add(RuleProblem.ofRule(row.id(),
              row.title() + "的“" + column + "”单元格 " + entry + " 不是有效的 FEEL 表达式：" + message)));
        }
      }
    }
  }

  private Optional<String> feelProblem(String text, boolean unaryTests) {
    String outsideStrings = text.replaceAll("\"((?:[^\"\\\\]|\\\\.)*)\"", "\"\"");
    if (EXTERNAL.matcher(outsideStrings).find()) {
      return Optional.of("不允许使用外部（Java）函数");
    }
    ParseResult parsed = unaryTests ? feel.parseUnaryTests(text) : feel.parseExpression(text);
    if (parsed.isSuccess()) {
      return Optional.empty();
    }
    String message = parsed.failure() == null ? "" : parsed.failure().message();
    return Optional.of(message.length() > 200 ? message.substring(0, 200) + "…" : message);
  }

  private static void catchAll(RuleTable table, List<RuleProblem> problems) {
    if (table.rules().stream().noneMatch(Row::catchAll)) {
      problems.add(RuleProblem.ofTable("缺少兜底规则：请在最后加一条所有输入单元格都为“-”（任意值）的规则，"
          + "保证任何输入都有结果，不会无人负责"));
    }
  }

  /**
   * Rules that can never fire under the FIRST hit policy: every input combination they match is
   * matched by an earlier rule. Each input column is examined on a finite set of values — its listed
   * values, the literals its cells name and one value that none names — evaluating the cells with FEEL.
   */
  private void shadowed(RuleTable table, List<RuleProblem> problems) {
    if (!"FIRST".equals(table.hitPolicy()) && !"UNIQUE".equals(table.hitPolicy())) {
      return;
    }
    int columns = table.inputs().size();
    List<List<Object>> domains = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      Optional<List<Object>> domain = domain(table, c);
      if (domain.isEmpty()) {
        return; // a type this analysis does not sample (dates …): claim nothing
      }
      domains.add(domain.get());
    }
    List<Row> rows = table.rules();
    // matches[rule][column][value]
    boolean[][][] matches = new boolean[rows.size()][columns][];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        String entry = rows.get(r).inputEntries().get(c);
        List<Object> domain = domains.get(c);
        matches[r][c] = new boolean[domain.size()];
        if (RuleTable.anyValue(entry)) {
          Arrays.fill(matches[r][c], true);
          continue;
        }
        if (RuleTable.onlyStringLiterals(entry)) {
          // a list of strings matches exactly its strings, as FEEL has it: no need to evaluate
          List<String> listed = RuleTable.stringLiterals(entry);
          for (int v = 0; v < domain.size(); v++) {
            matches[r][c][v] = domain.get(v) instanceof String value && listed.contains(value);
          }
          continue;
        }
        ParseResult parsed = feel.parseUnaryTests(entry);
        if (!parsed.isSuccess()) {
          return;
        }
        for (int v = 0; v < domain.size(); v++) {
          matches[r][c][v] = matches(parsed.parsedExpression(), domain.get(v));
        }
      }
    }
    for (int r = 1; r < rows.size(); r++) {
      List<int[]> tuples = tuples(matches[r], MAX_TUPLES);
      if (tuples == null) {
        continue;
      }
      boolean covered = !tuples.isEmpty();
      Integer firstCover = null;
      for (int[] tuple : tuples) {
        Integer by = null;
        for (int earlier = 0; earlier < r && by == null; earlier++) {
          if (matchesAll(matches[earlier], tuple)) {
            by = earlier;
          }
        }
        if (by == null) {
          covered = false;
          break;
        }
        firstCover = firstCover == null ? by : Math.min(firstCover, by);
      }
      Row row = rows.get(r);
      if (tuples.isEmpty()) {
        problems.add(RuleProblem.ofRule(row.id(), row.title() + "的条件互相矛盾或不可能满足，永远不会命中"));
      } else if (covered) {
        problems.add(RuleProblem.ofRule(row.id(), row.title() + "永远不会命中：它能匹配的输入都已被前面的规则（如"
            + rows.get(firstCover).title() + "）先匹配。请删除它，或把它移到前面"));
      }
    }
  }

  private boolean matches(ParsedExpression test, Object value) {
    try {
      EvaluationResult result = feel.evaluateWithInput(test, value, Map.<String, Object>of());
      return result.isSuccess() && Boolean.TRUE.equals(result.result());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean matchesAll(boolean[][] rule, int[] tuple) {
    for (int c = 0; c < tuple.length; c++) {
      if (!rule[c][tuple[c]]) {
        return false;
      }
    }
    return true;
  }

  /** The value combinations a rule matches (indices into the domains), or null when there are too many. */
  private static List<int[]> tuples(boolean[][] rule, int max) {
    List<int[]> tuples = new ArrayList<>();
    tuples.add(new int[rule.length]);
    for (int c = 0; c < rule.length; c++) {
      List<int[]> next = new ArrayList<>();
      for (int[] prefix : tuples) {
        for (int v = 0; v < rule[c].length; v++) {
          if (rule[c][v]) {
            int[] tuple = prefix.clone();
            tuple[c] = v;
            next.add(tuple);
            if (next.size() > max) {
              return null;
            }
          }
        }
      }
      tuples = next;
    }
    return tuples;
  }

  private static Optional<List<Object>> domain(RuleTable table, int c) {
    Column column = table.inputs().get(c);
    String type = column.typeRef() == null ? "string" : column.typeRef().toLowerCase(Locale.ROOT);
    LinkedHashSet<Object> values = new LinkedHashSet<>();
    switch (type) {
      case "string" -> {
        values.addAll(column.allowed());
        table.rules().forEach(r -> values.addAll(RuleTable.stringLiterals(r.inputEntries().get(c))));
        values.add(OTHER_VALUE);
      }
      case "boolean" -> {
        values.add(true);
        values.add(false);
      }
      case "integer", "long", "double", "number" -> {
        boolean whole = !type.equals("double") && !type.equals("number");
        for (Row row : table.rules()) {
          Matcher m = NUMBER.matcher(row.inputEntries().get(c));
          while (m.find()) {
            double n = Double.parseDouble(m.group());
            for (double d : new double[] {n - 1, n, n + 1, n + 0.5, n - 0.5}) {
              if (!whole) {
                values.add(d);
              } else if (d == Math.rint(d)) {
                values.add((long) d);
              }
            }
          }
        }
        values.add(whole ? (Object) (-1_000_000_000L) : (Object) (-1e9));
        values.add(whole ? (Object) 1_000_000_000L : (Object) 1e9);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(values));
  }

  /** Codes that a column's terms do not know, and output cells of such columns that name no code. */
  private void knownCodes(RuleTable table, List<RuleProblem> problems) {
    for (int c = 0; c < table.inputs().size(); c++) {
      Column column = table.inputs().get(c);
      Optional<Terms> known = termsOf(column.name());
      if (known.isEmpty()) {
        continue;
      }
      for (Row row : table.rules()) {
        for (String code : RuleTable.stringLiterals(row.inputEntries().get(c))) {
          if (!known.get().names().containsKey(code)) {
            problems.add(RuleProblem.ofRule(row.id(), row.title() + "：" + column.title() + "“" + code + "”不在"
                + known.get().what() + "中，这条规则永远匹配不到；请用" + known.get().what() + "中的代码"));
          }
        }
      }
    }
    for (int c = 0; c < table.outputs().size(); c++) {
      Column column = table.outputs().get(c);
      Optional<Terms> known = termsOf(column.name());
      if (known.isEmpty()) {
        continue;
      }
      for (Row row : table.rules()) {
        String cell = row.outputEntries().get(c);
        List<String> literals = RuleTable.stringLiterals(cell);
        if (!RuleTable.onlyStringLiterals(cell) || literals.size() != 1) {
          problems.add(RuleProblem.ofRule(row.id(), row.title() + "的“" + column.title() + "”必须是带英文引号的"
              + known.get().what() + "代码" + (known.get().list() ? "（多个用逗号分隔，可为空 \"\"）" : "") + "，如 \""
              + known.get().names().keySet().stream().findFirst().orElse("") + "\""));
          continue;
        }
        String value = literals.get(0);
        List<String> codes = known.get().list()
            ? Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
            : List.of(value);
        if (codes.isEmpty() && !known.get().list()) {
          problems.add(RuleProblem.ofRule(row.id(), row.title() + "的“" + column.title() + "”不能为空"));
        }
        for (String code : codes) {
          if (!known.get().names().containsKey(code)) {
            problems.add(RuleProblem.ofRule(row.id(), row.title() + "的“" + column.title() + "”：“" + code + "”不是"
                + known.get().what() + "中的代码"));
          }
        }
      }
    }
  }

  private static String trim(String text) {
    return text == null ? null : text.trim();
  }
}
