package cn.safegrid.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON body of every error the app API returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String message, List<FieldError> fieldErrors) {

  /** One invalid input: the field (JSON property, or sheet/row/column for imports) and why. */
  public record FieldError(String field, String message) {}
}
