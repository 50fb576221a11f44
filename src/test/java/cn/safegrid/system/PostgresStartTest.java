package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.PostgresTest;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application runs on a real PostgreSQL server. */
@PostgresTest
class PostgresStartTest {

  @Autowired DataSource dataSource;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;

  @Test
  void startsOnPostgresWithModelsDeployedAndApiSecured() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(repositoryService.createDeploymentQuery().deploymentName("safegrid").count()).isEqualTo(1);
    var http = new Http(port);
    assertThat(http.get("/engine-rest/task?maxResults=5", null).getStatusCode().value()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task?maxResults=5", Http.basic("admin", "demo")).getStatusCode().value())
        .isEqualTo(200);
  }
}
