package cn.safegrid.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * The Camunda side of rule tables: the decisions the release's process archive ships (deployment
 * {@value #ARCHIVE}, see META-INF/processes.xml), the versions of a table and their XML, and
 * deploying a table an administrator changed (deployment {@value #RULES}).
 */
@Component
class RuleRelease {

  /** The process archive's deployment name (META-INF/processes.xml). */
  static final String ARCHIVE = "safegrid";
  /** The deployments of tables that administrators changed. */
  static final String RULES = "safegrid-rules";

  private final RepositoryService repository;

  RuleRelease(RepositoryService repository) {
    this.repository = repository;
  }

  /** The decisions of the newest process-archive deployment: the tables this release ships. */
  List<DecisionDefinition> shipped() {
    List<Deployment> newest = repository.createDeploymentQuery().deploymentName(ARCHIVE)
        .orderByDeploymentTime().desc().listPage(0, 1);
    if (newest.isEmpty()) {
      return List.of();
    }
    return repository.createDecisionDefinitionQuery().deploymentId(newest.get(0).getId())
        .orderByDecisionDefinitionKey().asc().list();
  }

  Optional<DecisionDefinition> version(String key, int version) {
    return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .decisionDefinitionVersion(version).singleResult());
  }

  Optional<DecisionDefinition> definition(String definitionId) {
    return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult());
  }

  /** Every version Camunda holds of a table, newest first. */
  List<DecisionDefinition> versions(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .orderByDecisionDefinitionVersion().desc().list();
  }

  String xml(String definitionId) {
    try (InputStream in = repository.getDecisionModel(definitionId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read decision " + definitionId, e);
    }
  }

  /** Deploys one table as a new version; the engine's own checks apply (history time to live …). */
  DecisionDefinition deploy(String key, String resourceName, String xml, String source) {
    Deployment deployment = repository.createDeployment().name(RULES).source(source)
        .addInputStream(resourceName, new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).deploy();
    return repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).decisionDefinitionKey(key)
        .singleResult();
  }
}
