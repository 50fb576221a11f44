package cn.safegrid.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container forwards what no controller answered (a filter's
 * exception, an unknown static path): always the app's JSON shape {@link ApiError} with a Chinese
 * message, never Spring's "Whitelabel" page or an exception's text. Called directly (no error
 * behind it) it is simply a path that does not exist: 404. Replaces Spring Boot's BasicErrorController.
 *
 * <p>One answer is a page, not JSON: an officer who may not use Cockpit or Admin and opens it in his
 * browser (Camunda refuses the app with 403) reads in Chinese what the app is for and is sent to
 * Tasklist; his login on that app's own page is refused with the same words.
 */
@RestController
class ErrorPage implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

  /** A Camunda webapp page ({@code /camunda/app/cockpit/…}) or its login ({@code …/login/cockpit}). */
  private static final Pattern WEBAPP = Pattern.compile("^/camunda/app/(cockpit|admin)(/.*)?$");
  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/(cockpit|admin)$");

  @RequestMapping("/error")
  ResponseEntity<?> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    if (status == null || status.value() < 400) {
      status = HttpStatus.NOT_FOUND;
    }
    if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
      LOG.error("Unexpected error in {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
    }
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).replaceAll("/{2,}", "/");
    Matcher page = WEBAPP.matcher(uri);
    Matcher login = WEBAPP_LOGIN.matcher(uri);
    if (status == HttpStatus.FORBIDDEN && page.matches() && acceptsHtml(request)) {
      return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .header("Cache-Control", "no-store").body(WebappRefusal.page(page.group(1)));
    }
    String message = status == HttpStatus.FORBIDDEN && login.matches() ? WebappRefusal.message(login.group(1))
        : message(status);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status.value(), message, List.of()));
  }

  private static boolean acceptsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  static String message(HttpStatus status) {
    return switch (status.value()) {
      case 400 -> "请求有误，请检查地址和提交的内容。";
      case 401 -> "请先登录。";
      case 403 -> "您没有执行此操作的权限。";
      case 404 -> "找不到该地址，请检查链接是否正确。";
      case 405 -> "不支持该请求方法。";
      case 413 -> "提交的内容太大。";
      case 415 -> "不支持的内容类型。";
      default -> status.is5xxServerError() ? "系统内部错误，请稍后重试或联系管理员。" : "请求未能完成，请检查后重试。";
    };
  }
}
