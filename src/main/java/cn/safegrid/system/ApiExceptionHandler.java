package cn.safegrid.system;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an app API request into an {@link ApiError} a person can act on. Runs
 * after the features' own advice (lowest precedence), so their specific handlers win.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException e) {
    return error(e.status(), e.getMessage(), e.fieldErrors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiError.FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return error(HttpStatus.BAD_REQUEST, "提交的数据有误，请按提示修改。", fields);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalidValue(ConstraintViolationException e) {
    List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
        .map(v -> new ApiError.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
        .toList();
    return error(HttpStatus.BAD_REQUEST, "提交的数据有误，请按提示修改。", fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return error(HttpStatus.BAD_REQUEST, "请求内容无法解析，请提交有效的 JSON。", List.of());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
      MissingServletRequestPartException.class})
  ResponseEntity<ApiError> badParameter(Exception e) {
    return error(HttpStatus.BAD_REQUEST, "请求参数有误：" + e.getMessage(), List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件太大。", List.of());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> badUpload(MultipartException e) {
    return error(HttpStatus.BAD_REQUEST, "上传请求有误，请以 multipart/form-data 提交文件。", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型：" + e.getContentType(), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod(), List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
    return error(HttpStatus.NOT_FOUND, "找不到该地址：/" + e.getResourcePath(), List.of());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> notAuthorized(AuthorizationException e) {
    return error(HttpStatus.FORBIDDEN, "您没有执行此操作的权限。", List.of());
  }

  @ExceptionHandler({NotFoundException.class, NullValueException.class})
  ResponseEntity<ApiError> engineNotFound(RuntimeException e) {
    return error(HttpStatus.NOT_FOUND, "找不到相关的任务或流程：" + e.getMessage(), List.of());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> concurrentChange(OptimisticLockingException e) {
    return error(HttpStatus.CONFLICT, "该记录刚被其他人修改，请刷新后重试。", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("Unexpected error in an API request", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系管理员。", List.of());
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<ApiError.FieldError> fields) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, fields));
  }
}
