package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.SafeGridTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger, not a process variable, says who works a hazard: a forged {@code leadGroup} or
 * {@code verifierGroup} (however it got into the instance) changes no task's candidate group.
 */
@SafeGridTest
class HazardGroupsTest {

  @Autowired HazardDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void forgedGroupVariablesDoNotMoveTheWork() {
    var instance = driver.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村西街 2 号", "气瓶未固定");
    runtime.setVariable(instance.getId(), HazardVariables.LEAD_GROUP.name(), "grid-village-dazhuang");
    runtime.setVariable(instance.getId(), HazardVariables.VERIFIER_GROUP.name(), "grid-village-dazhuang");

    driver.complete("huang.shimin", instance, HazardProcess.ACCEPT, Map.of("acceptance", "accept",
        "responsibleUnit", "小岗村某商户", "responsiblePerson", "钱示例", "measures", "固定气瓶"));
    assertThat(groups(driver.task(instance, HazardProcess.RECTIFY).getId())).containsExactly("dept-market-supervision");

    driver.complete("huang.shimin", instance, HazardProcess.RECTIFY, Map.of("rectificationResult", "已加装固定链"));
    assertThat(groups(driver.task(instance, HazardProcess.VERIFY).getId())).containsExactly("grid-village-xiaogang-leaders");
  }

  private java.util.List<String> groups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }
}
