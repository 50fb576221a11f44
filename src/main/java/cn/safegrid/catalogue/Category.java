package cn.safegrid.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A hazard category of the town's catalogue: the code the routing table (hazard-routing.dmn) and
 * the ledger use, the name officers read, a hint that helps a reporter choose, the group it is
 * listed under, and whether it is still offered. A category is never deleted: hazards keep the
 * name they were filed with (sg_hazard.category_name), and a retired code stays known.
 */
@Entity
@Table(name = "sg_hazard_category")
class Category implements Persistable<String> {

  @Id
  private String code;

  @Version
  private long version;

  @Column(nullable = false)
  private String name;

  private String hint;

  @Column(name = "group_name", nullable = false)
  private String groupName;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "catch_all_confirmed", nullable = false)
  private boolean catchAllConfirmed;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  /**
   * A category made here is inserted, never merged: two people creating one code at once get one
   * category and a conflict, not a silent overwrite of the first by the second.
   */
  @Transient
  private boolean fresh;

  protected Category() {}

  Category(String code, String name, String hint, String groupName, boolean active, int sortOrder,
      boolean catchAllConfirmed) {
    this.code = code;
    this.name = name;
    this.hint = hint;
    this.groupName = groupName;
    this.active = active;
    this.sortOrder = sortOrder;
    this.catchAllConfirmed = catchAllConfirmed;
    this.fresh = true;
  }

  @Override
  public String getId() {
    return code;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    this.fresh = false;
  }

  void change(String name, String hint, String groupName, boolean active, int sortOrder) {
    this.name = name;
    this.hint = hint;
    this.groupName = groupName;
    this.active = active;
    this.sortOrder = sortOrder;
  }

  void changedBy(String userId, Instant at) {
    this.changedBy = userId;
    this.changedAt = at;
  }

  String getCode() { return code; }
  /** JPA's optimistic version: counts the changes, the version a reader's edit is based on. */
  long getVersion() { return version; }
  String getName() { return name; }
  String getHint() { return hint; }
  String getGroupName() { return groupName; }
  boolean isActive() { return active; }
  int getSortOrder() { return sortOrder; }
  boolean isCatchAllConfirmed() { return catchAllConfirmed; }

  void confirmCatchAll() {
    this.catchAllConfirmed = true;
  }
  Instant getChangedAt() { return changedAt; }
  String getChangedBy() { return changedBy; }
}
