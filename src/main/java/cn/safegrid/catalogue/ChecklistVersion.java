package cn.safegrid.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One saved state of a checklist: its items in order. Never changed once saved. */
@Entity
@Table(name = "sg_checklist_version")
class ChecklistVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_version")
  @SequenceGenerator(name = "checklist_version", sequenceName = "sg_checklist_version_seq", allocationSize = 50)
  private Long id;

  @Column(name = "checklist_code", nullable = false)
  private String checklistCode;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<ChecklistEntry> items = new ArrayList<>();

  protected ChecklistVersion() {}

  ChecklistVersion(String checklistCode, int versionNo, Instant createdAt, String createdBy, List<ChecklistEntry> items) {
    this.checklistCode = checklistCode;
    this.versionNo = versionNo;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.items = new ArrayList<>(items);
  }

  String getChecklistCode() { return checklistCode; }
  int getVersionNo() { return versionNo; }
  Instant getCreatedAt() { return createdAt; }
  String getCreatedBy() { return createdBy; }
  List<ChecklistEntry> getItems() { return items; }
}
