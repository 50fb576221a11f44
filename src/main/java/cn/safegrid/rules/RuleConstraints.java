package cn.safegrid.rules;

import cn.safegrid.security.CurrentUser;
import java.util.List;

/**
 * What a feature requires of the rule tables it relies on, beyond the generic checks (the hazard
 * loop: escalation steps that increase, every catalogue category routed or explicitly left to the
 * catch-all; the inspection schedule: positive periods). Implemented by that feature.
 */
public interface RuleConstraints {

  boolean appliesTo(String decisionKey);

  List<RuleProblem> problems(RuleDraft draft);

  /** Called in the deploy's transaction once the draft is in force (e.g. to record confirmations). */
  default void deployed(CurrentUser user, RuleDraft draft) {}
}
