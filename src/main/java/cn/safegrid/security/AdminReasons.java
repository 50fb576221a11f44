package cn.safegrid.security;

import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reason an administrator gives for what he does over the engine API beyond an officer's own
 * work. A REST client sends it with each call (header {@value #HEADER}, URL-encoded UTF-8); in
 * Cockpit and Admin he writes it once into the bar the webapps show him, which keeps it in his
 * session for {@link #VALID_FOR} (a maintenance session), so each of his calls carries it.
 */
@Component
public class AdminReasons {

  public static final String HEADER = "X-SafeGrid-Reason";
  static final Duration VALID_FOR = Duration.ofHours(2);
  private static final String SESSION_ATTRIBUTE = AdminReasons.class.getName();
  private static final int MIN_LENGTH = 4;

  /** A reason kept in the session, and until when it counts. */
  public record SessionReason(String reason, Instant setAt, Instant expiresAt) {}

  private final TownClock clock;

  AdminReasons(TownClock clock) {
    this.clock = clock;
  }

  /** The request's reason: its header, else the session's; empty when there is none. */
  Optional<String> of(HttpServletRequest request) {
    String header = request.getHeader(HEADER);
    if (header != null && !header.isBlank()) {
      try {
        return Optional.of(URLDecoder.decode(header, StandardCharsets.UTF_8).strip()).filter(AdminReasons::enough);
      } catch (IllegalArgumentException brokenEscape) {
        return Optional.empty();
      }
    }
    return current(request.getSession(false)).map(SessionReason::reason);
  }

  public Optional<SessionReason> current(HttpSession session) {
    if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof SessionReason reason)) {
      return Optional.empty();
    }
    if (!clock.now().isBefore(reason.expiresAt())) {
      session.removeAttribute(SESSION_ATTRIBUTE);
      return Optional.empty();
    }
    return Optional.of(reason);
  }

  public SessionReason set(HttpSession session, String text) {
    String reason = text == null ? "" : text.strip();
    if (!enough(reason)) {
      throw ApiException.invalidField("reason", "请写明操作理由（至少 " + MIN_LENGTH + " 个字），例如“按安办通知更正 BS-2026-000123 的牵头单位”。");
    }
    if (reason.length() > AdminAction.MAX_REASON) {
      throw ApiException.invalidField("reason", "操作理由不能超过 " + AdminAction.MAX_REASON + " 个字。");
    }
    Instant now = clock.now();
    SessionReason kept = new SessionReason(reason, now, now.plus(VALID_FOR));
    session.setAttribute(SESSION_ATTRIBUTE, kept);
    return kept;
  }

  public void clear(HttpSession session) {
    if (session != null) {
      session.removeAttribute(SESSION_ATTRIBUTE);
    }
  }

  private static boolean enough(String reason) {
    return reason.codePointCount(0, reason.length()) >= MIN_LENGTH && reason.length() <= AdminAction.MAX_REASON;
  }
}
