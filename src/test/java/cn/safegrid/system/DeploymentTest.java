package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.SafeGridTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model and form in processes/ and forms/ reaches the engine, as one archive. */
@SafeGridTest
class DeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyModelAndFormIsDeployed() throws IOException {
    List<String> files = filesIn("processes", "forms");
    assertThat(files).as("models and forms in the repository").isNotEmpty();
    assertThat(deployedResourceNames()).containsAll(files);
  }

  @Test
  void everyProcessKeepsHistoryForALimitedTime() {
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().latestVersion().list();
    assertThat(processes).allSatisfy(process ->
        assertThat(process.getHistoryTimeToLive()).as(process.getKey()).isNotNull().isPositive());
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list()).allSatisfy(decision ->
        assertThat(decision.getHistoryTimeToLive()).as(decision.getKey()).isNotNull().isPositive());
  }

  private List<String> deployedResourceNames() {
    Deployment latest = repositoryService.createDeploymentQuery().deploymentName("safegrid")
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);
    return repositoryService.getDeploymentResources(latest.getId()).stream().map(Resource::getName).toList();
  }

  /** Resource names as deployed: relative to their folder, e.g. "hazard-rectification.bpmn". */
  static List<String> filesIn(String... folders) throws IOException {
    List<String> names = new java.util.ArrayList<>();
    for (String folder : folders) {
      Path root = Path.of(folder);
      if (!Files.isDirectory(root)) {
        continue; // git keeps no empty folder: forms/ exists once the first form is committed
      }
      try (Stream<Path> paths = Files.walk(root)) {
        paths.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(names::add);
      }
    }
    return names;
  }
}
