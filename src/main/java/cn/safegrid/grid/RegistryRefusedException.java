package cn.safegrid.grid;

import cn.safegrid.system.ApiError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A registry change refused as a whole — not allowed for this user (403), or it would leave open
 * work without its grid, department or person (409) — with one field error per row concerned.
 * Nothing was saved. Answered by {@link RegistryErrors}.
 */
public class RegistryRefusedException extends RuntimeException {

  private final HttpStatus status;
  private final transient List<ApiError.FieldError> fieldErrors;

  public RegistryRefusedException(HttpStatus status, String message, List<ApiError.FieldError> fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public HttpStatus status() {
    return status;
  }

  public List<ApiError.FieldError> fieldErrors() {
    return fieldErrors;
  }
}
