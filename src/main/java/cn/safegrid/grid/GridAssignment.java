package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's role in a grid; a liaison cadre's also names the village he covers. */
@Entity
@Table(name = "sg_grid_role")
public class GridAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry")
  @SequenceGenerator(name = "registry", sequenceName = "sg_registry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grid_id")
  private Grid grid;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GridRole role;

  /** The village a liaison cadre (包村干部) covers. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "village_id")
  private Grid village;

  /** What he is in charge of, e.g. 分管安全生产、应急管理; 负责第三村民小组. */
  private String duty;

  protected GridAssignment() {}

  public GridAssignment(Grid grid, Person person, GridRole role) {
    this.grid = grid;
    this.person = person;
    this.role = role;
  }

  public Long getId() { return id; }
  public Grid getGrid() { return grid; }
  public Person getPerson() { return person; }
  public GridRole getRole() { return role; }
  public Grid getVillage() { return village; }
  public void setVillage(Grid village) { this.village = village; }
  public String getDuty() { return duty; }
  public void setDuty(String duty) { this.duty = duty; }
}
