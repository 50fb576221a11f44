package cn.safegrid.inspection;

import cn.safegrid.rules.RuleConstraints;
import cn.safegrid.rules.RuleDraft;
import cn.safegrid.rules.RuleDraft.DraftRule;
import cn.safegrid.rules.RuleProblem;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the inspection schedule requires of its tables. Frequency: a whole number of rounds per week
 * (0 = none) and a yes/no for the key-hazard form. Periods: ISO-8601 durations greater than zero for
 * "missed after" and "closed after", and a day count of 0 or more for extra rounds.
 */
@Component
class InspectionRuleConstraints implements RuleConstraints {

  @Override
  public boolean appliesTo(String decisionKey) {
    return InspectionPlan.DECISION.equals(decisionKey) || InspectionPlan.DEADLINES.equals(decisionKey);
  }

  @Override
  public List<RuleProblem> problems(RuleDraft draft) {
    List<RuleProblem> problems = new ArrayList<>();
    for (DraftRule rule : draft.rules()) {
      if (InspectionPlan.DECISION.equals(draft.decisionKey())) {
        whole(rule, "inspectionsPerWeek", "每周排查次数", 0, problems);
        String form = rule.outputCells().get("keyHazardForm");
        if (form != null && !form.trim().equals("true") && !form.trim().equals("false")) {
          problems.add(new RuleProblem(rule.id(), rule.title() + "的“填写重点隐患排查表”须为 true 或 false"));
        }
      } else {
        duration(rule, "missedAfter", "记为漏查的时长", problems);
        duration(rule, "closeAfter", "关闭轮次的时长", problems);
        whole(rule, "extraRoundDays", "加密排查完成期限", 0, problems);
      }
    }
    return problems;
  }

  private static void whole(DraftRule rule, String output, String name, int min, List<RuleProblem> problems) {
    String cell = rule.outputCells().get(output);
    if (cell == null) {
      return;
    }
    try {
      if (Integer.parseInt(cell.trim()) < min) {
        problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + name + "”不能小于 " + min));
      }
    } catch (NumberFormatException e) {
      problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + name + "”须为整数，现为“" + cell + "”"));
    }
  }

  private static void duration(DraftRule rule, String output, String name, List<RuleProblem> problems) {
    String cell = rule.outputCells().get(output);
    if (cell == null) {
      return;
    }
    String text = cell.trim().replaceAll("^\"|\"$", "");
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.isZero()) {
        problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + name + "”须大于零"));
      }
    } catch (DateTimeParseException e) {
      problems.add(new RuleProblem(rule.id(), rule.title() + "的“" + name + "”须为带引号的 ISO-8601 时长，如 \"P1D\"（1 天）、"
          + "\"PT12H\"（12 小时），现为 " + cell));
    }
  }
}
