package cn.safegrid.rules;

import cn.safegrid.rules.RuleRequests.AdoptRequest;
import cn.safegrid.rules.RuleRequests.DeployRequest;
import cn.safegrid.rules.RuleRequests.DismissRequest;
import cn.safegrid.rules.RuleRequests.DraftRequest;
import cn.safegrid.rules.RuleRequests.PreviewRequest;
import cn.safegrid.rules.RuleRequests.RollbackRequest;
import cn.safegrid.rules.RuleRequests.TestCaseRequest;
import cn.safegrid.rules.RuleViews.CheckView;
import cn.safegrid.rules.RuleViews.PreviewView;
import cn.safegrid.rules.RuleViews.RuleDetail;
import cn.safegrid.rules.RuleViews.RuleSummary;
import cn.safegrid.rules.RuleViews.TestCaseView;
import cn.safegrid.rules.RuleViews.VersionView;
import cn.safegrid.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules API: what the rule management page does, for scripts as well. */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "规则管理", description = "规则表（隐患分办、整改期限、排查频次与期限等 DMN 决策表）的查看、检查、影响预览、部署、比较、回滚和测试用例。"
    + "可以使用驾驶舱的人员可读；规则管理员（rule-admins）和系统管理员可以修改。")
class RulesController {

  private final RuleBook book;
  private final RulePreview preview;
  private final RuleTests tests;

  RulesController(RuleBook book, RulePreview preview, RuleTests tests) {
    this.book = book;
    this.preview = preview;
    this.tests = tests;
  }

  @GetMapping
  @Operation(summary = "全部规则表", description = "每张规则表的生效版本、部署人、时间和理由，待采用的发布版本，测试用例数，以及当前用户能否修改。")
  List<RuleSummary> list(CurrentUser user) {
    return book.list(user);
  }

  @GetMapping("/{key}")
  @Operation(summary = "一张规则表", description = "生效版本的 DMN XML，各列及可用的代码（带中文名称）。")
  RuleDetail detail(@PathVariable String key, CurrentUser user) {
    return book.detail(user, key);
  }

  @GetMapping("/{key}/versions")
  @Operation(summary = "修改记录", description = "生效过的每个版本：来源、部署人、时间、理由、基于哪个版本、与上一版相比的变化、越过测试的理由。最新的在前。")
  List<VersionView> versions(@PathVariable String key, CurrentUser user) {
    return book.versions(user, key);
  }

