package cn.safegrid.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which version of a rule table is in force ({@code active*}), the newest version a release brought
 * ({@code release*}), and a release's table waiting for an administrator ({@code pending*}). One row
 * per decision; deploys lock it, so two administrators cannot both build on the same version.
 */
@Entity
@Table(name = "sg_rule_head")
class RuleHead {

  @Id
  @Column(name = "decision_key")
  private String decisionKey;

  @Column(name = "active_version", nullable = false)
  private int activeVersion;

  @Column(name = "active_definition_id", nullable = false)
  private String activeDefinitionId;

  @Column(name = "release_version", nullable = false)
  private int releaseVersion;

  @Column(name = "release_definition_id", nullable = false)
  private String releaseDefinitionId;

  @Column(name = "release_hash", nullable = false)
  private String releaseHash;

  @Column(name = "pending_version")
  private Integer pendingVersion;

  @Column(name = "pending_definition_id")
  private String pendingDefinitionId;

  @Column(name = "pending_since")
  private Instant pendingSince;

  protected RuleHead() {}

  RuleHead(String decisionKey, int version, String definitionId, String releaseHash) {
    this.decisionKey = decisionKey;
    activate(version, definitionId);
    released(version, definitionId, releaseHash);
  }

  void activate(int version, String definitionId) {
    this.activeVersion = version;
    this.activeDefinitionId = definitionId;
  }

  void released(int version, String definitionId, String hash) {
    this.releaseVersion = version;
    this.releaseDefinitionId = definitionId;
    this.releaseHash = hash;
  }

  void pending(Integer version, String definitionId, Instant since) {
    this.pendingVersion = version;
    this.pendingDefinitionId = definitionId;
    this.pendingSince = since;
  }

  String getDecisionKey() { return decisionKey; }
  int getActiveVersion() { return activeVersion; }
  String getActiveDefinitionId() { return activeDefinitionId; }
  int getReleaseVersion() { return releaseVersion; }
  String getReleaseDefinitionId() { return releaseDefinitionId; }
  String getReleaseHash() { return releaseHash; }
  Integer getPendingVersion() { return pendingVersion; }
  String getPendingDefinitionId() { return pendingDefinitionId; }
  Instant getPendingSince() { return pendingSince; }
}
