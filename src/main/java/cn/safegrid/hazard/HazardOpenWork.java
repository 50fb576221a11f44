package cn.safegrid.hazard;

import cn.safegrid.grid.OpenWork;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hazard ledger's part of the registry's integrity: hazards not yet closed (未销号). */
@Component
@Transactional(readOnly = true)
class HazardOpenWork implements OpenWork {

  private final HazardRepository hazards;

  HazardOpenWork(HazardRepository hazards) {
    this.hazards = hazards;
  }

  @Override
  public List<String> openForGrid(String gridCode) {
    return phrase(hazards.countByGridCodeAndStatusNot(gridCode, HazardStatus.CLOSED));
  }

  @Override
  public List<String> openForDepartment(String departmentCode) {
    return phrase(hazards.countByLeadDepartmentAndStatusNot(departmentCode, HazardStatus.CLOSED));
  }

  private static List<String> phrase(long open) {
    return open == 0 ? List.of() : List.of(open + " 项未销号的隐患");
  }
}
