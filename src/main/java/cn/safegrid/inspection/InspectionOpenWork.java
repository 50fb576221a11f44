package cn.safegrid.inspection;

import cn.safegrid.grid.OpenWork;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection ledger's part of the registry's integrity: rounds of the grid still to be done
 * (待排查, 已到期未排查, 漏查（已督办）). Departments hold no rounds.
 */
@Component
@Transactional(readOnly = true)
class InspectionOpenWork implements OpenWork {

  static final EnumSet<InspectionStatus> OPEN =
      EnumSet.of(InspectionStatus.OPEN, InspectionStatus.OVERDUE, InspectionStatus.MISSED);

  private final InspectionRepository inspections;

  InspectionOpenWork(InspectionRepository inspections) {
    this.inspections = inspections;
  }

  @Override
  public List<String> openForGrid(String gridCode) {
    long open = inspections.countByGridCodeAndStatusIn(gridCode, OPEN);
    return open == 0 ? List.of() : List.of(open + " 轮未完成的排查");
  }

  @Override
  public List<String> openForDepartment(String departmentCode) {
    return List.of();
  }
}
