package cn.safegrid.grid;

import cn.safegrid.system.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A registry edit that breaks the rules answers 400 with one message per problem. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryErrors {

  @ExceptionHandler(RegistryInvalidException.class)
  ResponseEntity<ApiError> invalid(RegistryInvalidException e) {
    var error = Registry.asApiError(e);
    return ResponseEntity.status(error.status()).body(new ApiError(error.status().value(), error.getMessage(), error.fieldErrors()));
  }
}
