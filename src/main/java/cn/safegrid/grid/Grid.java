package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A unit of responsibility: the town, a village, an enterprise or institution, or a sub-grid of a
 * unit (by job and post). Its people are {@link GridAssignment}s.
 */
@Entity
@Table(name = "sg_grid")
public class Grid extends RegistryEntity {

  /** Stable, readable code, e.g. {@code village-xiaogang}; also names its Camunda groups. */
  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GridKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "town_id")
  private Town town;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Grid parent;

  /** The area (片) of a village; empty for every other kind. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id")
  private Area area;

  /** For a unit: the department that supervises its sector (e.g. education for a school). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervising_department_id")
  private Department supervisingDepartment;

  private String address;

  /** Overrides the inspection frequency the rules give the grid's kind. */
  @Column(name = "inspections_per_week")
  private Integer inspectionsPerWeek;

  /** The category a finding in this unit takes by default: its sector's (a catalogue code). */
  @Column(name = "hazard_category")
  private String hazardCategory;

  protected Grid() {}

  public Grid(String code, String name, GridKind kind, Town town) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.town = town;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public GridKind getKind() { return kind; }
  public void setKind(GridKind kind) { this.kind = kind; }
  public GridLevel getLevel() { return kind.level(); }
  public Town getTown() { return town; }
  public Grid getParent() { return parent; }
  public void setParent(Grid parent) { this.parent = parent; }
  public Area getArea() { return area; }
  public void setArea(Area area) { this.area = area; }
  public Department getSupervisingDepartment() { return supervisingDepartment; }
  public void setSupervisingDepartment(Department department) { this.supervisingDepartment = department; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public Integer getInspectionsPerWeek() { return inspectionsPerWeek; }
  public void setInspectionsPerWeek(Integer inspectionsPerWeek) { this.inspectionsPerWeek = inspectionsPerWeek; }
  public String getHazardCategory() { return hazardCategory; }
  public void setHazardCategory(String hazardCategory) { this.hazardCategory = hazardCategory; }
}
