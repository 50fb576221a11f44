package cn.safegrid.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The codes a column of the rule tables may name, with their Chinese names: implemented by the
 * feature that relies on the column (the hazard ledger knows categories, grades and departments;
 * the inspection schedule knows grid kinds and checklists). The checks refuse a code a column
 * does not know; the editor offers the codes and shows their names.
 */
public interface RuleTerms {

  /** The terms of a column (an input's variable or an output's name), if this feature knows it. */
  Optional<Terms> terms(String column);

  /**
   * {@code names}: code → Chinese name, in the order to offer them. {@code list}: a cell holds one
   * string of comma-separated codes (e.g. assisting departments), which may be empty.
   * {@code what}: what a code is ("部门"), for messages.
   */
  record Terms(String what, Map<String, String> names, boolean list) {}
}
