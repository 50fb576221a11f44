package cn.safegrid.hazard;

import static cn.safegrid.hazard.HazardVariables.*;

import cn.safegrid.system.Refusal;
import cn.safegrid.system.TaskContext;
import cn.safegrid.system.VariableKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A hazard task is done: what the officer submitted is checked — a refusal is a 400 that Tasklist
 * shows on the form and REST clients read — and recorded in the ledger's audit trail.
 *
 * <p>An execution listener on the task's end, not a task listener: the engine wraps task listener
 * exceptions into a 500, while execution listener exceptions reach the caller as thrown. A task
 * cancelled by the process (the hazard was closed) is not an outcome and is ignored.
 */
@Component
class HazardTaskOutcome implements ExecutionListener {

  private final HazardLedger ledger;

  HazardTaskOutcome(HazardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    Long hazardId = ledger.hazardOf(HAZARD_ID.require(task), task.getProcessInstanceId());
    String actor = TaskContext.currentUser();
    switch (task.getCurrentActivityId()) {
      case HazardProcess.ACCEPT -> {
        if (choice(task, ACCEPTANCE, "accept", "return")) {
          ledger.accept(hazardId, actor, required(task, RESPONSIBLE_UNIT, "请填写整改责任单位"),
              required(task, RESPONSIBLE_PERSON, "请填写整改责任人"), phone(task), required(task, MEASURES, "请填写整改措施"));
        } else {
          ledger.returnForReassignment(hazardId, actor, required(task, RETURN_REASON, "退回分办时请写明理由"));
        }
      }
      case HazardProcess.REASSIGN -> leadUnit(task, hazardId);
      case HazardProcess.ADD_ASSISTING_REMARKS -> ledger.assistingRemarks(hazardId, actor,
          ASSISTING_DEPARTMENT.get(task), required(task, ASSISTING_REMARKS, "请填写协办意见"));
      case HazardProcess.ACKNOWLEDGE_MAJOR -> ledger.acknowledged(hazardId, actor, ACKNOWLEDGE_REMARKS.get(task));
      case HazardProcess.DRAFT_PLAN -> ledger.submitPlan(hazardId, actor,
          required(task, PLAN_GOAL, "请填写整改的目标和任务"), required(task, PLAN_METHOD, "请填写整改的方法和措施"),
          required(task, PLAN_FUNDS, "请填写经费和物资的落实"), required(task, PLAN_RESPONSIBLE, "请填写负责整改的机构和人员"),
          required(task, PLAN_TIME_LIMIT, "请填写整改的时限和要求"),
          required(task, PLAN_SAFETY_MEASURES, "请填写安全措施和应急预案"));
      case HazardProcess.APPROVE_PLAN -> {
        boolean approved = choice(task, PLAN_DECISION, "approve", "reject");
        ledger.decidePlan(hazardId, actor, approved,
            approved ? PLAN_OPINION.get(task) : required(task, PLAN_OPINION, "退回整改方案时请写明修改意见"));
      }
      case HazardProcess.RECTIFY -> ledger.rectified(hazardId, actor,
          required(task, RECTIFICATION_RESULT, "请说明整改完成的情况"));
      case HazardProcess.VERIFY -> {
        boolean passed = choice(task, VERIFICATION, "pass", "fail");
        ledger.verified(hazardId, actor, passed,
            passed ? VERIFICATION_OPINION.get(task) : required(task, VERIFICATION_OPINION, "复查不通过时请写明原因和要求"));
      }
      case HazardProcess.REVIEW_CLOSURE -> {
        boolean approved = choice(task, CLOSURE_DECISION, "approve", "reject");
        ledger.reviewClosure(hazardId, actor, approved,
            approved ? CLOSURE_OPINION.get(task) : required(task, CLOSURE_OPINION, "不同意销号时请写明原因"));
      }
      case HazardProcess.SUPERVISE_LEVEL_TWO, HazardProcess.SUPERVISE_LEVEL_ONE -> ledger.supervised(hazardId, actor,
          required(task, SUPERVISION_INSTRUCTIONS, "请填写督办意见"));
      case HazardProcess.REVIEW_ACCOUNTABILITY -> ledger.accountabilityReviewed(hazardId, actor,
          required(task, ACCOUNTABILITY_FINDINGS, "请填写核查情况和处理意见"));
      default -> { }
    }
  }

  /** A two-way choice: true for the first value; anything else is refused. */
  private static boolean choice(DelegateExecution task, VariableKey<String> variable, String yes, String no) {
    String value = variable.get(task);
    if (yes.equals(value)) {
      return true;
    }
    if (no.equals(value)) {
      return false;
    }
    throw Refusal.of(variable.name(), "请在表单中作出选择（" + variable.name() + " 须为 " + yes + " 或 " + no + "）");
  }

  /** The new lead unit must be one the form offered (the registry's, see HazardLedger.leadOptions). */
  private String leadUnit(DelegateExecution task, Long hazardId) {
    String lead = required(task, NEW_LEAD_DEPARTMENT, "请选择新的牵头单位").trim();
    if (ledger.leadOptions(hazardId).stream().noneMatch(option -> option.value().equals(lead))) {
      throw Refusal.of(NEW_LEAD_DEPARTMENT.name(), "“" + lead + "”不是可选的牵头单位：请从列表中选择本镇的部门、片检查组或村级网格");
    }
    return lead;
  }

  private static String required(DelegateExecution task, VariableKey<String> variable, String message) {
    String value = variable.get(task);
    if (value == null || value.isBlank()) {
      throw Refusal.of(variable.name(), message);
    }
    return value.trim();
  }

  private static String phone(DelegateExecution task) {
    String phone = RESPONSIBLE_PHONE.get(task);
    if (phone != null && !phone.isBlank() && !phone.trim().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
      throw Refusal.of(RESPONSIBLE_PHONE.name(), "责任人电话“" + phone + "”不是有效的手机号或固话");
    }
    return phone;
  }
}
