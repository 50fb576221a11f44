package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A key place (重点部位) of a village or unit grid, or a hazard source (危险源) when it holds
 * dangerous goods or energy (gas, oxygen, hazardous chemicals, a spray booth …): what the grid's
 * key-hazard inspection form lists and what the unit must monitor strictly (regulation 三（三）3).
 */
@Entity
@Table(name = "sg_key_place")
public class KeyPlace extends RegistryEntity {

  /** Stable, readable code: the grid's code and the place, e.g. {@code village-xiaogang-granary}. */
  @Column(nullable = false, unique = true)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grid_id")
  private Grid grid;

  @Column(nullable = false)
  private String name;

  /** 危险源 rather than a plain 重点部位. */
  @Column(name = "hazard_source", nullable = false)
  private boolean hazardSource;

  @Column(length = 500)
  private String description;

  /** The category a finding at this place takes by default (a catalogue code). */
  @Column(name = "hazard_category")
  private String hazardCategory;

  protected KeyPlace() {}

  public KeyPlace(String code, Grid grid, String name) {
    this.code = code;
    this.grid = grid;
    this.name = name;
  }

  public String getCode() { return code; }
  public Grid getGrid() { return grid; }
  public void setGrid(Grid grid) { this.grid = grid; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public boolean isHazardSource() { return hazardSource; }
  public void setHazardSource(boolean hazardSource) { this.hazardSource = hazardSource; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getHazardCategory() { return hazardCategory; }
  public void setHazardCategory(String hazardCategory) { this.hazardCategory = hazardCategory; }
}
