package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An area (片) of villages. Its leader (片长, a level-2 grid leader) heads the area inspection group,
 * its deputy (副片长, a deputy level-2 leader) deputises; the liaison cadres and committee cadres of
 * its villages are members (regulation “安全生产任务安排”·全镇各村).
 */
@Entity
@Table(name = "sg_area")
public class Area extends RegistryEntity {

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "town_id")
  private Town town;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "leader_id")
  private Person leader;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "deputy_id")
  private Person deputy;

  protected Area() {}

  public Area(String code, String name, Town town) {
    this.code = code;
    this.name = name;
    this.town = town;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Town getTown() { return town; }
  public Person getLeader() { return leader; }
  public void setLeader(Person leader) { this.leader = leader; }
  public Person getDeputy() { return deputy; }
  public void setDeputy(Person deputy) { this.deputy = deputy; }
}
