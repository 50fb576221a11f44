package cn.safegrid.inspection;

import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.rules.RuleCases;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The grids of the registry as the inspection tables see them: by kind (no period: the registry as it stands). */
@Component
class InspectionRuleCases implements RuleCases {

  private final Registry registry;

  InspectionRuleCases(Registry registry) {
    this.registry = registry;
  }

  @Override
  public boolean appliesTo(String decisionKey) {
    return InspectionPlan.DECISION.equals(decisionKey) || InspectionPlan.DEADLINES.equals(decisionKey);
  }

  @Override
  public String noun() {
    return "网格";
  }

  @Override
  public boolean dated() {
    return false;
  }

  @Override
  public List<CaseGroup> groups(String decisionKey, Instant from, Instant to) {
    Map<GridKind, Long> counts = new EnumMap<>(GridKind.class);
    for (GridRow grid : registry.current().data().grids()) {
      counts.merge(grid.kind(), 1L, Long::sum);
    }
    return counts.entrySet().stream()
        .map(e -> new CaseGroup(Map.<String, Object>of("gridKind", e.getKey().name()), e.getValue())).toList();
  }

  @Override
  public List<String> examples(String decisionKey, Map<String, Object> inputs, Instant from, Instant to, int limit) {
    return registry.current().data().grids().stream().filter(g -> g.kind().name().equals(inputs.get("gridKind")))
        .limit(limit).map(GridRow::name).toList();
  }
}
