package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A closed hazard waiting to be folded into the dashboard's totals ({@link DashboardTotals}), queued
 * by its closure ({@code C}) or by a recount ({@code R}).
 */
@Entity
@Table(name = "sg_dashboard_closure")
@IdClass(DashboardClosure.Key.class)
class DashboardClosure {

  record Key(Long hazardId, String source) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "hazard_id")
  private Long hazardId;

  @Id
  @Column(name = "source", length = 1)
  private String source;

  protected DashboardClosure() {}

  Long getHazardId() {
    return hazardId;
  }
}
