package cn.safegrid.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A checklist of the catalogue (village, unit) and the version new rounds ask. */
@Entity
@Table(name = "sg_checklist")
class ChecklistHead {

  @Id
  private String code;

  @Version
  private long version;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  protected ChecklistHead() {}

  String getCode() { return code; }
  int getCurrentVersion() { return currentVersion; }
  void setCurrentVersion(int currentVersion) { this.currentVersion = currentVersion; }
}
