package cn.safegrid.webapps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The administrators' notice to everybody who uses the webapps (a planned maintenance, a change of
 * procedure), shown where Camunda's vendor banner was. One row or none.
 */
@Entity
@Table(name = "sg_site_notice")
public class SiteNotice {

  static final int THE_NOTICE = 1;
  static final int MAX_LENGTH = 500;

  @Id
  private Integer id;

  @Column(name = "notice_text", nullable = false)
  private String text;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SiteNotice() {}

  SiteNotice(String text, String updatedBy, Instant updatedAt) {
    this.id = THE_NOTICE;
    this.text = text;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  void change(String text, String updatedBy, Instant updatedAt) {
    this.text = text;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public String getText() { return text; }
  public String getUpdatedBy() { return updatedBy; }
  public Instant getUpdatedAt() { return updatedAt; }
}
