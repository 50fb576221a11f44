package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.SafeGridApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application twice on one file database, as an administrator restarting the server
 * would: the second start deploys nothing new. Runs before the shared contexts exist
 * (SpringContextOrder), since only one engine named "default" may live in a JVM.
 */
class RestartTest {

  @Test
  void restartOnTheSameDatabaseCreatesNoNewDeployment() throws Exception {
    Path dir = Files.createTempDirectory("safegrid-restart");
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";

    List<String> firstResources;
    long firstCount;
    try (ConfigurableApplicationContext first = start(url)) {
      RepositoryService repository = first.getBean(RepositoryService.class);
      firstCount = repository.createDeploymentQuery().count();
      firstResources = resourcesOfLatest(repository);
    }
    try (ConfigurableApplicationContext second = start(url)) {
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(firstCount).isEqualTo(1);
      assertThat(resourcesOfLatest(repository)).containsExactlyInAnyOrderElementsOf(firstResources)
          .containsAll(DeploymentTest.filesIn("processes", "forms"));
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(SafeGridApplication.class)
        .profiles("test")
        // command-line arguments: they win over application.yaml (builder properties are only defaults)
        .run("--spring.datasource.url=" + url, "--server.port=0", "--safegrid.demo.enabled=false");
  }

  private static List<String> resourcesOfLatest(RepositoryService repository) {
    String id = repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1).get(0).getId();
    return repository.getDeploymentResources(id).stream().map(Resource::getName).toList();
  }
}
