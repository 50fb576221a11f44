package cn.safegrid.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 */
@RestController
class ErrorPage implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

  @RequestMapping("/error")
  ResponseEntity<ApiError> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    if (status == null || status.value() < 400) {
      status = HttpStatus.NOT_FOUND;
    }
    if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
      LOG.error("Unexpected error in {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status.value(), message(status), List.of()));
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
