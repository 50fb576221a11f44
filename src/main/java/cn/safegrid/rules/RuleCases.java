package cn.safegrid.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The real cases a rule table decides (hazards of the ledger, grids of the registry), by their
 * distinct inputs, for the preview of a draft. Implemented by the feature that owns the cases.
 */
public interface RuleCases {

  boolean appliesTo(String decisionKey);

  /** What a case is ("隐患", "网格"), for the page. */
  String noun();

  /** Whether the cases have a date (reported) that a period filters; grids of the registry do not. */
  boolean dated();

  /** The distinct input combinations of the cases in the period (to exclusive), with how many cases have each. */
  List<CaseGroup> groups(String decisionKey, Instant from, Instant to);

  /** Up to {@code limit} cases with these inputs in the period, as an administrator names them (hazard numbers). */
  List<String> examples(String decisionKey, Map<String, Object> inputs, Instant from, Instant to, int limit);

  record CaseGroup(Map<String, Object> inputs, long count) {}
}
