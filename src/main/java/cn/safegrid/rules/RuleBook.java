package cn.safegrid.rules;

import cn.safegrid.grid.Officers;
import cn.safegrid.rules.RuleRequests.AdoptRequest;
import cn.safegrid.rules.RuleRequests.DeployRequest;
import cn.safegrid.rules.RuleRequests.DismissRequest;
import cn.safegrid.rules.RuleRequests.DraftRequest;
import cn.safegrid.rules.RuleRequests.RollbackRequest;
import cn.safegrid.rules.RuleTerms.Terms;
import cn.safegrid.rules.RuleViews.CheckView;
import cn.safegrid.rules.RuleViews.ColumnView;
import cn.safegrid.rules.RuleViews.PendingView;
import cn.safegrid.rules.RuleViews.RuleDetail;
import cn.safegrid.rules.RuleViews.RuleSummary;
import cn.safegrid.rules.RuleViews.TermView;
import cn.safegrid.rules.RuleViews.TestResultView;
import cn.safegrid.rules.RuleViews.VersionView;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.AsSystem;
import cn.safegrid.system.TownClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The town's rule tables: which version of each is in force (SafeGrid's own record, {@code
 * sg_rule_head}, not "the latest Camunda version"), the audit trail of versions, and an
 * administrator's check, deploy, rollback and decision on a release's changed table. The processes
 * evaluate the version in force ({@link #activeVersion}, {@link #evaluate}); a hazard keeps the
 * versions it was reported under.
 */
@Service
@Transactional
public class RuleBook {

  /** Who deployed a release's table. */
  static final String SYSTEM = "system";
  static final int MIN_REASON = 4;

  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

  private final RuleHeadRepository heads;
  private final RuleVersionRepository versions;
  private final RuleRelease release;
  private final RuleReleases releases;
  private final RuleChecks checks;
  private final RuleEvaluator evaluator;
  private final RuleTests tests;
  private final RuleAccess access;
  private final List<RuleConstraints> constraints;
  private final DecisionService decisions;
  private final IdentityService identity;
  private final Officers officers;
  private final TownClock clock;
  private final Map<String, RuleTable> tables = new ConcurrentHashMap<>();

  RuleBook(RuleHeadRepository heads, RuleVersionRepository versions, RuleRelease release, RuleReleases releases,
      RuleChecks checks, RuleEvaluator evaluator, RuleTests tests, RuleAccess access, List<RuleConstraints> constraints,
      DecisionService decisions, IdentityService identity, Officers officers, TownClock clock) {
    this.heads = heads;
    this.versions = versions;
    this.release = release;
    this.releases = releases;
    this.checks = checks;
    this.evaluator = evaluator;
    this.tests = tests;
    this.access = access;
    this.constraints = constraints;
    this.decisions = decisions;
    this.identity = identity;
    this.officers = officers;
    this.clock = clock;
  }

  // ---- for the processes: the version in force

  /** The version of table {@code key} in force now (a Camunda decision definition version). */
  @Transactional(readOnly = true)
  public int activeVersion(String key) {
    return head(key).getActiveVersion();
  }

  /** Evaluates the version of table {@code key} in force, as the system; the first (single) result's outputs. */
  @Transactional(readOnly = true)
  public Map<String, Object> evaluate(String key, Map<String, Object> variables) {
    String definitionId = head(key).getActiveDefinitionId();
    VariableMap inputs = Variables.fromMap(variables);
    DmnDecisionResultEntries result = AsSystem.call(identity, () ->
        decisions.evaluateDecisionById(definitionId).variables(inputs).evaluate().getFirstResult());
    return result == null ? Map.of() : result.getEntryMap();
  }

  /**
   * The string literals the version in force names in an input column, leaving out the catch-all:
   * e.g. the categories the routing table has a rule of its own for.
   */
  @Transactional(readOnly = true)
  public Set<String> namedInColumn(String key, String column) {
    RuleTable table = table(head(key).getActiveDefinitionId());
    int index = -1;
    for (int i = 0; i < table.inputs().size(); i++) {
      if (column.equals(table.inputs().get(i).name())) {
        index = i;
      }
    }
    if (index < 0) {
      return Set.of();
    }
    Set<String> named = new LinkedHashSet<>();
    for (RuleTable.Row row : table.rules()) {
      if (!row.catchAll() && index < row.inputEntries().size()) {
        named.addAll(RuleTable.stringLiterals(row.inputEntries().get(index)));
      }
    }
    return named;
  }

  // ---- reading

  @Transactional(readOnly = true)
  public List<RuleSummary> list(CurrentUser user) {
    access.requireRead(user);
    releasesKnown();
    return heads.findAll(org.springframework.data.domain.Sort.by("decisionKey")).stream()
        .map(head -> summary(user, head)).toList();
  }

  @Transactional(readOnly = true)
  public RuleDetail detail(CurrentUser user, String key) {
    access.requireRead(user);
    RuleHead head = existing(key);
    RuleTable table = table(head.getActiveDefinitionId());
    return new RuleDetail(summary(user, head), release.xml(head.getActiveDefinitionId()), columns(table));
  }

  @Transactional(readOnly = true)
  public List<VersionView> versions(CurrentUser user, String key) {
    access.requireRead(user);
    RuleHead head = existing(key);
    return versions.findByDecisionKeyOrderByDeployedAtDescIdDesc(key).stream()
        .map(v -> view(v, v.getVersionNo() == head.getActiveVersion())).toList();
  }

  /** The XML of any version Camunda holds of the table (in force, earlier, a release's pending one). */
  @Transactional(readOnly = true)
  public String versionXml(CurrentUser user, String key, int version) {
    access.requireRead(user);
    existing(key);
    return release.xml(definition(key, version).getId());
  }

  @Transactional(readOnly = true)
  public RuleDiff.Result diff(CurrentUser user, String key, int from, int to) {
    access.requireRead(user);
    existing(key);
    return RuleDiff.between(from, table(definition(key, from).getId()), to, table(definition(key, to).getId()));
  }

  /** The columns of the table in force, with the codes each may name. */
  List<ColumnView> columns(RuleTable table) {
    List<ColumnView> columns = new ArrayList<>();
    table.inputs().forEach(c -> columns.add(column("input", c)));
    table.outputs().forEach(c -> columns.add(column("output", c)));
    return columns;
  }

  private ColumnView column(String kind, RuleTable.Column c) {
    Optional<Terms> terms = checks.termsOf(c.name());
    return new ColumnView(kind, c.name(), c.label(), c.typeRef(), terms.map(Terms::what).orElse(null),
        terms.map(t -> t.names().entrySet().stream().map(e -> new TermView(e.getKey(), e.getValue())).toList())
            .orElse(List.of()), terms.map(Terms::list).orElse(false));
  }

  // ---- checking a draft

  @Transactional(readOnly = true)
  public CheckView check(CurrentUser user, String key, DraftRequest body) {
    access.requireRead(user);
    RuleHead head = existing(key);
    String xml = body == null ? null : body.xml();
    RuleChecks.Checked checked = checks.check(key, xml, table(head.getReleaseDefinitionId()), confirmations(
        body == null ? null : body.confirmCatchAll()));
    List<TestResultView> results = checked.parsed() == null ? List.of() : tests.run(key, evaluator, checked.parsed());
    RuleDiff.Result diff = checked.table() == null ? null
        : RuleDiff.between(head.getActiveVersion(), table(head.getActiveDefinitionId()), 0, checked.table());
    return new CheckView(checked.passed(), checked.problems(), results, diff);
  }

  /** The parts of a check that the preview reuses. */
  RuleChecks.Checked checked(String key, String xml, List<String> confirmCatchAll) {
    RuleHead head = existing(key);
    return checks.check(key, xml, table(head.getReleaseDefinitionId()), confirmations(confirmCatchAll));
  }

  // ---- changing

  public VersionView deploy(CurrentUser user, String key, DeployRequest body) {
    if (body == null) {
      throw ApiException.invalid("请求内容为空");
    }
    return deploy(user, key, body.xml(), body.baseVersion(), body.reason(), body.overrideReason(),
        body.confirmCatchAll(), RuleOrigin.EDIT);
  }

  public VersionView rollback(CurrentUser user, String key, RollbackRequest body) {
    access.requireDeploy(user);
    if (body == null || body.version() == null) {
      throw ApiException.invalidField("version", "请给出要恢复的版本号（version）");
    }
    existing(key);
    String xml = release.xml(definition(key, body.version()).getId());
    return deploy(user, key, xml, body.baseVersion(), body.reason(), body.overrideReason(), body.confirmCatchAll(),
        RuleOrigin.ROLLBACK);
  }

  public VersionView adopt(CurrentUser user, String key, AdoptRequest body) {
    access.requireDeploy(user);
    RuleHead head = existing(key);
    if (head.getPendingDefinitionId() == null) {
      throw ApiException.conflict("规则表 " + key + " 没有待采用的发布版本");
    }
    if (body == null) {
      throw ApiException.invalid("请求内容为空");
    }
    return deploy(user, key, release.xml(head.getPendingDefinitionId()), body.baseVersion(), body.reason(),
        body.overrideReason(), body.confirmCatchAll(), RuleOrigin.ADOPTED);
  }

  public void dismiss(CurrentUser user, String key, DismissRequest body) {
    access.requireDeploy(user);
    String reason = reason(body == null ? null : body.reason());
    RuleHead head = heads.lock(key).orElseThrow(() -> unknown(key));
    if (head.getPendingDefinitionId() == null) {
      throw ApiException.conflict("规则表 " + key + " 没有待采用的发布版本");
    }
    LOG.info("Rule table {}: {} keeps version {} and does not adopt the release's version {}: {}", key,
        user.userId(), head.getActiveVersion(), head.getPendingVersion(), reason);
    head.pending(null, null, null);
  }

  private VersionView deploy(CurrentUser user, String key, String xml, Integer baseVersion, String reasonText,
      String overrideText, List<String> confirmCatchAll, RuleOrigin origin) {
    access.requireDeploy(user);
    String reason = reason(reasonText);
    if (baseVersion == null) {
      throw ApiException.invalidField("baseVersion", "请给出草稿基于的版本号（baseVersion，载入规则表时的生效版本）");
    }
    RuleHead head = heads.lock(key).orElseThrow(() -> unknown(key));
    if (head.getActiveVersion() != baseVersion) {
      throw ApiException.conflict(staleMessage(key, baseVersion, head.getActiveVersion()));
    }
    Set<String> confirmations = confirmations(confirmCatchAll);
    RuleChecks.Checked checked = checks.check(key, xml, table(head.getReleaseDefinitionId()), confirmations);
    if (!checked.passed()) {
      throw ApiException.invalid("规则表未通过检查，没有部署：" + checked.problems().get(0).message()
          + (checked.problems().size() > 1 ? "（共 " + checked.problems().size() + " 个问题）" : ""),
          checked.problems().stream().map(p -> new ApiError.FieldError(p.rule() == null ? "xml" : "rules[" + p.rule() + "]",
              p.message())).toList());
    }
    String activeXml = release.xml(head.getActiveDefinitionId());
    if (RuleTable.hash(xml.getBytes(StandardCharsets.UTF_8)).equals(RuleTable.hash(activeXml.getBytes(StandardCharsets.UTF_8)))) {
      throw ApiException.invalid("草稿与生效的第 " + head.getActiveVersion() + " 版内容完全相同，无需部署");
    }
    List<TestResultView> failed = tests.run(key, evaluator, checked.parsed()).stream().filter(t -> !t.passed()).toList();
    String override = overrideText == null ? "" : overrideText.trim();
    if (!failed.isEmpty() && override.length() < MIN_REASON) {
      throw ApiException.invalid("有 " + failed.size() + " 个测试用例未通过，没有部署："
          + failed.stream().map(TestResultView::name).collect(Collectors.joining("、"))
          + "。如确需部署，请写明越过这些测试用例的理由（至少 " + MIN_REASON + " 个字）",
          failed.stream().map(t -> new ApiError.FieldError("tests[" + t.id() + "]", t.name() + "：" + t.message())).toList());
    }
    RuleTable before = table(head.getActiveDefinitionId());
    DecisionDefinition deployed = release.deploy(key, key + ".dmn", xml, "SafeGrid 规则管理：" + user.userId());
    String diff = RuleDiff.between(head.getActiveVersion(), before, deployed.getVersion(), checked.table()).summary();
    head.activate(deployed.getVersion(), deployed.getId());
    if (origin == RuleOrigin.ADOPTED) {
      head.pending(null, null, null);
    }
    RuleVersion row = new RuleVersion(key, deployed.getVersion(), deployed.getId(), deployed.getDeploymentId(), origin,
        user.userId(), clock.now(), reason, baseVersion, diff);
    if (!failed.isEmpty()) {
      row.overridden(override, failed.stream().map(t -> t.name() + "（" + t.message() + "）").collect(Collectors.joining("；")));
    }
    versions.save(row);
    RuleDraft draft = checks.draft(checked.table(), checked.parsed(), confirmations);
    constraints.stream().filter(c -> c.appliesTo(key)).forEach(c -> c.deployed(user, draft));
    LOG.info("Rule table {}: {} deployed version {} ({}), based on version {}: {}", key, user.userId(),
        deployed.getVersion(), origin, baseVersion, reason);
    return view(row, true);
  }

  private String staleMessage(String key, int base, int active) {
    List<RuleVersion> since = versions.findByDecisionKeyOrderByDeployedAtDescIdDesc(key).stream()
        .filter(v -> v.getVersionNo() > base).toList();
    if (since.isEmpty() || base > active) {
      return "草稿基于第 " + base + " 版，但生效的是第 " + active + " 版。请重新载入规则表后再修改";
    }
    RuleVersion latest = since.get(0);
    String others = since.size() > 1 ? "（其间共部署了 " + since.size() + " 个版本）" : "";
    return "您编辑期间，" + nameOf(latest.getDeployedBy()) + "（" + latest.getDeployedBy() + "）已于 "
        + clock.dayAndTime(latest.getDeployedAt()) + " 部署了第 " + latest.getVersionNo() + " 版（理由：" + latest.getReason()
        + "）" + others + "，您的草稿基于第 " + base + " 版，没有部署。请重新载入第 " + active + " 版，在其上重做您的修改";
  }

  private static String reason(String text) {
    String reason = text == null ? "" : text.trim();
    if (reason.length() < MIN_REASON) {
      throw ApiException.invalidField("reason", "请写明理由（至少 " + MIN_REASON + " 个字），它记入规则表的修改记录");
    }
    if (reason.length() > RuleVersion.MAX_REASON) {
      throw ApiException.invalidField("reason", "理由不能超过 " + RuleVersion.MAX_REASON + " 个字");
    }
    return reason;
  }

  private static Set<String> confirmations(List<String> codes) {
    Set<String> set = new HashSet<>();
    if (codes != null) {
      codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).forEach(set::add);
    }
    return set;
  }

  // ---- helpers

  /** The head of a table, reconciling with the release first when it is not recorded yet (a fresh start). */
  RuleHead head(String key) {
    return heads.findById(key).orElseGet(() -> {
      releases.reconcile();
      return heads.findById(key).orElseThrow(() -> new IllegalStateException("no rule table " + key));
    });
  }

  RuleHead existing(String key) {
    releasesKnown();
    return heads.findById(key).orElseThrow(() -> unknown(key));
  }

  private void releasesKnown() {
    if (heads.count() == 0) {
      releases.reconcile();
    }
  }

  private static ApiException unknown(String key) {
    return ApiException.notFound("没有规则表“" + key + "”");
  }

  DecisionDefinition definition(String key, int version) {
    return release.version(key, version)
        .orElseThrow(() -> ApiException.notFound("规则表“" + key + "”没有第 " + version + " 版"));
  }

  /** A version's table as read (cached by definition id: versions never change). */
  RuleTable table(String definitionId) {
    return tables.computeIfAbsent(definitionId, id -> {
      try {
        return RuleTable.read(release.xml(id));
      } catch (RuleTable.Unreadable e) {
        throw new IllegalStateException("deployed rule table " + id + " cannot be read: " + e.getMessage());
      }
    });
  }

  String xml(String definitionId) {
    return release.xml(definitionId);
  }

  RuleEvaluator.Parsed parsedActive(String key) {
    RuleHead head = head(key);
    try {
      return evaluator.parse(key, release.xml(head.getActiveDefinitionId()));
    } catch (RuleEvaluator.Failed e) {
      throw new IllegalStateException("rule table " + key + " in force cannot be parsed: " + e.getMessage());
    }
  }

  private RuleSummary summary(CurrentUser user, RuleHead head) {
    RuleVersion current = versions.findByDecisionKeyAndVersionNo(head.getDecisionKey(), head.getActiveVersion()).orElse(null);
    PendingView pending = null;
    if (head.getPendingDefinitionId() != null) {
      String diff = RuleDiff.between(head.getActiveVersion(), table(head.getActiveDefinitionId()), head.getPendingVersion(),
          table(head.getPendingDefinitionId())).summary();
      pending = new PendingView(head.getPendingVersion(), head.getPendingSince(), diff);
    }
    RuleTable table = table(head.getActiveDefinitionId());
    return new RuleSummary(head.getDecisionKey(), table.decisionName(), head.getActiveVersion(),
        current == null ? null : current.getOrigin().name(), current == null ? null : current.getOrigin().label(),
        current == null ? null : current.getDeployedBy(), current == null ? null : nameOf(current.getDeployedBy()),
        current == null ? null : current.getDeployedAt(), current == null ? null : current.getReason(),
        head.getReleaseVersion(), pending, tests.count(head.getDecisionKey()), access.canDeploy(user));
  }

  private VersionView view(RuleVersion v, boolean active) {
    return new VersionView(v.getVersionNo(), v.getOrigin().name(), v.getOrigin().label(), v.getDeployedBy(),
        nameOf(v.getDeployedBy()), v.getDeployedAt(), v.getReason(), v.getBasedOnVersion(), v.getDiffSummary(),
        v.getOverrideReason(), v.getFailedTests(), active);
  }

  String nameOf(String login) {
    return SYSTEM.equals(login) ? "系统" : officers.nameOf(login);
  }
}
