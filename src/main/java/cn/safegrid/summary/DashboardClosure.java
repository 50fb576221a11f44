package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A closed hazard waiting to be folded into the dashboard's totals ({@link DashboardTotals}). */
@Entity
@Table(name = "sg_dashboard_closure")
class DashboardClosure {

  @Id
  @Column(name = "hazard_id")
  private Long hazardId;

  protected DashboardClosure() {}

  Long getHazardId() {
    return hazardId;
  }
}
