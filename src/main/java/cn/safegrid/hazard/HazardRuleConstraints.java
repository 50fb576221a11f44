package cn.safegrid.hazard;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.rules.RuleConstraints;
import cn.safegrid.rules.RuleDraft;
import cn.safegrid.rules.RuleDraft.DraftRule;
import cn.safegrid.rules.RuleProblem;
import cn.safegrid.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the hazard loop requires of its two tables. Routing: every category of the catalogue in use
 * has a rule of its own, or someone explicitly chose the catch-all (the safety office) for it — a
 * category is never left to the catch-all by oversight. Deadlines: a positive rectification period,
 * and escalation steps that increase (level 2, then level 1, then the discipline commission).
 */
@Component
class HazardRuleConstraints implements RuleConstraints {

  private static final String[] STEPS = {"levelTwoAfterDays", "levelOneAfterDays", "accountabilityAfterDays"};
  private static final Map<String, String> STEP_NAMES = Map.of("rectificationDays", "整改期限",
      "levelTwoAfterDays", "二级网格长督办", "levelOneAfterDays", "一级网格长督办", "accountabilityAfterDays", "移交纪委问责");

  private final Catalogue catalogue;

  HazardRuleConstraints(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public boolean appliesTo(String decisionKey) {
    return HazardProcess.ROUTING_DECISION.equals(decisionKey) || HazardProcess.DEADLINES_DECISION.equals(decisionKey);
  }

  @Override
  public List<RuleProblem> problems(RuleDraft draft) {
    return HazardProcess.ROUTING_DECISION.equals(draft.decisionKey()) ? routing(draft) : deadlines(draft);
  }

  @Override
  public void deployed(CurrentUser user, RuleDraft draft) {
    if (HazardProcess.ROUTING_DECISION.equals(draft.decisionKey())) {
      catalogue.confirmCatchAll(user, leftToCatchAll(draft));
    }
  }

  private List<RuleProblem> routing(RuleDraft draft) {
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> confirmed = catalogue.catchAllConfirmed();
    for (CategoryView category : catalogue.categories()) {
      if (!category.active()) {
        continue;
      }
      Optional<RuleDraft.Answer> answer = draft.answer(Map.of(HazardVariables.HAZARD_CATEGORY.name(), category.code()));
      if (answer.isEmpty()) {
        problems.add(new RuleProblem(null, "隐患类别“" + category.name() + "”（" + category.code() + "）没有任何规则命中，"
            + "这类隐患将无人负责"));
      } else if (answer.get().rule().catchAll() && !confirmed.contains(category.code())
          && !draft.confirmations().contains(category.code())) {
        problems.add(new RuleProblem(answer.get().rule().id(), "隐患类别“" + category.name() + "”（" + category.code()
            + "）没有自己的规则，将由兜底规则交给领导小组办公室分办。请为它增加规则，或明确确认由兜底规则分办"));
      }
    }
    return problems;
  }

  private Set<String> leftToCatchAll(RuleDraft draft) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : draft.confirmations()) {
      draft.answer(Map.of(HazardVariables.HAZARD_CATEGORY.name(), code))
          .filter(answer -> answer.rule().catchAll()).ifPresent(answer -> codes.add(code));
    }
    return codes;
  }

  private static List<RuleProblem> deadlines(RuleDraft draft) {
    List<RuleProblem> problems = new ArrayList<>();
    for (DraftRule rule : draft.rules()) {
      Integer days = wholeDays(rule, "rectificationDays", problems);
      if (days != null && days < 1) {
        problems.add(new RuleProblem(rule.id(), rule.title() + "的整改期限须至少 1 天"));
      }
      Integer previous = null;
      String previousStep = null;
      for (String step : STEPS) {
        Integer after = wholeDays(rule, step, problems);
        if (after == null) {
          previous = null;
          continue;
        }
        if (previous == null && step.equals(STEPS[0]) && after < 1) {
          problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + STEP_NAMES.get(step) + "”须在逾期至少 1 天后"));
        }
        if (previous != null && after <= previous) {
          problems.add(new RuleProblem(rule.id(), rule.title() + "的升级时限没有依次增大：“" + STEP_NAMES.get(step)
              + "”（逾期 " + after + " 天）须晚于“" + STEP_NAMES.get(previousStep) + "”（逾期 " + previous + " 天）"));
        }
        previous = after;
        previousStep = step;
      }
    }
    return problems;
  }

  private static Integer wholeDays(DraftRule rule, String output, List<RuleProblem> problems) {
    String cell = rule.outputCells().get(output);
    if (cell == null) {
      return null;
    }
    try {
      return Integer.parseInt(cell.trim());
    } catch (NumberFormatException e) {
      problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + STEP_NAMES.getOrDefault(output, output)
          + "”须填写整数天数，现为“" + cell + "”"));
      return null;
    }
  }
}
