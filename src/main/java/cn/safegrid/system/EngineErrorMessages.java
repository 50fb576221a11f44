package cn.safegrid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What Tasklist prints when the webapps' engine API refuses an officer's action: a sentence he can
 * act on, never exception text. The app's own refusals (Chinese, see {@link Refusal}) lose the
 * engine's English prefix («Cannot submit task form 12c4…: »); an English engine message becomes a
 * Chinese one by its status; a server error becomes a plain notice (the log keeps the details).
 * Only failed changes are rewritten; reads and successful answers pass untouched. The REST API
 * (/engine-rest) keeps the engine's detail for its programmers.
 */
class EngineErrorMessages extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorMessages.class);
  private static final Pattern ENGINE_PREFIX = Pattern.compile("^Cannot [A-Za-z ]+? \\S+?:\\s+(.*)$",
      Pattern.DOTALL);
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  static final String CLAIMED = "这项任务已被其他人认领：请刷新任务列表，或请认领人先取消认领。";
  static final String SERVER_ERROR = "系统出错，未能保存。请稍后重试；仍然出错请联系系统管理员。";

  private final ObjectMapper json = new ObjectMapper();

  /** Reads are rewritten only when they failed with a 5xx (bad input the engine calls a server error). */
  private static boolean reading(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
    } finally {
      String type = answer.getContentType();
      if (answer.getStatus() >= (reading(request) ? 500 : 400) && type != null && type.contains("json") && answer.getContentSize() > 0) {
        rewrite(request, answer);
      }
      answer.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
    ObjectNode body;
    try {
      body = (ObjectNode) json.readTree(answer.getContentAsByteArray());
    } catch (IOException | ClassCastException e) {
      return;
    }
    String original = body.path("message").asText("");
    int status = badInput(answer.getStatus(), body.path("type").asText(""), original);
    if (status != answer.getStatus()) {
      answer.setStatus(status);
    }
    String message = readable(status, original);
    if (status == 409 && !CHINESE.matcher(original).find()) {
      message = CLAIMED;
    }
    if (!message.equals(original)) {
      if (answer.getStatus() >= 500) {
        LOG.warn("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), answer.getStatus(), original);
      }
      body.put("message", message);
      answer.resetBuffer();
      answer.getOutputStream().write(json.writeValueAsBytes(body));
    }
  }

  /**
   * The status a 5xx answer should have had when bad input caused it (the webapps' engine API has
   * no exception mappers of SafeGrid's, see EngineRestConfig): a task someone else holds 409, a
   * task that does not exist 404, the app's refusal or a wrong variable type or unparseable JSON
   * variable 400. Other answers keep their status.
   */
  static int badInput(int status, String type, String message) {
    if (status < 500) {
      return status;
    }
    if (type.equals("TaskAlreadyClaimedException")) {
      return 409;
    }
    if (type.equals("NullValueException") || type.equals("NotFoundException")) {
      return 404;
    }
    if (type.equals("WrongVariableType") || type.equals("FormFieldValidationException") || CHINESE.matcher(message).find()
        || message.contains("Cannot deserialize object in variable") || message.contains("SPIN/JACKSON-JSON")) {
      return 400;
    }
    return status;
  }

  /** The sentence an officer reads for an engine answer of this status and message. */
  static String readable(int status, String message) {
    if (status >= 500) {
      return SERVER_ERROR;
    }
    Matcher prefixed = ENGINE_PREFIX.matcher(message);
    String rest = prefixed.matches() ? prefixed.group(1).trim() : message.trim();
    if (CHINESE.matcher(rest).find()) {
      return rest;
    }
    String specific = EngineRestConfig.translated(status, rest);
    if (status == 400 && !specific.equals(EngineRestConfig.translated(status, ""))) {
      return specific;
    }
    return switch (status) {
      case 401 -> "登录已过期，请重新登录。";
      case 403 -> "您没有权限进行这项操作。";
      case 404 -> "这项任务已不存在，可能已被他人办理完毕。请刷新页面。";
      default -> "操作未能完成：提交的内容不符合要求。请刷新页面后重试。";
    };
  }
}
