package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The registry's revision: locked by each edit, compared by each node's cached copy. */
@Entity
@Table(name = "sg_registry_state")
class RegistryState {

  static final int ID = 1;

  @Id
  private Integer id;

  @Column(nullable = false)
  private long revision;

  protected RegistryState() {}

  long getRevision() {
    return revision;
  }

  void increment() {
    revision++;
  }
}
