package cn.safegrid.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One item of a checklist version: what the officer checks and the category a finding gets. */
@Entity
@Table(name = "sg_checklist_item")
class ChecklistEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item")
  @SequenceGenerator(name = "checklist_item", sequenceName = "sg_checklist_item_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Column(name = "item_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private String label;

  private String hint;

  @Column(name = "default_category")
  private String defaultCategory;

  /** {@code SCHOOL=school;HOSPITAL=medical}: see {@link KindDefaults}. */
  @Column(name = "kind_defaults")
  private String kindDefaults;

  protected ChecklistEntry() {}

  ChecklistEntry(int position, String key, String label, String hint, String defaultCategory, String kindDefaults) {
    this.position = position;
    this.key = key;
    this.label = label;
    this.hint = hint;
    this.defaultCategory = defaultCategory;
    this.kindDefaults = kindDefaults;
  }

  int getPosition() { return position; }
  String getKey() { return key; }
  String getLabel() { return label; }
  String getHint() { return hint; }
  String getDefaultCategory() { return defaultCategory; }
  String getKindDefaults() { return kindDefaults; }
}
