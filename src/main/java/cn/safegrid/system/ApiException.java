package cn.safegrid.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the app refuses, with a message the user can act on (Chinese). The one way the app's
 * services report bad input, missing records, missing rights and conflicts to the web layer.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<ApiError.FieldError> fieldErrors;

  private ApiException(HttpStatus status, String message, List<ApiError.FieldError> fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static ApiException invalid(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of());
  }

  public static ApiException invalidField(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.FieldError(field, message)));
  }

  public static ApiException invalid(String message, List<ApiError.FieldError> fieldErrors) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, fieldErrors);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message, List.of());
  }

  public static ApiException conflict(String message, List<ApiError.FieldError> fieldErrors) {
    return new ApiException(HttpStatus.CONFLICT, message, fieldErrors);
  }

  public static ApiException forbidden(String message, List<ApiError.FieldError> fieldErrors) {
    return new ApiException(HttpStatus.FORBIDDEN, message, fieldErrors);
  }

  public static ApiException tooLarge(String message) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of());
  }

  public static ApiException unsupportedMediaType(String message) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<ApiError.FieldError> fieldErrors() {
    return fieldErrors;
  }
}
