package cn.safegrid.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the rules API answers. */
public final class RuleViews {

  private RuleViews() {}

  @Schema(name = "RuleSummary", description = "一张规则表及其生效版本")
  public record RuleSummary(
      @Schema(description = "决策 ID（流程按它调用规则表）", example = "hazard-routing") String key,
      @Schema(description = "规则表名称", example = "隐患分办：牵头部门与协办部门") String name,
      @Schema(description = "生效的版本号（Camunda 决策定义版本）") int activeVersion,
      @Schema(description = "生效版本的来源：RELEASE 随版本发布，EDIT 管理员修改，ROLLBACK 回滚，ADOPTED 采用发布版本") String origin,
      @Schema(description = "来源（中文）") String originLabel,
      @Schema(description = "部署人登录名（system 为系统）") String deployedBy,
      @Schema(description = "部署人姓名") String deployedByName,
      @Schema(description = "部署时间") Instant deployedAt,
      @Schema(description = "部署理由") String reason,
      @Schema(description = "本版 SafeGrid 发布的规则表版本号") int releaseVersion,
      @Schema(description = "新版本发布的、与生效版本不同而待管理员决定是否采用的规则表（无则为空）") PendingView pending,
      @Schema(description = "测试用例数") long testCases,
      @Schema(description = "当前用户能否修改、部署、回滚") boolean canDeploy) {}

  @Schema(name = "RulePending", description = "新版本发布的、待管理员决定是否采用的规则表")
  public record PendingView(@Schema(description = "版本号") int version, @Schema(description = "发现时间") Instant since,
      @Schema(description = "与生效版本相比的变化") String diffSummary) {}

  @Schema(name = "RuleColumn", description = "规则表的一列")
  public record ColumnView(@Schema(description = "input 或 output") String kind,
      @Schema(description = "输入读取的变量名或输出名", example = "hazardCategory") String name,
      @Schema(description = "标签", example = "隐患类别") String label,
      @Schema(description = "类型", example = "string") String typeRef,
      @Schema(description = "这一列的代码是什么（如“部门”），无代码表时为空") String what,
      @Schema(description = "可用的代码及其中文名称（按提供顺序）") List<TermView> terms,
      @Schema(description = "一个单元格可写多个代码（逗号分隔）") boolean list) {}

  @Schema(name = "RuleTerm", description = "一个代码及其中文名称")
  public record TermView(@Schema(example = "fire-brigade") String code, @Schema(example = "消防队") String name) {}

  @Schema(name = "RuleDetail", description = "一张规则表：生效版本的内容、列和代码")
  public record RuleDetail(RuleSummary summary, @Schema(description = "生效版本的 DMN XML") String xml,
      @Schema(description = "各列及其代码") List<ColumnView> columns) {}

  @Schema(name = "RuleVersion", description = "规则表的一个版本（审计记录）")
  public record VersionView(@Schema(description = "版本号") int version,
      @Schema(description = "来源") String origin, @Schema(description = "来源（中文）") String originLabel,
      @Schema(description = "部署人登录名") String deployedBy, @Schema(description = "部署人姓名") String deployedByName,
      @Schema(description = "部署时间") Instant deployedAt, @Schema(description = "理由") String reason,
      @Schema(description = "基于哪个版本修改") Integer basedOnVersion,
      @Schema(description = "与上一生效版本相比的变化") String diffSummary,
      @Schema(description = "越过未通过的测试用例时写明的理由") String overrideReason,
      @Schema(description = "部署时未通过的测试用例") String failedTests,
      @Schema(description = "是否当前生效的版本") boolean active) {}

  @Schema(name = "RuleTestResult", description = "一个测试用例在草稿上的结果")
  public record TestResultView(@Schema(description = "测试用例 ID") Long id, @Schema(description = "名称") String name,
      @Schema(description = "是否通过") boolean passed, @Schema(description = "输入") Map<String, Object> inputs,
      @Schema(description = "期望输出") Map<String, Object> expected, @Schema(description = "草稿给出的输出") Map<String, Object> actual,
      @Schema(description = "命中的规则 ID") String rule, @Schema(description = "说明（未通过时）") String message) {}

  @Schema(name = "RuleCheck", description = "检查草稿的结果；有问题时不能部署")
  public record CheckView(@Schema(description = "检查是否全部通过（不含测试用例）") boolean passed,
      @Schema(description = "问题（每条一句中文）") List<RuleProblem> problems,
      @Schema(description = "测试用例的结果") List<TestResultView> tests,
      @Schema(description = "草稿与生效版本的逐条比较（草稿可读时）") RuleDiff.Result diff) {}

  @Schema(name = "RulePreviewChange", description = "按新规则结果会改变的一组案例（输入相同）")
  public record ChangeView(@Schema(description = "输入（代码）") Map<String, Object> inputs,
      @Schema(description = "输入（中文）") String inputsLabel, @Schema(description = "案例数") long count,
      @Schema(description = "生效版本的输出") Map<String, Object> before, @Schema(description = "草稿的输出") Map<String, Object> after,
      @Schema(description = "生效版本的输出（中文）") String beforeLabel, @Schema(description = "草稿的输出（中文）") String afterLabel,
      @Schema(description = "生效版本命中的规则") String beforeRule, @Schema(description = "草稿命中的规则") String afterRule,
      @Schema(description = "这些案例（如隐患编号，最多 200 个）") List<String> examples) {}

  @Schema(name = "RulePreviewMove", description = "某一输出列的变化汇总：原值 → 新值")
  public record MoveView(@Schema(description = "输出列") String column, @Schema(description = "原值") String before,
      @Schema(description = "原值（中文）") String beforeLabel, @Schema(description = "新值") String after,
      @Schema(description = "新值（中文）") String afterLabel, @Schema(description = "案例数") long count) {}

  @Schema(name = "RulePreview", description = "草稿对真实案例的影响：在服务器上用 Camunda DMN 引擎分别按生效版本和草稿求值")
  public record PreviewView(@Schema(description = "检查是否通过") boolean passed,
      @Schema(description = "检查发现的问题") List<RuleProblem> problems,
      @Schema(description = "案例是什么（隐患、网格）") String noun,
      @Schema(description = "起始日期（含，Asia/Shanghai）") LocalDate from, @Schema(description = "截止日期（含）") LocalDate to,
      @Schema(description = "参与预览的案例数") long cases, @Schema(description = "不同输入组合数") int combinations,
      @Schema(description = "结果会改变的案例数") long changedCases,
      @Schema(description = "结果会改变的各组案例") List<ChangeView> changes,
      @Schema(description = "按输出列汇总的变化") List<MoveView> moves,
      @Schema(description = "测试用例的结果") List<TestResultView> tests,
      @Schema(description = "预览用时（毫秒）") long millis) {}

  @Schema(name = "RuleTestCase", description = "规则表的测试用例")
  public record TestCaseView(@Schema(description = "ID") Long id, @Schema(description = "名称", example = "村里的消防隐患交消防队")
      String name, @Schema(description = "输入", example = "{\"hazardCategory\": \"fire\"}") Map<String, Object> inputs,
      @Schema(description = "期望输出（可只列部分输出）", example = "{\"leadDepartment\": \"fire-brigade\"}") Map<String, Object> expected,
      @Schema(description = "创建人") String createdBy, @Schema(description = "创建时间") Instant createdAt,
      @Schema(description = "最后修改人") String changedBy, @Schema(description = "最后修改时间") Instant changedAt,
      @Schema(description = "最后修改（或创建）人的姓名") String lastEditorName,
      @Schema(description = "版本：修改和删除时带上，期间已被他人修改则返回 409") long version) {}
}
