package cn.safegrid.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A rule table read from DMN XML as the checks, the diff and the editor's help see it: its
 * decision, columns and rules with their cells' text. Reading it does not run anything: the
 * Camunda DMN engine parses and evaluates it ({@link RuleEvaluator}).
 */
record RuleTable(String decisionKey, String decisionName, String hitPolicy, String historyTimeToLive,
    String definitionsLanguage, int decisionCount, boolean decisionTable, List<Column> inputs, List<Column> outputs,
    List<Row> rules, List<String> otherLanguages) {

  /** DMN XML larger than this is refused before it is read. */
  static final int MAX_BYTES = 1_000_000;

  private static final Pattern DOCTYPE = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * A column. Inputs: {@code name} is the variable it reads ({@code camunda:inputVariable}, or the
   * input expression's text), {@code expression} the input expression. Outputs: {@code name} is
   * the output's name, {@code expression} null. {@code allowed}: the column's listed values
   * (inputValues / outputValues), empty when none are listed.
   */
  record Column(String id, String label, String name, String expression, String typeRef, String language,
      List<String> allowed) {

    /** What an administrator reads: the label, with the name when they differ. */
    String title() {
      return label == null || label.isBlank() ? name : label;
    }
  }

  /** A rule: its cells' text in column order (empty text = any value) and its annotation. */
  record Row(String id, int number, String description, List<String> inputEntries, List<String> outputEntries,
      List<String> entryLanguages) {

    /** "第 3 条规则（消防安全）", as messages name a rule. */
    String title() {
      String about = description == null || description.isBlank() ? "" : "（" + shorten(description) + "）";
      return "第 " + number + " 条规则" + about;
    }

    /** Whether every input cell accepts any value: the catch-all. */
    boolean catchAll() {
      return inputEntries.stream().allMatch(RuleTable::anyValue);
    }

    private static String shorten(String text) {
      String first = text.split("[：:；;。]")[0].trim();
      return first.length() > 30 ? first.substring(0, 30) + "…" : first;
    }
  }

  /** Why XML could not be read as a rule table. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  /** Whether an input cell accepts any value ({@code -} or empty). */
  static boolean anyValue(String entry) {
    String text = entry == null ? "" : entry.trim();
    return text.isEmpty() || text.equals("-");
  }

  /** The string literals of a cell, in order ({@code "fire","electrical"} → fire, electrical). */
  static List<String> stringLiterals(String text) {
    List<String> literals = new ArrayList<>();
    if (text == null) {
      return literals;
    }
    Matcher m = STRING_LITERAL.matcher(text);
    while (m.find()) {
      literals.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return literals;
  }

  /** Whether a cell is nothing but a comma-separated list of string literals. */
  static boolean onlyStringLiterals(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String rest = STRING_LITERAL.matcher(text).replaceAll("");
    return rest.replace(",", "").isBlank() && !stringLiterals(text).isEmpty();
  }

  /** A SHA-256 of the XML, to tell whether two versions hold the same table. */
  static String hash(byte[] xml) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static RuleTable read(String xml) throws Unreadable {
    if (xml == null || xml.isBlank()) {
      throw new Unreadable("规则表内容为空");
    }
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("规则表超过 " + (MAX_BYTES / 1000) + " KB，无法处理");
    }
    if (DOCTYPE.matcher(xml).find()) {
      throw new Unreadable("规则表中不允许出现 DOCTYPE 或 ENTITY 声明");
    }
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw new Unreadable("规则表不是有效的 DMN 1.3 XML：" + rootMessage(e));
    }
    List<Decision> decisions = new ArrayList<>(model.getModelElementsByType(Decision.class));
    if (decisions.isEmpty()) {
      throw new Unreadable("规则表中没有决策（decision）");
    }
    Decision decision = decisions.get(0);
    List<String> languages = new ArrayList<>();
    for (LiteralExpression literal : model.getModelElementsByType(LiteralExpression.class)) {
      if (literal.getExpressionLanguage() != null) {
        languages.add(literal.getExpressionLanguage());
      }
    }
    DecisionTable table = decision.getExpression() instanceof DecisionTable t ? t : null;
    List<Column> inputs = new ArrayList<>();
    List<Column> outputs = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    if (table != null) {
      for (Input input : table.getInputs()) {
        var expression = input.getInputExpression();
        String text = expression == null || expression.getText() == null ? null : expression.getText().getTextContent();
        String variable = input.getCamundaInputVariable();
        inputs.add(new Column(input.getId(), input.getLabel(), variable != null ? variable : trim(text), trim(text),
            expression == null ? null : expression.getTypeRef(), expression == null ? null : expression.getExpressionLanguage(),
            input.getInputValues() == null || input.getInputValues().getText() == null ? List.of()
                : stringLiterals(input.getInputValues().getText().getTextContent())));
      }
      for (Output output : table.getOutputs()) {
        outputs.add(new Column(output.getId(), output.getLabel(), output.getName(), null, output.getTypeRef(), null,
            output.getOutputValues() == null || output.getOutputValues().getText() == null ? List.of()
                : stringLiterals(output.getOutputValues().getText().getTextContent())));
      }
      int number = 0;
      for (Rule rule : table.getRules()) {
        number++;
        List<String> in = new ArrayList<>();
        List<String> entryLanguages = new ArrayList<>();
        for (InputEntry entry : rule.getInputEntries()) {
          in.add(entry.getText() == null ? "" : nullToEmpty(entry.getText().getTextContent()).trim());
          if (entry.getExpressionLanguage() != null) {
            entryLanguages.add(entry.getExpressionLanguage());
          }
        }
        List<String> out = new ArrayList<>();
        for (OutputEntry entry : rule.getOutputEntries()) {
          out.add(entry.getText() == null ? "" : nullToEmpty(entry.getText().getTextContent()).trim());
          if (entry.getExpressionLanguage() != null) {
            entryLanguages.add(entry.getExpressionLanguage());
          }
        }
        Description description = rule.getDescription();
        rows.add(new Row(rule.getId(), number, description == null ? null : trim(description.getTextContent()), in, out,
            entryLanguages));
      }
    }
    return new RuleTable(decision.getId(), decision.getName(),
        table == null || table.getHitPolicy() == null ? null : table.getHitPolicy().name(),
        decision.getCamundaHistoryTimeToLiveString(), model.getDefinitions().getExpressionLanguage(), decisions.size(),
        table != null, List.copyOf(inputs), List.copyOf(outputs), List.copyOf(rows), List.copyOf(languages));
  }

  /** Every expression language the table names anywhere (definitions, input expressions, cells, literal expressions). */
  List<String> languages() {
    List<String> all = new ArrayList<>(otherLanguages);
    if (definitionsLanguage != null) {
      all.add(definitionsLanguage);
    }
    inputs.stream().map(Column::language).filter(l -> l != null).forEach(all::add);
    rules.forEach(r -> all.addAll(r.entryLanguages()));
    return all;
  }

  /** Whether a language attribute names FEEL (DMN 1.1–1.3 spellings, any case). */
  static boolean isFeel(String language) {
    String l = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
    return l.isEmpty() || l.equals("feel")
        || l.matches("https?://www\\.omg\\.org/spec/(dmn/\\d{8}/)?feel/(\\d{8}/?)?");
  }

  private static String trim(String text) {
    return text == null ? null : text.trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
