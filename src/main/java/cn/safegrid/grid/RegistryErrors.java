package cn.safegrid.grid;

import cn.safegrid.system.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A registry edit that breaks the rules answers 400 with one message per problem; one the user
 * may not make 403, one that would strand open work 409, each with the rows concerned.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryErrors {

  @ExceptionHandler(RegistryInvalidException.class)
  ResponseEntity<ApiError> invalid(RegistryInvalidException e) {
    var error = Registry.asApiError(e);
    return ResponseEntity.status(error.status()).body(new ApiError(error.status().value(), error.getMessage(), error.fieldErrors()));
  }

  @ExceptionHandler(RegistryRefusedException.class)
  ResponseEntity<ApiError> refused(RegistryRefusedException e) {
    return ResponseEntity.status(e.status()).body(new ApiError(e.status().value(), e.getMessage(), e.fieldErrors()));
  }
}
