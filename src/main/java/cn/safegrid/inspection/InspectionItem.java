package cn.safegrid.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One answered item of an inspection: a checklist item or a key place, and the hazard it raised. */
@Entity
@Table(name = "sg_inspection_item")
public class InspectionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_item")
  @SequenceGenerator(name = "inspection_item", sequenceName = "sg_inspection_item_seq", allocationSize = 50)
  private Long id;

  @Column(name = "inspection_id", nullable = false)
  private Long inspectionId;

  @Column(name = "item_code", nullable = false)
  private String itemCode;

  @Column(nullable = false)
  private String label;

  @Column(name = "key_place", nullable = false)
  private boolean keyPlace;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemResult result;

  private String remark;
  private String category;

  /** The category's name when the finding was filed. */
  @Column(name = "category_name")
  private String categoryName;

  private String grade;

  @Column(name = "hazard_number")
  private String hazardNumber;

  protected InspectionItem() {}

  InspectionItem(Long inspectionId, String itemCode, String label, boolean keyPlace, ItemResult result, String remark,
      String category, String categoryName, String grade) {
    this.categoryName = categoryName;
    this.inspectionId = inspectionId;
    this.itemCode = itemCode;
    this.label = label;
    this.keyPlace = keyPlace;
    this.result = result;
    this.remark = remark;
    this.category = category;
    this.grade = grade;
  }

  public Long getId() { return id; }
  public String getCategoryName() { return categoryName; }
  public Long getInspectionId() { return inspectionId; }
  public String getItemCode() { return itemCode; }
  public String getLabel() { return label; }
  public boolean isKeyPlace() { return keyPlace; }
  public ItemResult getResult() { return result; }
  public String getRemark() { return remark; }
  public String getCategory() { return category; }
  public String getGrade() { return grade; }
  public String getHazardNumber() { return hazardNumber; }
  void setHazardNumber(String number) { this.hazardNumber = number; }
}
