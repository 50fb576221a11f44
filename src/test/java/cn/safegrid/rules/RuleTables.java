package cn.safegrid.rules;

import cn.safegrid.rules.RuleRequests.DeployRequest;
import cn.safegrid.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** Puts the shipped tables back in force after a test changed one (the shared context outlives the test). */
final class RuleTables {

  static final CurrentUser ADMIN = CurrentUser.of("admin", List.of(Groups.CAMUNDA_ADMIN));

  private RuleTables() {}

  static void restoreShipped(RuleBook book, String key) {
    RuleHead head = book.existing(key);
    String shipped = RuleDrafts.shipped(key);
    String active = book.xml(head.getActiveDefinitionId());
    if (!RuleTable.hash(shipped.getBytes(StandardCharsets.UTF_8)).equals(RuleTable.hash(active.getBytes(StandardCharsets.UTF_8)))) {
      book.deploy(ADMIN, key, new DeployRequest(shipped, head.getActiveVersion(), "测试结束，恢复发布的规则表",
          "测试结束，恢复发布的规则表", List.of()));
    }
  }
}
