package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A town (镇) served by SafeGrid; Bieshan is the first. */
@Entity
@Table(name = "sg_town")
public class Town extends RegistryEntity {

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  /** The district the town reports to (区/县), e.g. 天津市蓟州区. */
  @Column(nullable = false)
  private String district;

  /** Prefix of the town's hazard numbers, e.g. "BS" in BS-2026-000123. */
  @Column(name = "hazard_prefix", nullable = false)
  private String hazardPrefix;

  protected Town() {}

  public Town(String code, String name, String district, String hazardPrefix) {
    this.code = code;
    this.name = name;
    this.district = district;
    this.hazardPrefix = hazardPrefix;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDistrict() { return district; }
  public void setDistrict(String district) { this.district = district; }
  public String getHazardPrefix() { return hazardPrefix; }
  public void setHazardPrefix(String hazardPrefix) { this.hazardPrefix = hazardPrefix; }
}
