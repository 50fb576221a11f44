package cn.safegrid.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed which entry of a catalogue when, and what it became. Never changed. */
@Entity
@Table(name = "sg_catalogue_change")
class CatalogueChange {

  static final int MAX_DESCRIPTION = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_change")
  @SequenceGenerator(name = "catalogue_change", sequenceName = "sg_catalogue_change_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String description;

  protected CatalogueChange() {}

  CatalogueChange(Instant occurredAt, String userId, String subject, String description) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.subject = subject;
    this.description = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
  }

  Instant getOccurredAt() { return occurredAt; }
  String getUserId() { return userId; }
  String getSubject() { return subject; }
  String getDescription() { return description; }
}
