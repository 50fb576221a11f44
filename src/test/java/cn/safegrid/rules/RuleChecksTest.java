package cn.safegrid.rules;

import static cn.safegrid.rules.RuleDrafts.replaceOnce;
import static cn.safegrid.rules.RuleDrafts.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.rules.RuleRequests.DraftRequest;
import cn.safegrid.rules.RuleViews.CheckView;
import cn.safegrid.rules.RuleViews.TestResultView;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.support.SafeGridTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every check an administrator's draft must pass, each with the Chinese message he reads; a
 * refused draft is never deployed (the API test checks that). One test per kind of problem.
 */
@SafeGridTest
class RuleChecksTest {

  static final CurrentUser RULE_ADMIN = CurrentUser.of("chen.yanhai", List.of("rule-admins"));
  static final String ROUTING = "hazard-routing";
  static final String DEADLINES = "hazard-deadlines";

  @Autowired RuleBook book;

  private CheckView check(String key, String xml, String... confirmCatchAll) {
    return book.check(RULE_ADMIN, key, new DraftRequest(xml, List.of(confirmCatchAll)));
  }

  private static List<String> messages(CheckView view) {
    return view.problems().stream().map(RuleProblem::message).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hazard-routing", "hazard-deadlines", "inspection-frequency", "inspection-deadlines"})
  void everyShippedTablePassesEveryCheckAndItsTestCases(String key) {
    CheckView view = check(key, shipped(key));
    assertThat(messages(view)).isEmpty();
    assertThat(view.passed()).isTrue();
    assertThat(view.tests()).isNotEmpty().allMatch(TestResultView::passed);
    assertThat(view.diff().summary()).isEqualTo("内容相同");
  }

  @Test
  void xmlTheEngineCannotReadIsRefused() {
    assertThat(messages(check(ROUTING, "<definitions><decision id=\"hazard-routing\">")))
        .singleElement().asString().startsWith("规则表不是有效的 DMN 1.3 XML");
    assertThat(messages(check(ROUTING, ""))).containsExactly("规则表内容为空");
  }

  @Test
  void aDoctypeOrEntityDeclarationIsRefusedBeforeTheXmlIsRead() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + shipped(ROUTING).substring(shipped(ROUTING).indexOf("<definitions"));
    assertThat(messages(check(ROUTING, xml))).containsExactly("规则表中不允许出现 DOCTYPE 或 ENTITY 声明");
  }

