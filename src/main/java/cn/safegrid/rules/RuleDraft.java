package cn.safegrid.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule table being checked, as the features' own checks ({@link RuleConstraints}) see it: its
 * rules with their cells, and its answer for given inputs, evaluated by the Camunda DMN engine.
 */
public interface RuleDraft {

  String decisionKey();

  List<DraftRule> rules();

  /** What the draft answers for these inputs; empty when no rule matches. */
  Optional<Answer> answer(Map<String, Object> inputs);

  /** Codes the administrator explicitly confirmed with this draft (e.g. categories left to the catch-all). */
  Set<String> confirmations();

  /** A rule: id, how messages name it ("第 3 条规则（消防安全）"), whether it is the catch-all, its cells by column. */
  record DraftRule(String id, String title, boolean catchAll, Map<String, String> inputCells,
      Map<String, String> outputCells) {}

  /** The draft's answer: the outputs and the (first) rule that gave them. */
  record Answer(Map<String, Object> outputs, DraftRule rule) {}
}
