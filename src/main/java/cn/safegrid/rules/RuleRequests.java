package cn.safegrid.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the rules API accepts. */
public final class RuleRequests {

  private RuleRequests() {}

  @Schema(name = "RuleDraftRequest", description = "要检查的规则表草稿")
  public record DraftRequest(@Schema(description = "DMN XML（不超过 1 MB）") String xml,
      @Schema(description = "确认由兜底规则分办（不单列规则）的类别代码") List<String> confirmCatchAll) {}

  @Schema(name = "RulePreviewRequest", description = "预览：草稿和期间（默认最近 12 个月，按 Asia/Shanghai 日期，含首尾两天）")
  public record PreviewRequest(@Schema(description = "DMN XML") String xml,
      @Schema(description = "起始日期，默认 12 个月前的今天", example = "2026-01-01") LocalDate from,
      @Schema(description = "截止日期，默认今天", example = "2026-12-31") LocalDate to,
      @Schema(description = "确认由兜底规则分办的类别代码") List<String> confirmCatchAll) {}

  @Schema(name = "RuleDeployRequest", description = "部署草稿为新版本")
  public record DeployRequest(@Schema(description = "DMN XML") String xml,
      @Schema(description = "草稿基于的版本号（载入时的生效版本）；期间他人已部署新版本则返回 409", example = "3") Integer baseVersion,
      @Schema(description = "部署理由（必填，4–500 字）", example = "按镇安委会 2026 年第 3 次会议，特种设备改由市场监管所牵头") String reason,
      @Schema(description = "有测试用例未通过而仍要部署时的理由") String overrideReason,
      @Schema(description = "确认由兜底规则分办的类别代码") List<String> confirmCatchAll) {}

  @Schema(name = "RuleRollbackRequest", description = "回滚：把某个旧版本的内容部署为新版本")
  public record RollbackRequest(@Schema(description = "要恢复的版本号") Integer version,
      @Schema(description = "当前生效的版本号") Integer baseVersion, @Schema(description = "理由（必填）") String reason,
      @Schema(description = "有测试用例未通过而仍要回滚时的理由") String overrideReason,
      @Schema(description = "确认由兜底规则分办的类别代码") List<String> confirmCatchAll) {}

  @Schema(name = "RuleAdoptRequest", description = "采用新版本发布的规则表")
  public record AdoptRequest(@Schema(description = "当前生效的版本号") Integer baseVersion,
      @Schema(description = "理由（必填）") String reason,
      @Schema(description = "有测试用例未通过而仍要采用时的理由") String overrideReason,
      @Schema(description = "确认由兜底规则分办的类别代码") List<String> confirmCatchAll) {}

  @Schema(name = "RuleDismissRequest", description = "不采用新版本发布的规则表，继续使用生效版本")
  public record DismissRequest(@Schema(description = "理由（必填）") String reason) {}

  @Schema(name = "RuleTestCaseRequest", description = "新建或修改测试用例")
  public record TestCaseRequest(@Schema(description = "名称（必填，不超过 200 字）") String name,
      @Schema(description = "输入：规则表的每个输入给一个值", example = "{\"hazardCategory\": \"fire\"}") Map<String, Object> inputs,
      @Schema(description = "期望输出：至少一个输出", example = "{\"leadDepartment\": \"fire-brigade\"}") Map<String, Object> expected,
      @Schema(description = "修改时：读取时的版本") Long version) {}
}
