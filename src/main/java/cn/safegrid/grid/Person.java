package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Somebody with a duty in the grid. With a login id and active, he is a Camunda user (mirrored by
 * {@link IdentityMirror}); deactivated, he loses access but his name stays in the history.
 */
@Entity
@Table(name = "sg_person")
public class Person extends RegistryEntity {

  /** Stable key of the person in the registry and its Excel workbook, e.g. p-001. */
  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String phone;

  /** Position as printed on the publicity board, e.g. 镇党委副书记、镇长. */
  private String title;

  @Column(name = "login_id", unique = true)
  private String loginId;

  @Column(nullable = false)
  private boolean active = true;

  /** Administers SafeGrid (member of camunda-admin). */
  @Column(nullable = false)
  private boolean administrator;

  @Column(name = "rule_administrator", nullable = false)
  private boolean ruleAdministrator;

  protected Person() {}

  public Person(String code, String name, String phone, String title, String loginId) {
    this.code = code;
    this.name = name;
    this.phone = phone;
    this.title = title;
    this.loginId = loginId;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getLoginId() { return loginId; }
  public void setLoginId(String loginId) { this.loginId = loginId; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public boolean isAdministrator() { return administrator; }
  public boolean isRuleAdministrator() { return ruleAdministrator; }
  public void setRuleAdministrator(boolean ruleAdministrator) { this.ruleAdministrator = ruleAdministrator; }
  public void setAdministrator(boolean administrator) { this.administrator = administrator; }

  /** Whether he can log in: active and with a login id. */
  public boolean canLogIn() {
    return active && loginId != null && !loginId.isBlank();
  }
}
