package cn.safegrid.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An administrator's test case of a rule table: these inputs (JSON object, e.g.
 * {@code {"hazardCategory":"fire"}}) must give these outputs (JSON object, a subset of the
 * table's outputs, e.g. {@code {"leadDepartment":"fire-brigade"}}). Run at every check and deploy.
 */
@Entity
@Table(name = "sg_rule_test_case")
class RuleTestCase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_test")
  @SequenceGenerator(name = "rule_test", sequenceName = "sg_rule_test_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  @Column(name = "decision_key", nullable = false)
  private String decisionKey;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String inputs;

  @Column(nullable = false)
  private String expected;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected RuleTestCase() {}

  RuleTestCase(String decisionKey, String name, String inputs, String expected, String createdBy, Instant createdAt) {
    this.decisionKey = decisionKey;
    this.name = name;
    this.inputs = inputs;
    this.expected = expected;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void change(String name, String inputs, String expected, String changedBy, Instant changedAt) {
    this.name = name;
    this.inputs = inputs;
    this.expected = expected;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  Long getId() { return id; }
  long getVersion() { return version; }
  String getDecisionKey() { return decisionKey; }
  String getName() { return name; }
  String getInputs() { return inputs; }
  String getExpected() { return expected; }
  String getCreatedBy() { return createdBy; }
  Instant getCreatedAt() { return createdAt; }
  String getChangedBy() { return changedBy; }
  Instant getChangedAt() { return changedAt; }
}
