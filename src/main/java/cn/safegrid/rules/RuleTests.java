package cn.safegrid.rules;

import cn.safegrid.rules.RuleRequests.TestCaseRequest;
import cn.safegrid.rules.RuleViews.TestCaseView;
import cn.safegrid.rules.RuleViews.TestResultView;
import cn.safegrid.grid.Officers;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' test cases of the rule tables ("category X → department Y"), kept in the
 * database and run on every draft at check, preview and deploy.
 */
@Service
@Transactional
class RuleTests {

  static final int MAX_CASES = 500;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final RuleTestCaseRepository cases;
  private final RuleAccess access;
  private final TownClock clock;
  private final Officers officers;

  RuleTests(RuleTestCaseRepository cases, RuleAccess access, TownClock clock, Officers officers) {
    this.cases = cases;
    this.access = access;
    this.clock = clock;
    this.officers = officers;
  }

  @Transactional(readOnly = true)
  List<TestCaseView> list(CurrentUser user, String key) {
    access.requireRead(user);
    return cases.findByDecisionKeyOrderByIdAsc(key).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  long count(String key) {
    return cases.countByDecisionKey(key);
  }

  TestCaseView create(CurrentUser user, String key, RuleTable table, TestCaseRequest body) {
    access.requireDeploy(user);
    if (cases.countByDecisionKey(key) >= MAX_CASES) {
      throw ApiException.invalid("每张规则表最多 " + MAX_CASES + " 个测试用例");
    }
    Checked checked = checked(table, body);
    RuleTestCase saved = cases.save(new RuleTestCase(key, checked.name(), checked.inputs(), checked.expected(),
        user.userId(), clock.now()));
    return view(saved);
  }

  TestCaseView update(CurrentUser user, String key, long id, RuleTable table, TestCaseRequest body) {
    access.requireDeploy(user);
    RuleTestCase existing = find(key, id);
    stale(existing, body.version());
    Checked checked = checked(table, body);
    existing.change(checked.name(), checked.inputs(), checked.expected(), user.userId(), clock.now());
    return view(existing);
  }

  void delete(CurrentUser user, String key, long id, Long version) {
    access.requireDeploy(user);
    RuleTestCase existing = find(key, id);
    stale(existing, version);
    cases.delete(existing);
  }

  /** Every test case of the table, run on a parsed draft. */
  @Transactional(readOnly = true)
  List<TestResultView> run(String key, RuleEvaluator evaluator, RuleEvaluator.Parsed draft) {
    List<TestResultView> results = new ArrayList<>();
    for (RuleTestCase c : cases.findByDecisionKeyOrderByIdAsc(key)) {
      Map<String, Object> inputs = read(c.getInputs());
      Map<String, Object> expected = read(c.getExpected());
      try {
        RuleEvaluator.Outcome outcome = evaluator.evaluate(draft, inputs);
        List<String> wrong = new ArrayList<>();
        expected.forEach((output, value) -> {
          if (!same(value, outcome.outputs().get(output))) {
            wrong.add(output + " 期望 " + show(value) + "，实际 " + show(outcome.outputs().get(output)));
          }
        });
        results.add(new TestResultView(c.getId(), c.getName(), wrong.isEmpty(), inputs, expected, outcome.outputs(),
            outcome.firstRule(), wrong.isEmpty() ? null : String.join("；", wrong)));
      } catch (RuleEvaluator.Failed e) {
        results.add(new TestResultView(c.getId(), c.getName(), false, inputs, expected, Map.of(), null,
            "求值出错：" + e.getMessage()));
      }
    }
    return results;
  }

  private record Checked(String name, String inputs, String expected) {}

  private Checked checked(RuleTable table, TestCaseRequest body) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    String name = body.name() == null ? "" : body.name().trim();
    if (name.isEmpty()) {
      problems.add(new ApiError.FieldError("name", "请填写测试用例名称"));
    } else if (name.length() > 200) {
      problems.add(new ApiError.FieldError("name", "测试用例名称不能超过 200 字"));
    }
    Map<String, Object> inputs = body.inputs() == null ? Map.of() : body.inputs();
    Map<String, Object> expected = body.expected() == null ? Map.of() : body.expected();
    List<String> inputNames = table.inputs().stream().map(RuleTable.Column::name).toList();
    List<String> outputNames = table.outputs().stream().map(RuleTable.Column::name).toList();
    for (String input : inputNames) {
      if (!inputs.containsKey(input)) {
        problems.add(new ApiError.FieldError("inputs." + input, "请给出输入 " + input + " 的值（可为 null）"));
      }
    }
    inputs.forEach((k, v) -> {
      if (!inputNames.contains(k)) {
        problems.add(new ApiError.FieldError("inputs." + k, "规则表没有输入 " + k + "（有：" + String.join("、", inputNames) + "）"));
      } else if (!plain(v)) {
        problems.add(new ApiError.FieldError("inputs." + k, "输入值只能是文字、数字、真假值或 null"));
      }
    });
    if (expected.isEmpty()) {
      problems.add(new ApiError.FieldError("expected", "请至少给出一个期望输出"));
    }
    expected.forEach((k, v) -> {
      if (!outputNames.contains(k)) {
        problems.add(new ApiError.FieldError("expected." + k, "规则表没有输出 " + k + "（有：" + String.join("、", outputNames) + "）"));
      } else if (!plain(v)) {
        problems.add(new ApiError.FieldError("expected." + k, "期望值只能是文字、数字、真假值或 null"));
      }
    });
    String inputsJson = write(inputs);
    String expectedJson = write(expected);
    if (inputsJson.length() > 2000 || expectedJson.length() > 2000) {
      problems.add(new ApiError.FieldError("inputs", "输入和期望输出各不能超过 2000 个字符"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid("测试用例有误：" + problems.get(0).message(), problems);
    }
    return new Checked(name, inputsJson, expectedJson);
  }

  private RuleTestCase find(String key, long id) {
    return cases.findById(id).filter(c -> c.getDecisionKey().equals(key))
        .orElseThrow(() -> ApiException.notFound("规则表 " + key + " 没有 ID 为 " + id + " 的测试用例"));
  }

  private static void stale(RuleTestCase existing, Long version) {
    if (version == null) {
      throw ApiException.invalidField("version", "请带上读取测试用例时的版本（version）");
    }
    if (existing.getVersion() != version) {
      String who = existing.getChangedBy() != null ? existing.getChangedBy() : existing.getCreatedBy();
      throw ApiException.conflict("测试用例“" + existing.getName() + "”已被 " + who + " 修改，请重新载入后再改");
    }
  }

  private static boolean plain(Object value) {
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  /** Whether a rule table's output equals what a test expects (numbers by value, text as text). */
  static boolean same(Object expected, Object actual) {
    if (expected instanceof Number a && actual instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(expected, actual);
  }

  private static String show(Object value) {
    return value == null ? "（空）" : value instanceof String s ? "“" + s + "”" : value.toString();
  }

  static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable test case " + json, e);
    }
  }

  private static String write(Map<String, Object> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("测试用例无法保存为 JSON");
    }
  }

  private TestCaseView view(RuleTestCase c) {
    String editor = c.getChangedBy() != null ? c.getChangedBy() : c.getCreatedBy();
    return new TestCaseView(c.getId(), c.getName(), read(c.getInputs()), read(c.getExpected()), c.getCreatedBy(),
        c.getCreatedAt(), c.getChangedBy(), c.getChangedAt(), RuleBook.SYSTEM.equals(editor) ? "系统" : officers.nameOf(editor),
        c.getVersion());
  }
}