  @GetMapping(value = "/{key}/versions/{version}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  @Operation(summary = "某个版本的 DMN XML", description = "Camunda 中保存的任一版本（包括待采用的发布版本）。")
  ResponseEntity<String> versionXml(@PathVariable String key, @PathVariable int version, CurrentUser user) {
    String xml = book.versionXml(user, key, version);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(key + "-v" + version + ".dmn", StandardCharsets.UTF_8).build().toString())
        .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8)).body(xml);
  }

  @GetMapping("/{key}/diff")
  @Operation(summary = "比较两个版本", description = "逐条规则：新增、删除、修改（逐个单元格）和调整顺序的规则。")
  RuleDiff.Result diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, CurrentUser user) {
    return book.diff(user, key, from, to);
  }

  @PostMapping("/{key}/check")
  @Operation(summary = "检查草稿", description = "不部署任何内容。返回每个问题的中文说明、测试用例的结果，以及与生效版本的逐条比较。"
      + "检查项：DMN 能否解析；决策 ID、输入输出的名称和类型、命中策略是否与流程所依赖的一致；只用 FEEL（不允许 JUEL、脚本、外部函数）且能编译；"
      + "输出的部门是否为登记的部门代码或 area-group、village-grid；有无兜底规则；有无永远不会命中的规则；目录中的类别是否都有规则或已确认由兜底规则分办；"
      + "期限表的升级天数是否递增等。")
  CheckView check(@PathVariable String key, @RequestBody(required = false) DraftRequest body, CurrentUser user) {
    return book.check(user, key, body);
  }

  @PostMapping("/{key}/preview")
  @Operation(summary = "预览影响", description = "在服务器上用 Camunda DMN 引擎，分别按生效版本和草稿对期间内的真实隐患（默认最近 12 个月）"
      + "或台账中的网格求值：多少、哪些案例的结果会改变（原 → 新，按输入和输出列汇总），以及测试用例的结果。不部署任何内容。")
  PreviewView preview(@PathVariable String key, @RequestBody(required = false) PreviewRequest body, CurrentUser user) {
    return preview.preview(user, key, body);
  }

  @PostMapping("/{key}/deploy")
  @Operation(summary = "部署草稿", description = "须写明理由，并给出草稿基于的版本号。草稿未通过检查返回 400（每个问题一条）；"
      + "有测试用例未通过而未写明越过理由返回 400；期间他人已部署了新版本返回 409，并说明是谁、何时部署的。"
      + "新版本只用于此后上报的隐患（和此后开启的排查），已分办的隐患保持原牵头单位。")
  ResponseEntity<VersionView> deploy(@PathVariable String key, @RequestBody(required = false) DeployRequest body,
      CurrentUser user) {
    return created(key, book.deploy(user, key, body));
  }

  @PostMapping("/{key}/rollback")
  @Operation(summary = "回滚", description = "把某个旧版本的内容作为新版本部署（须写明理由）；同样经过检查和测试用例。")
  ResponseEntity<VersionView> rollback(@PathVariable String key, @RequestBody(required = false) RollbackRequest body,
      CurrentUser user) {
    return created(key, book.rollback(user, key, body));
  }

  @PostMapping("/{key}/pending/adopt")
  @Operation(summary = "采用新版本发布的规则表", description = "SafeGrid 新版本带来的修改过的规则表不会自动替换管理员部署的版本；"
      + "比较后可在此采用（作为新版本部署，须写明理由）。")
  ResponseEntity<VersionView> adopt(@PathVariable String key, @RequestBody(required = false) AdoptRequest body,
      CurrentUser user) {
    return created(key, book.adopt(user, key, body));
  }

  @PostMapping("/{key}/pending/dismiss")
  @Operation(summary = "不采用新版本发布的规则表", description = "继续使用生效版本，不再提示（须写明理由，记入日志）。")
  ResponseEntity<Void> dismiss(@PathVariable String key, @RequestBody(required = false) DismissRequest body,
      CurrentUser user) {
    book.dismiss(user, key, body);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{key}/tests")
  @Operation(summary = "测试用例", description = "每次检查、预览和部署都会运行。")
  List<TestCaseView> testCases(@PathVariable String key, CurrentUser user) {
    book.existing(key);
    return tests.list(user, key);
  }

  @PostMapping("/{key}/tests")
  @Operation(summary = "新建测试用例", description = "输入须给出规则表的每个输入，期望输出至少一个。")
  ResponseEntity<TestCaseView> createTest(@PathVariable String key, @RequestBody(required = false) TestCaseRequest body,
      CurrentUser user) {
    RuleTable table = book.table(book.existing(key).getActiveDefinitionId());
    TestCaseView created = tests.create(user, key, table, body == null ? empty() : body);
    return ResponseEntity.created(URI.create("/api/rules/" + key + "/tests/" + created.id())).body(created);
  }

  @PutMapping("/{key}/tests/{id}")
  @Operation(summary = "修改测试用例", description = "带上读取时的 version；期间已被他人修改返回 409。")
  TestCaseView updateTest(@PathVariable String key, @PathVariable long id,
      @RequestBody(required = false) TestCaseRequest body, CurrentUser user) {
    RuleTable table = book.table(book.existing(key).getActiveDefinitionId());
    return tests.update(user, key, id, table, body == null ? empty() : body);
  }

  @DeleteMapping("/{key}/tests/{id}")
  @Operation(summary = "删除测试用例", description = "带上读取时的 version（查询参数）。")
  ResponseEntity<Void> deleteTest(@PathVariable String key, @PathVariable long id,
      @RequestParam(required = false) Long version, CurrentUser user) {
    book.existing(key);
    tests.delete(user, key, id, version);
    return ResponseEntity.noContent().build();
  }

  /** 201 with the new version, located at its XML. */
  private static ResponseEntity<VersionView> created(String key, VersionView deployed) {
    return ResponseEntity.created(URI.create("/api/rules/" + key + "/versions/" + deployed.version() + "/xml")).body(deployed);
  }

  private static TestCaseRequest empty() {
    return new TestCaseRequest(null, null, null, null);
  }
}
