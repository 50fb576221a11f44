package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A town department that answers for sectors (管行业管安全). Its head is a deputy level-2 grid leader,
 * its members are town grid members, and a level-2 grid leader supervises it.
 */
@Entity
@Table(name = "sg_department")
public class Department extends RegistryEntity {

  /** The routing contract: codes exactly as in the domain digest (e.g. fire-brigade). */
  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "town_id")
  private Town town;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "head_id")
  private Person head;

  /** The level-2 grid leader in charge of this department's sectors (分管领导). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervisor_id")
  private Person supervisor;

  /** The hazard categories the regulation gives it, for display (routing itself is DMN). */
  private String categories;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "sg_department_member",
      joinColumns = @JoinColumn(name = "department_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> members = new LinkedHashSet<>();

  protected Department() {}

  public Department(String code, String name, Town town) {
    this.code = code;
    this.name = name;
    this.town = town;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Town getTown() { return town; }
  public Person getHead() { return head; }
  public void setHead(Person head) { this.head = head; }
  public Person getSupervisor() { return supervisor; }
  public void setSupervisor(Person supervisor) { this.supervisor = supervisor; }
  public String getCategories() { return categories; }
  public void setCategories(String categories) { this.categories = categories; }
  public Set<Person> getMembers() { return members; }

}
