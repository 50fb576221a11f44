package cn.safegrid.grid;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** Id from the registry's pooled sequence and an optimistic-lock version. */
@MappedSuperclass
public abstract class RegistryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry")
  @SequenceGenerator(name = "registry", sequenceName = "sg_registry_seq", allocationSize = 50)
  private Long id;

  @Version
  private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
