package cn.safegrid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API ({@code /engine-rest}) as the starter configures it, plus one fix: the
 * process start endpoint reports every failure as 500, even the app's refusal of bad input
 * ({@link Refusal}). Such a refusal is answered 400 with its message.
 */
@Configuration
class EngineRestConfig {

  /** Tasklist's engine API: refusals an officer can read, no exception text (the REST API keeps its detail). */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<EngineErrorMessages> engineErrorMessages() {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new EngineErrorMessages());
    registration.setName("engineErrorMessages");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(50);
    return registration;
  }

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new SafeGridJerseyResourceConfig();
  }

  @ApplicationPath("/engine-rest")
  static class SafeGridJerseyResourceConfig extends CamundaJerseyResourceConfig {
    @Override
    protected void registerAdditionalResources() {
      register(RefusalMapper.class);
    }
  }

  /** RestExceptions caused by a refusal become 400; all others are answered as before. */
  @Priority(1)
  public static class RefusalMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler standard = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", "InvalidRequestException");
          body.put("message", cause.getMessage());
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
      }
      return standard.toResponse(exception);
    }
  }
}
