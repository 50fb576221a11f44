package cn.safegrid.hazard;

import cn.safegrid.rules.RuleCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazards of the ledger as the two hazard tables see them: by category (routing) and by grade
 * and category (deadlines), as the process hands them to the tables.
 */
@Component
@Transactional(readOnly = true)
class HazardRuleCases implements RuleCases {

  private final HazardRepository hazards;

  HazardRuleCases(HazardRepository hazards) {
    this.hazards = hazards;
  }

  @Override
  public boolean appliesTo(String decisionKey) {
    return HazardProcess.ROUTING_DECISION.equals(decisionKey) || HazardProcess.DEADLINES_DECISION.equals(decisionKey);
  }

  @Override
  public String noun() {
    return "隐患";
  }

  @Override
  public boolean dated() {
    return true;
  }

  @Override
  public List<CaseGroup> groups(String decisionKey, Instant from, Instant to) {
    List<CaseGroup> groups = new ArrayList<>();
    if (HazardProcess.ROUTING_DECISION.equals(decisionKey)) {
      for (Object[] row : hazards.countByCategory(from, to)) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(HazardVariables.HAZARD_CATEGORY.name(), row[0]);
        groups.add(new CaseGroup(inputs, ((Number) row[1]).longValue()));
      }
    } else {
      for (Object[] row : hazards.countByGradeAndCategory(from, to)) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(HazardVariables.GRADE.name(), ((HazardGrade) row[0]).code());
        inputs.put(HazardVariables.HAZARD_CATEGORY.name(), row[1]);
        groups.add(new CaseGroup(inputs, ((Number) row[2]).longValue()));
      }
    }
    return groups;
  }

  @Override
  public List<String> examples(String decisionKey, Map<String, Object> inputs, Instant from, Instant to, int limit) {
    String category = (String) inputs.get(HazardVariables.HAZARD_CATEGORY.name());
    PageRequest page = PageRequest.of(0, limit);
    if (HazardProcess.ROUTING_DECISION.equals(decisionKey)) {
      return hazards.numbersOfCategory(category, from, to, page);
    }
    HazardGrade grade = HazardGrade.ofCode((String) inputs.get(HazardVariables.GRADE.name())).orElseThrow();
    return hazards.numbersOfGradeAndCategory(grade, category, from, to, page);
  }
}
