package cn.safegrid.hazard;

/** What an entry of a hazard's audit trail records. */
public enum HazardAction {
  REPORTED("上报隐患"),
  ROUTED("分办"),
  ACCEPTED("受理并明确整改责任"),
  RETURNED("退回重新分办"),
  REASSIGNED("改派牵头单位"),
  ASSISTING_REMARKS("协办意见"),
  ACKNOWLEDGED("领导知悉"),
  PLAN_SUBMITTED("提交整改方案"),
  PLAN_APPROVED("批准整改方案"),
  PLAN_REJECTED("退回整改方案"),
  RECTIFIED("报告整改完成"),
  VERIFICATION_PASSED("复查通过"),
  VERIFICATION_FAILED("复查不通过"),
  CLOSURE_APPROVED("同意销号"),
  CLOSURE_REJECTED("不同意销号"),
  REMINDED("到期提醒"),
  ESCALATED_LEVEL_TWO("升级至二级网格长督办"),
  ESCALATED_LEVEL_ONE("升级至一级网格长督办"),
  SUPERVISED("督办意见"),
  ACCOUNTABILITY_OPENED("移交纪委问责"),
  ACCOUNTABILITY_REVIEWED("纪委问责核查"),
  PHOTO_ADDED("上传照片"),
  CLOSED("销号");

  private final String label;

  HazardAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
