package cn.safegrid.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/** One thing wrong with a draft rule table, in words an administrator can act on. */
@Schema(name = "RuleProblem", description = "规则表草稿的一个问题")
public record RuleProblem(
    @Schema(description = "出问题的规则的 ID（为空表示整张表的问题）", example = "Rule_Fire") String rule,
    @Schema(description = "说明（中文）") String message) {

  static RuleProblem ofTable(String message) {
    return new RuleProblem(null, message);
  }

  static RuleProblem ofRule(String ruleId, String message) {
    return new RuleProblem(ruleId, message);
  }
}
