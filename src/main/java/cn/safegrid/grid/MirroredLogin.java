package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Camunda user the registry created and therefore manages. */
@Entity
@Table(name = "sg_mirrored_login")
class MirroredLogin {

  @Id
  @Column(name = "login_id")
  private String loginId;

  protected MirroredLogin() {}

  MirroredLogin(String loginId) {
    this.loginId = loginId;
  }

  String getLoginId() {
    return loginId;
  }
}
