package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A level-1 leader's acknowledgement of the filed town summary. */
@Embeddable
public class TownAcknowledgement {

  @Column(nullable = false)
  private String login;

  @Column(nullable = false)
  private String name;

  @Column(name = "acknowledged_at", nullable = false)
  private Instant acknowledgedAt;

  private String remarks;

  protected TownAcknowledgement() {}

  TownAcknowledgement(String login, String name, Instant acknowledgedAt, String remarks) {
    this.login = login;
    this.name = name;
    this.acknowledgedAt = acknowledgedAt;
    this.remarks = remarks;
  }

  public String getLogin() { return login; }
  public String getName() { return name; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
  public String getRemarks() { return remarks; }
}
