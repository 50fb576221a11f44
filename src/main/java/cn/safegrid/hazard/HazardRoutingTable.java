package cn.safegrid.hazard;

import cn.safegrid.catalogue.RoutingTable;
import cn.safegrid.rules.RuleBook;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The categories the routing table in force has rules of its own for (not counting the catch-all). */
@Component
class HazardRoutingTable implements RoutingTable {

  // lazily: the rule book's checks read the catalogue, which asks this table
  private final ObjectProvider<RuleBook> rules;

  HazardRoutingTable(ObjectProvider<RuleBook> rules) {
    this.rules = rules;
  }

  @Override
  public Set<String> namedCodes() {
    return rules.getObject().namedInColumn(HazardProcess.ROUTING_DECISION, HazardVariables.HAZARD_CATEGORY.name());
  }
}
