package cn.safegrid.security;

import cn.safegrid.grid.Officers;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' reasons and what they did with them: the reason kept for a maintenance session
 * in Cockpit or Admin, and the audit trail of administrators' engine calls. Administrators only.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "管理员操作审计", description = "管理员在流程引擎上的操作须写明理由，并留痕")
class AdminAuditController {

  record ReasonView(String reason, Instant setAt, Instant expiresAt) {}

  record ActionView(Long id, Instant at, String userId, String userName, String method, String path, String reason,
      String requestBody, Integer status) {}

  private final AdminReasons reasons;
  private final AdminActionRepository actions;
  private final Officers officers;

  AdminAuditController(AdminReasons reasons, AdminActionRepository actions, Officers officers) {
    this.reasons = reasons;
    this.actions = actions;
    this.officers = officers;
  }

  @GetMapping("/reason")
  @Operation(summary = "本次会话的操作理由（未填写时为 204）")
  ResponseEntity<ReasonView> reason(CurrentUser user, HttpServletRequest request) {
    administrator(user);
    return reasons.current(request.getSession(false))
        .map(kept -> ResponseEntity.ok(new ReasonView(kept.reason(), kept.setAt(), kept.expiresAt())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PutMapping("/reason")
  @Operation(summary = "填写本次会话的操作理由（两小时内有效），之后在 Cockpit、Admin 中的管理操作都记录此理由")
  ReasonView setReason(CurrentUser user, HttpServletRequest request, @RequestBody(required = false) Map<String, Object> body) {
    administrator(user);
    Object text = body == null ? null : body.get("reason");
    if (text != null && !(text instanceof String)) {
      throw ApiException.invalidField("reason", "操作理由应为文字。");
    }
    AdminReasons.SessionReason kept = reasons.set(request.getSession(true), (String) text);
    return new ReasonView(kept.reason(), kept.setAt(), kept.expiresAt());
  }

  @DeleteMapping("/reason")
  @Operation(summary = "结束本次维护：清除操作理由")
  ResponseEntity<Void> clearReason(CurrentUser user, HttpServletRequest request) {
    administrator(user);
    reasons.clear(request.getSession(false));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/actions")
  @Operation(summary = "管理员操作记录（最新的在前）")
  Page<ActionView> actions(CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    administrator(user);
    return actions.findAll(Paging.page(page, size, Sort.by(Sort.Direction.DESC, "at", "id")))
        .map(a -> new ActionView(a.getId(), a.getAt(), a.getUserId(), officers.nameOf(a.getUserId()), a.getMethod(),
            a.getPath(), a.getReason(), a.getRequestBody(), a.getStatus()));
  }

  private static void administrator(CurrentUser user) {
    if (!user.isAdministrator()) {
      throw ApiException.forbidden("只有系统管理员可以使用操作审计。");
    }
  }
}
