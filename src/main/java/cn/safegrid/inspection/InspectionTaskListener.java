package cn.safegrid.inspection;

import static cn.safegrid.inspection.InspectionVariables.INSPECTION_ID;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.TownClock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An inspection task comes up: its name says grid and due day ("日常隐患排查 · 小岗村 · 12月6日前"),
 * and a supervision order for a missed round goes to the upper grid: for a village its liaison
 * cadre and the level-2 leader of its area, for a unit the department that supervises its sector.
 */
@Component
class InspectionTaskListener implements TaskListener {

  private final InspectionLedger ledger;
  private final Registry registry;
  private final TownClock clock;

  InspectionTaskListener(InspectionLedger ledger, Registry registry, TownClock clock) {
    this.ledger = ledger;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Inspection inspection = ledger.find(INSPECTION_ID.require(task));
    task.setName(task.getName() + " · " + inspection.getGridName() + " · "
        + clock.deadline(inspection.getDueAt()));
    if (InspectionProcess.SUPERVISE.equals(task.getTaskDefinitionKey())) {
      RegistryIndex index = registry.current();
      GridRow grid = index.grid(inspection.getGridCode()).orElse(null);
      if (grid == null) {
        task.addCandidateGroup(GridGroups.SAFETY_OFFICE);
        return;
      }
      if (grid.kind() == GridKind.VILLAGE) {
        Set<String> supervisors = new LinkedHashSet<>();
        index.liaisonCadresOf(grid.code()).stream().filter(PersonRow::canLogIn).forEach(p -> supervisors.add(p.loginId()));
        index.levelTwoLeaderOfArea(grid.areaCode()).filter(PersonRow::canLogIn).ifPresent(p -> supervisors.add(p.loginId()));
        supervisors.forEach(task::addCandidateUser);
        if (supervisors.isEmpty()) {
          task.addCandidateGroup(GridGroups.SAFETY_OFFICE);
        }
      } else {
        String department = index.unitOf(grid).supervisingDepartmentCode();
        task.addCandidateGroup(department == null ? GridGroups.SAFETY_OFFICE : GridGroups.department(department));
      }
    }
  }
}
