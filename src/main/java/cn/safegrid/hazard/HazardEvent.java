package cn.safegrid.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a hazard's audit trail: who did what when, from which state to which. Never changed. */
@Entity
@Immutable
@Table(name = "sg_hazard_event")
public class HazardEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_event")
  @SequenceGenerator(name = "hazard_event", sequenceName = "sg_hazard_event_seq", allocationSize = 50)
  private Long id;

  @Column(name = "hazard_id", nullable = false)
  private Long hazardId;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private String actorId;

  @Column(name = "actor_name")
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HazardAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private HazardStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private HazardStatus toStatus;

  private String remarks;

  protected HazardEvent() {}

  HazardEvent(Long hazardId, Instant at, String actorId, String actorName, HazardAction action,
      HazardStatus fromStatus, HazardStatus toStatus, String remarks) {
    this.hazardId = hazardId;
    this.at = at;
    this.actorId = actorId;
    this.actorName = actorName;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.remarks = remarks;
  }

  public Long getId() { return id; }
  public Long getHazardId() { return hazardId; }
  public Instant getAt() { return at; }
  public String getActorId() { return actorId; }
  public String getActorName() { return actorName; }
  public HazardAction getAction() { return action; }
  public HazardStatus getFromStatus() { return fromStatus; }
  public HazardStatus getToStatus() { return toStatus; }
  public String getRemarks() { return remarks; }
}