  @Test
  void aChangedDecisionIdIsRefused() {
    String xml = replaceOnce(shipped(ROUTING), "<decision id=\"hazard-routing\"", "<decision id=\"routing-v2\"");
    assertThat(messages(check(ROUTING, xml)))
        .contains("决策 ID 必须是“hazard-routing”（流程按这个 ID 调用规则表），不能改为“routing-v2”");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "name=\"leadDepartment\"|name=\"lead\"|缺少输出“牵头部门”（leadDepartment）：流程要用它，不能删除或改名",
      "label=\"牵头部门\" name=\"leadDepartment\" typeRef=\"string\"|label=\"牵头部门\" name=\"leadDepartment\" typeRef=\"integer\"|输出“牵头部门”的类型必须是 string，不能改为 integer",
      "camunda:inputVariable=\"hazardCategory\"|camunda:inputVariable=\"category\"|缺少输入“隐患类别”（hazardCategory）：流程按它调用规则表，不能删除或改名",
      "hitPolicy=\"FIRST\"|hitPolicy=\"COLLECT\"|命中策略必须保持为 FIRST（流程按此取得唯一结果），不能改为 COLLECT"})
  void aChangeToWhatTheProcessesRelyOnIsRefused(String text, String replacement, String message) {
    assertThat(messages(check(ROUTING, replaceOnce(shipped(ROUTING), text, replacement)))).contains(message);
  }

  @Test
  void aLeadUnitThatIsNoRegisteredDepartmentIsRefused() {
    String xml = RuleDrafts.routingWithLead(shipped(ROUTING), "Rule_SpecialEquipment", "market-supervison");
    assertThat(messages(check(ROUTING, xml))).singleElement().asString()
        .contains("特种设备").contains("“market-supervison”不是网格台账的部门中的代码");
  }

  @Test
  void aCategoryCodeTheCatalogueDoesNotKnowIsRefused() {
    String xml = replaceOnce(shipped(ROUTING), "<text>\"special-equipment\"</text>", "<text>\"special-equipments\"</text>");
    assertThat(messages(check(ROUTING, xml))).anySatisfy(m -> assertThat(m)
        .contains("隐患类别“special-equipments”不在隐患类别目录中，这条规则永远匹配不到"));
  }

  @Test
  void aTableWithoutCatchAllIsRefused() {
    String xml = RuleDrafts.withoutRule(shipped(ROUTING), "Rule_Unassigned");
    assertThat(messages(check(ROUTING, xml))).anySatisfy(m -> assertThat(m).startsWith("缺少兜底规则"));
  }

  @Test
  void aRuleThatCanNeverFireIsRefusedNamingTheRuleBeforeIt() {
    String xml = shipped(ROUTING);
    String copy = RuleDrafts.rule(xml, "Rule_Fire").replace("Rule_Fire", "Rule_FireAgain");
    xml = replaceOnce(xml, "<rule id=\"Rule_Unassigned\">", copy + "\n      <rule id=\"Rule_Unassigned\">");
    CheckView view = check(ROUTING, xml);
    assertThat(view.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("Rule_FireAgain");
      assertThat(p.message()).contains("第 66 条规则（消防安全）永远不会命中").contains("如第 17 条规则（消防安全））先匹配");
    });
  }

  @Test
  void aRuleAfterTheCatchAllCanNeverFire() {
    String xml = shipped(ROUTING);
    String fire = RuleDrafts.rule(xml, "Rule_Fire");
    xml = RuleDrafts.withoutRule(xml, "Rule_Fire");
    xml = replaceOnce(xml, "    </decisionTable>", "  " + fire + "\n    </decisionTable>");
    assertThat(check(ROUTING, xml).problems()).anySatisfy(p -> {
      assertThat(p.rule()).isEqualTo("Rule_Fire");
      assertThat(p.message()).contains("永远不会命中");
    });
  }

  @Test
  void aCategoryLeftToTheCatchAllNeedsAnExplicitChoice() {
    String xml = RuleDrafts.withoutRule(shipped(ROUTING), "Rule_SpecialEquipment");
    assertThat(messages(check(ROUTING, xml))).singleElement().asString()
        .isEqualTo("隐患类别“特种设备”（special-equipment）没有自己的规则，将由兜底规则交给领导小组办公室分办。"
            + "请为它增加规则，或明确确认由兜底规则分办");
    assertThat(check(ROUTING, xml, "special-equipment").problems()).isEmpty();
  }

  @Test
  void deadlineStepsThatDoNotIncreaseAreRefused() {
    String xml = replaceOnce(shipped(DEADLINES), "<outputEntry id=\"Rule_Major_LevelOne\">\n          <text>3</text>",
        "<outputEntry id=\"Rule_Major_LevelOne\">\n          <text>1</text>");
    assertThat(messages(check(DEADLINES, xml))).singleElement().asString().contains("重大隐患")
        .contains("升级时限没有依次增大：“一级网格长督办”（逾期 1 天）须晚于“二级网格长督办”（逾期 1 天）");
  }

  @Test
  void feelThatDoesNotCompileIsRefused() {
    String xml = replaceOnce(shipped(ROUTING), "<text>\"fire\"</text>", "<text>\"fire\",</text>");
    assertThat(messages(check(ROUTING, xml))).singleElement().asString()
        .contains("消防安全").contains("不是有效的 FEEL 条件");
  }

  @ParameterizedTest
  @ValueSource(strings = {"juel", "javascript", "groovy", "python"})
  void anyExpressionLanguageButFeelIsRefused(String language) {
    String xml = replaceOnce(shipped(ROUTING), "<outputEntry id=\"Rule_Fire_Lead\">",
        "<outputEntry id=\"Rule_Fire_Lead\" expressionLanguage=\"" + language + "\">");
    assertThat(messages(check(ROUTING, xml))).contains("规则表只能使用 FEEL 表达式，不能使用“" + language
        + "”：JUEL 和脚本可以在服务器上执行程序，规则表中不允许");
  }

  @Test
  void externalJavaFunctionsAreRefused() {
    String xml = replaceOnce(shipped(ROUTING), "<outputEntry id=\"Rule_Fire_Lead\">\n          <text>\"fire-brigade\"</text>",
        "<outputEntry id=\"Rule_Fire_Lead\">\n          <text>(function(x) external {java: {class: \"java.lang.Runtime\", "
            + "method signature: \"getRuntime()\"}})(1)</text>");
    assertThat(messages(check(ROUTING, xml))).anySatisfy(m -> assertThat(m).contains("不允许使用外部（Java）函数"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"P1D\"|\"P0D\"|“记为漏查的时长”须大于零",
      "\"P1D\"|\"1 天\"|须为带引号的 ISO-8601 时长"})
  void inspectionPeriodsMustBePositiveDurations(String text, String replacement, String message) {
    String xml = shipped("inspection-deadlines");
    xml = xml.replaceFirst("<text>" + java.util.regex.Pattern.quote(text) + "</text>", "<text>" + replacement + "</text>");
    assertThat(messages(check("inspection-deadlines", xml))).anySatisfy(m -> assertThat(m).contains(message));
  }

  @Test
  void theCheckShowsWhatTheDraftChangesRuleByRule() {
    String xml = RuleDrafts.routingWithLead(shipped(ROUTING), "Rule_SpecialEquipment", "police");
    CheckView view = check(ROUTING, xml);
    assertThat(view.passed()).isTrue();
    assertThat(view.diff().changed()).singleElement().satisfies(change -> {
      assertThat(change.rule()).isEqualTo("Rule_SpecialEquipment");
      assertThat(change.cells()).singleElement().satisfies(cell -> {
        assertThat(cell.column()).isEqualTo("牵头部门");
        assertThat(cell.before()).isEqualTo("\"market-supervision\"");
        assertThat(cell.after()).isEqualTo("\"police\"");
      });
    });
    assertThat(view.tests()).filteredOn(t -> !t.passed()).singleElement().satisfies(t -> {
      assertThat(t.name()).startsWith("特种设备隐患由市场监管所牵头");
      assertThat(t.message()).isEqualTo("leadDepartment 期望 “market-supervision”，实际 “police”");
    });
  }
}
