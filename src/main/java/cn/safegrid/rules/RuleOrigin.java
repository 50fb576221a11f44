package cn.safegrid.rules;

/** How a version of a rule table came into force. */
enum RuleOrigin {
  /** shipped with SafeGrid (the process archive) and in force because no administrator had changed the table */
  RELEASE("随版本发布"),
  /** edited and deployed by an administrator */
  EDIT("管理员修改"),
  /** an earlier version's content deployed again */
  ROLLBACK("回滚"),
  /** a release's changed table that an administrator adopted */
  ADOPTED("采用发布版本");

  private final String label;

  RuleOrigin(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
