package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.inspection.InspectionProcess;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The id constants code and tests use name elements that exist in the models. */
class ProcessModelIdsTest {

  @Test
  void hazardProcessConstantsNameElementsOfTheModel() throws Exception {
    assertIdsExist(HazardProcess.class, "processes/hazard-rectification.bpmn");
  }

  @Test
  void inspectionProcessConstantsNameElementsOfTheModels() throws Exception {
    assertIdsExist(InspectionProcess.class, "processes/inspection-round.bpmn", "processes/inspection-scheduling.bpmn",
        "processes/extra-inspection-round.bpmn");
  }

  @Test
  void summaryProcessConstantsNameElementsOfTheModels() throws Exception {
    assertIdsExist(cn.safegrid.summary.SummaryProcess.class, "processes/monthly-summary.bpmn",
        "processes/town-monthly-summary.bpmn", "processes/hazard-statistics.bpmn", "processes/summary-scheduling.bpmn");
  }

  private static void assertIdsExist(Class<?> constants, String... models) throws Exception {
    List<BpmnModelInstance> instances = new ArrayList<>();
    for (String model : models) {
      instances.add(Bpmn.readModelFromFile(new File(model)));
    }
    for (Field field : constants.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String id = (String) field.get(null);
      if (!id.contains("_")) {
        continue; // process and decision keys
      }
      assertThat(instances).as("%s.%s = %s", constants.getSimpleName(), field.getName(), id)
          .anyMatch(instance -> instance.getModelElementById(id) != null);
    }
  }
}
