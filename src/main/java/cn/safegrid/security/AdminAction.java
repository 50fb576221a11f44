package cn.safegrid.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One administrator's call over the engine API that went beyond what an officer may do, with the
 * reason he gave and the engine's answer (HTTP status). Written before the call reaches the engine,
 * so a call that fails or brings the server down is on record too.
 */
@Entity
@Table(name = "sg_admin_action")
public class AdminAction {

  static final int MAX_BODY = 4000;
  static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_action")
  @SequenceGenerator(name = "admin_action", sequenceName = "sg_admin_action_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String method;

  @Column(nullable = false)
  private String path;

  @Column(nullable = false)
  private String reason;

  @Column(name = "request_body")
  private String requestBody;

  private Integer status;

  protected AdminAction() {}

  AdminAction(Instant at, String userId, String method, String path, String reason, String requestBody) {
    this.at = at;
    this.userId = userId;
    this.method = method;
    this.path = path.length() > 500 ? path.substring(0, 500) : path;
    this.reason = reason;
    this.requestBody = requestBody == null || requestBody.length() <= MAX_BODY ? requestBody
        : requestBody.substring(0, MAX_BODY - 1) + "…";
  }

  void answered(int status) {
    this.status = status;
  }

  public Long getId() { return id; }
  public Instant getAt() { return at; }
  public String getUserId() { return userId; }
  public String getMethod() { return method; }
  public String getPath() { return path; }
  public String getReason() { return reason; }
  public String getRequestBody() { return requestBody; }
  public Integer getStatus() { return status; }
}
