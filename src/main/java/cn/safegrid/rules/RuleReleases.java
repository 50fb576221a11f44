package cn.safegrid.rules;

import cn.safegrid.system.TownClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the record of which table is in force in step with what the release ships, at every start
 * (after the process archive is deployed) and on every node:
 * <ul>
 *   <li>a table seen for the first time comes into force as the release ships it;</li>
 *   <li>a restart, or a redeployment of unchanged files, changes nothing;</li>
 *   <li>a release that ships a changed table replaces a table that came with an earlier release
 *       (no administrator had changed it), when the new one passes every check;</li>
 *   <li>it never replaces a table an administrator deployed: the release's table is recorded as
 *       pending, logged, and shown on the rule management page, where an administrator compares
 *       it and adopts it or keeps his own (docs/rules.md).</li>
 * </ul>
 * Each table is reconciled in its own transaction holding the lock on its head, so nodes that
 * start together take turns.
 */
@Component
class RuleReleases {

  private static final Logger LOG = LoggerFactory.getLogger(RuleReleases.class);

  private final RuleHeadRepository heads;
  private final RuleVersionRepository versions;
  private final RuleRelease release;
  private final RuleChecks checks;
  private final RuleTests tests;
  private final RuleEvaluator evaluator;
  private final TownClock clock;
  private final TransactionTemplate transaction;

  RuleReleases(RuleHeadRepository heads, RuleVersionRepository versions, RuleRelease release, RuleChecks checks,
      RuleTests tests, RuleEvaluator evaluator, TownClock clock, PlatformTransactionManager transactions) {
    this.heads = heads;
    this.versions = versions;
    this.release = release;
    this.checks = checks;
    this.tests = tests;
    this.evaluator = evaluator;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(PostDeployEvent.class)
  @Order(0)
  public void afterDeployment() {
    reconcile();
  }

  /** Reconciles every table the release ships. */
  void reconcile() {
    for (DecisionDefinition shipped : release.shipped()) {
      reconcile(shipped);
    }
  }

  /** Reconciles one table; a head another node created at the same moment is simply read again. */
  void reconcile(DecisionDefinition shipped) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> reconcileLocked(shipped));
        return;
      } catch (DataIntegrityViolationException raced) {
        if (attempt >= 3) {
          throw raced;
        }
      }
    }
  }

  private void reconcileLocked(DecisionDefinition shipped) {
    String key = shipped.getKey();
    String xml = release.xml(shipped.getId());
    String hash = RuleTable.hash(xml.getBytes(StandardCharsets.UTF_8));
    RuleHead head = heads.lock(key).orElse(null);
    if (head == null) {
      heads.saveAndFlush(new RuleHead(key, shipped.getVersion(), shipped.getId(), hash));
      versions.save(new RuleVersion(key, shipped.getVersion(), shipped.getId(), shipped.getDeploymentId(),
          RuleOrigin.RELEASE, RuleBook.SYSTEM, clock.now(), "SafeGrid 发布的规则表（首次启用）", null, null));
      LOG.info("Rule table {}: version {} as the release ships it is in force", key, shipped.getVersion());
      return;
    }
    if (head.getReleaseDefinitionId().equals(shipped.getId())) {
      return; // a restart, or the archive redeployed without a change to this table
    }
    boolean changed = !head.getReleaseHash().equals(hash);
    int previousRelease = head.getReleaseVersion();
    head.released(shipped.getVersion(), shipped.getId(), hash);
    if (!changed) {
      return; // the archive was redeployed for another file; this table's content is the same
    }
    RuleOrigin inForce = versions.findByDecisionKeyOrderByDeployedAtDescIdDesc(key).stream().findFirst()
        .map(RuleVersion::getOrigin).orElse(RuleOrigin.RELEASE);
    RuleTable shippedTable;
    try {
      shippedTable = RuleTable.read(xml);
    } catch (RuleTable.Unreadable e) {
      head.pending(shipped.getVersion(), shipped.getId(), clock.now());
      LOG.warn("Rule table {}: the release ships version {}, which cannot be read ({}); version {} stays in force",
          key, shipped.getVersion(), e.getMessage(), head.getActiveVersion());
      return;
    }
    if (inForce == RuleOrigin.RELEASE) {
      RuleChecks.Checked checked = checks.check(key, xml, shippedTable, java.util.Set.of());
      List<String> failing = checked.parsed() == null ? List.of() : tests.run(key, evaluator, checked.parsed()).stream()
          .filter(t -> !t.passed()).map(t -> t.name()).toList();
      if (checked.passed() && failing.isEmpty()) {
        RuleTable before = tableOf(head.getActiveDefinitionId());
        String diff = before == null ? null
            : RuleDiff.between(head.getActiveVersion(), before, shipped.getVersion(), shippedTable).summary();
        int was = head.getActiveVersion();
        head.activate(shipped.getVersion(), shipped.getId());
        head.pending(null, null, null);
        versions.save(new RuleVersion(key, shipped.getVersion(), shipped.getId(), shipped.getDeploymentId(),
            RuleOrigin.RELEASE, RuleBook.SYSTEM, clock.now(),
            "SafeGrid 新版本发布的规则表（第 " + previousRelease + " 版未经管理员修改，随版本更新）", was, diff));
        LOG.info("Rule table {}: the release's version {} replaces the release's version {}", key,
            shipped.getVersion(), was);
        return;
      }
      head.pending(shipped.getVersion(), shipped.getId(), clock.now());
      LOG.warn("Rule table {}: the release ships version {}, which fails this town's checks or test cases ({}); "
          + "version {} stays in force until an administrator decides on the rule management page", key,
          shipped.getVersion(), checked.passed() ? "test cases " + failing : checked.problems().get(0).message(),
          head.getActiveVersion());
      return;
    }
    head.pending(shipped.getVersion(), shipped.getId(), clock.now());
    LOG.warn("Rule table {}: the release ships a changed version {}; the administrators' version {} stays in force. "
        + "Compare and adopt it, or keep the current one, on the rule management page (docs/rules.md)", key,
        shipped.getVersion(), head.getActiveVersion());
  }

  private RuleTable tableOf(String definitionId) {
    try {
      return RuleTable.read(release.xml(definitionId));
    } catch (RuleTable.Unreadable e) {
      return null;
    }
  }

  List<DecisionDefinition> shipped() {
    return release.shipped();
  }
}
