package cn.safegrid.rules;

import cn.safegrid.system.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a rule table that came into force: who, when, why, based on which, what changed. Never changed. */
@Entity
@Table(name = "sg_rule_version")
class RuleVersion {

  static final int MAX_TEXT = 4000;
  static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_version")
  @SequenceGenerator(name = "rule_version", sequenceName = "sg_rule_version_seq", allocationSize = 50)
  private Long id;

  @Column(name = "decision_key", nullable = false)
  private String decisionKey;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "definition_id", nullable = false)
  private String definitionId;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RuleOrigin origin;

  @Column(name = "deployed_by", nullable = false)
  private String deployedBy;

  @Column(name = "deployed_at", nullable = false)
  private Instant deployedAt;

  @Column(nullable = false)
  private String reason;

  @Column(name = "based_on_version")
  private Integer basedOnVersion;

  @Column(name = "diff_summary")
  private String diffSummary;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "failed_tests")
  private String failedTests;

  protected RuleVersion() {}

  RuleVersion(String decisionKey, int versionNo, String definitionId, String deploymentId, RuleOrigin origin,
      String deployedBy, Instant deployedAt, String reason, Integer basedOnVersion, String diffSummary) {
    this.decisionKey = decisionKey;
    this.versionNo = versionNo;
    this.definitionId = definitionId;
    this.deploymentId = deploymentId;
    this.origin = origin;
    this.deployedBy = deployedBy;
    this.deployedAt = deployedAt;
    this.reason = Texts.fit(reason, MAX_REASON);
    this.basedOnVersion = basedOnVersion;
    this.diffSummary = Texts.fit(diffSummary, MAX_TEXT);
  }

  void overridden(String overrideReason, String failedTests) {
    this.overrideReason = Texts.fit(overrideReason, MAX_REASON);
    this.failedTests = Texts.fit(failedTests, MAX_TEXT);
  }

  Long getId() { return id; }
  String getDecisionKey() { return decisionKey; }
  int getVersionNo() { return versionNo; }
  String getDefinitionId() { return definitionId; }
  String getDeploymentId() { return deploymentId; }
  RuleOrigin getOrigin() { return origin; }
  String getDeployedBy() { return deployedBy; }
  Instant getDeployedAt() { return deployedAt; }
  String getReason() { return reason; }
  Integer getBasedOnVersion() { return basedOnVersion; }
  String getDiffSummary() { return diffSummary; }
  String getOverrideReason() { return overrideReason; }
  String getFailedTests() { return failedTests; }
}
