package cn.safegrid.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import cn.safegrid.system.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * The Camunda side of rule tables: the decisions the release's process archive ships (deployment
 * {@value #ARCHIVE}, see META-INF/processes.xml), the versions of a table and their XML, and
 * deploying a table an administrator changed (deployment {@value #RULES}). It reads and deploys as
 * the system: who may see or change a table is {@link RuleAccess}'s to decide, and the app's own
 * questions (which categories the routing table names) are asked on an officer's request too.
 */
@Component
class RuleRelease {

  /** The process archive's deployment name (META-INF/processes.xml). */
  static final String ARCHIVE = "safegrid";
  /** The deployments of tables that administrators changed. */
  static final String RULES = "safegrid-rules";

  private final RepositoryService repository;
  private final IdentityService identity;

  RuleRelease(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /** The decisions of the newest process-archive deployment: the tables this release ships. */
  List<DecisionDefinition> shipped() {
    return AsSystem.call(identity, this::shippedAsSystem);
  }

  private List<DecisionDefinition> shippedAsSystem() {
    List<Deployment> newest = repository.createDeploymentQuery().deploymentName(ARCHIVE)
        .orderByDeploymentTime().desc().listPage(0, 1);
    if (newest.isEmpty()) {
      return List.of();
    }
    return repository.createDecisionDefinitionQuery().deploymentId(newest.get(0).getId())
        .orderByDecisionDefinitionKey().asc().list();
  }

  Optional<DecisionDefinition> version(String key, int version) {
    return AsSystem.call(identity, () -> Optional.ofNullable(repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).decisionDefinitionVersion(version).singleResult()));
  }

  String xml(String definitionId) {
    return AsSystem.call(identity, () -> {
      try (InputStream in = repository.getDecisionModel(definitionId)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read decision " + definitionId, e);
      }
    });
  }

  /** Deploys one table as a new version; the engine's own checks apply (history time to live …). */
  DecisionDefinition deploy(String key, String resourceName, String xml, String source) {
    return AsSystem.call(identity, () -> deployAsSystem(key, resourceName, xml, source));
  }

  private DecisionDefinition deployAsSystem(String key, String resourceName, String xml, String source) {
    Deployment deployment = repository.createDeployment().name(RULES).source(source)
        .addInputStream(resourceName, new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).deploy();
    return repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).decisionDefinitionKey(key)
        .singleResult();
  }
}
