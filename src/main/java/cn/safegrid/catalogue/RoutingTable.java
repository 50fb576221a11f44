package cn.safegrid.catalogue;

import cn.safegrid.hazard.HazardProcess;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The category codes the deployed routing table (the latest hazard-routing decision) names in its
 * rules. A category it does not name goes to the catch-all rule, the safety office.
 */
@Component
class RoutingTable {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final RepositoryService repository;
  private volatile Named cached;

  private record Named(String definitionId, Set<String> codes) {}

  RoutingTable(RepositoryService repository) {
    this.repository = repository;
  }

  boolean names(String categoryCode) {
    return namedCodes().contains(categoryCode);
  }

  Set<String> namedCodes() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(HazardProcess.ROUTING_DECISION).latestVersion().singleResult();
    if (latest == null) {
      return Set.of();
    }
    Named known = cached;
    if (known != null && known.definitionId().equals(latest.getId())) {
      return known.codes();
    }
    Set<String> codes = new HashSet<>();
    try (InputStream in = repository.getDecisionModel(latest.getId())) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      for (Rule rule : model.getModelElementsByType(Rule.class)) {
        for (InputEntry entry : rule.getInputEntries()) {
          Matcher quoted = QUOTED.matcher(entry.getTextContent() == null ? "" : entry.getTextContent());
          while (quoted.find()) {
            codes.add(quoted.group(1));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the routing table", e);
    }
    Set<String> named = Set.copyOf(codes);
    cached = new Named(latest.getId(), named);
    return named;
  }
}
