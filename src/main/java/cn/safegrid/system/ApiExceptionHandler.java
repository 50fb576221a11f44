package cn.safegrid.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
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
  /** Jackson's words for a key written twice ({@code STRICT_DUPLICATE_DETECTION}, application.yaml). */
  private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException e) {
    return error(e.status(), e.getMessage(), e.fieldErrors());
  }


  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalidValue(ConstraintViolationException e) {
    List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
        .map(v -> new ApiError.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
        .toList();
    return error(HttpStatus.BAD_REQUEST, "提交的数据有误，请按提示修改。", fields);
  }

  /** Validation of method parameters, e.g. the elements of a JSON array body ({@code List<@Valid …>}). */
  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> invalidArguments(HandlerMethodValidationException e) {
    List<ApiError.FieldError> fields = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String prefix = result.getContainerIndex() != null ? "[" + result.getContainerIndex() + "]"
          : result.getContainerKey() != null ? "[" + result.getContainerKey() + "]"
          : result.getMethodParameter().getParameterName();
      if (result instanceof ParameterErrors errors) {
        errors.getFieldErrors().forEach(f -> fields.add(
            new ApiError.FieldError(prefix + "." + f.getField(), f.getDefaultMessage())));
      } else {
        result.getResolvableErrors().forEach(r -> fields.add(new ApiError.FieldError(prefix, r.getDefaultMessage())));
      }
    }
    return error(HttpStatus.BAD_REQUEST, "提交的数据有误，请按提示修改。", fields);
  }

  /**
   * A body that is no JSON, or JSON with a value of the wrong type: names the field and, for an
   * enumeration (网格类型、职务 …), the values it accepts.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse) {
      java.util.regex.Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage()));
      if (duplicate.find()) {
        String field = Paging.shortened(duplicate.group(1));
        String message = "字段“" + field + "”在请求内容中出现了不止一次，请每个字段只写一次。";
        return error(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.FieldError(field, message)));
      }
    }
    if (e.getCause() instanceof MismatchedInputException mismatch) {
      Class<?> type = mismatch.getTargetType();
      if (!mismatch.getPath().isEmpty()) {
        String field = jsonPath(mismatch.getPath());
        String value = mismatch instanceof InvalidFormatException invalid ? "“" + invalid.getValue() + "”" : "";
        String message = type != null && type.isEnum()
            ? "字段“" + field + "”的值" + value + "无效，可选值：" + enumNames(type) + "。"
            : "字段“" + field + "”的值" + value + "格式不正确" + expected(type) + "。";
        return error(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.FieldError(field, message)));
      }
      if (!expected(type).isEmpty()) {
        return error(HttpStatus.BAD_REQUEST, "请求内容的格式不正确" + expected(type) + "。", List.of());
      }
    }
    return error(HttpStatus.BAD_REQUEST, "请求内容无法解析，请提交有效的 JSON。", List.of());
  }

  /**
   * Bodies and query parameters bound to objects ({@code @Valid} bodies, filters): every invalid
   * field with its message; a value of the wrong type named with what the field accepts.
   * (Covers MethodArgumentNotValidException, a BindException.)
   */
  @ExceptionHandler(BindException.class)
  ResponseEntity<ApiError> invalidFields(BindException e) {
    List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream().map(f -> {
      Class<?> type = e.getBindingResult().getFieldType(f.getField());
      String message = f.isBindingFailure()
          ? "参数“" + f.getField() + "”的值“" + f.getRejectedValue() + "”无效"
              + (type != null && type.isEnum() ? "，可选值：" + enumNames(type) : expected(type)) + "。"
          : f.getDefaultMessage();
      return new ApiError.FieldError(f.getField(), message);
    }).toList();
    boolean typeErrors = e.getBindingResult().getFieldErrors().stream().anyMatch(f -> f.isBindingFailure());
    return error(HttpStatus.BAD_REQUEST, typeErrors ? fields.get(0).message() : "提交的数据有误，请按提示修改。", fields);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> badParameterType(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String message = "参数“" + e.getName() + "”的值“" + e.getValue() + "”无效"
        + (type != null && type.isEnum() ? "，可选值：" + enumNames(type) : expected(type)) + "。";
    return error(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.FieldError(e.getName(), message)));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
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

  /**
   * A write that lost a race for a row of the app's own tables (JPA's optimistic version, or a
   * row lock not granted in time): 409, never 500. Features that can say who changed the row
   * answer before this (e.g. the catalogue's {@code CatalogueErrors}).
   */
  @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
      org.springframework.dao.PessimisticLockingFailureException.class})
  ResponseEntity<ApiError> staleWrite(RuntimeException e) {
    LOG.info("A write lost a race for a row: {}", e.getMessage());
    return error(HttpStatus.CONFLICT, "该记录刚被其他人修改或正在被修改，本次修改未保存：请刷新后重试。", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("Unexpected error in an API request", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系管理员。", List.of());
  }

  /** {@code assignments[0].role} from Jackson's path of the offending value. */
  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static String enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining("、"));
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "，应为数字";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "，应为 true 或 false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "，应为列表（JSON 数组）";
    }
    return "";
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<ApiError.FieldError> fields) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, fields));
  }
}
