package cn.safegrid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API ({@code /engine-rest}) as the starter configures it, plus one fix: bad
 * input is answered 4xx with a Chinese message, never 500 (the process start endpoint, for one,
 * reports every failure as 500, even the app's refusal of bad input, {@link Refusal}); see
 * {@link #answer}.
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
      register(EngineExceptionMapper.class);
      register(JsonMappingMapper.class);
      register(JsonParseMapper.class);
      register(WebApplicationMapper.class);
    }
  }

  /**
   * The engine REST API's answer to a failure, with SafeGrid's fixes for bad input: the app's
   * refusals ({@link Refusal}, {@link WrongVariableType}) and the engine's bad-request exceptions
   * become 400 with their message, a task someone else holds 409, a task or instance that does not
   * exist 404, a JSON variable that does not parse 400, all of them with a Chinese message (the
   * engine's English text, when there is one, stays in {@code detail} for programmers). Other
   * failures are answered as the engine answers them.
   */
  static Response answer(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
        return refusal(Response.Status.BAD_REQUEST, cause.getMessage(), "请求内容有误，请检查后重试。");
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return refusal(Response.Status.CONFLICT, "", "这项任务已被其他人认领：请刷新任务列表，或请认领人先取消认领。",
            cause.getMessage());
      }
      if (cause instanceof NullValueException || cause instanceof NotFoundException) {
        return refusal(Response.Status.NOT_FOUND, "", "找不到该任务、流程或记录：它可能已办理完毕，或编号有误。", cause.getMessage());
      }
      if (cause instanceof com.fasterxml.jackson.core.JacksonException || cause.getClass().getName().startsWith("org.camunda.spin.")) {
        String top = String.valueOf(exception.getMessage());
        return refusal(Response.Status.BAD_REQUEST, "", CONVERSION.matcher(top).find() ? translated(400, top)
            : "提交的 JSON 内容无法解析，请检查格式（如括号、引号是否成对）。", top);
      }
    }
    Response standard = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (standard.getStatus() >= 400 && standard.getStatus() < 500 && standard.getStatus() != 401 && standard.getStatus() != 403
        && standard.getEntity() instanceof ExceptionDto dto && !chinese(dto.getMessage())) {
      return refusal(Response.Status.fromStatusCode(standard.getStatus()), dto.getType(), translated(standard.getStatus(),
          String.valueOf(dto.getMessage())), dto.getMessage());
    }
    return standard;
  }

  /** A Chinese message for one of the engine's English 4xx messages. */
  static String translated(int status, String message) {
    Matcher conversion = CONVERSION.matcher(message);
    if (conversion.find()) {
      return "值“" + Paging.shortened(conversion.group(1)) + "”不是有效的 " + conversion.group(2) + " 类型的值，请检查提交的变量。";
    }
    Matcher unsupported = UNSUPPORTED_TYPE.matcher(message);
    if (unsupported.find()) {
      return "不支持的变量类型“" + Paging.shortened(unsupported.group(1))
          + "”，可用：String、Boolean、Integer、Long、Double、Date、Json。";
    }
    return switch (status) {
      case 400 -> "请求内容有误，请检查参数和提交的内容后重试。";
      case 401 -> "请先登录（HTTP basic，用户名和密码）。";
      case 403 -> "您没有权限进行这项操作。";
      case 404 -> "找不到该任务、流程或记录：它可能已办理完毕，或编号有误。";
      case 405 -> "不支持该请求方法。";
      case 406, 415 -> "不支持的内容类型，请以 application/json 提交。";
      default -> "请求未能完成，请检查后重试。";
    };
  }

  private static final Pattern CONVERSION = Pattern.compile("Cannot convert value '(.*?)' of type '(\\w+)'", Pattern.DOTALL);
  private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("Unsupported value type '(.*?)'");
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

  private static boolean chinese(String message) {
    return message != null && CHINESE.matcher(message).find();
  }

  private static Response refusal(Response.Status status, String message, String fallback) {
    return chinese(message) ? refusal(status, "InvalidRequestException", message, null)
        : refusal(status, "InvalidRequestException", fallback, message);
  }

  private static Response refusal(Response.Status status, String type, String message, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type == null || type.isEmpty() ? "InvalidRequestException" : type);
    body.put("message", message);
    if (detail != null && !detail.isBlank()) {
      body.put("detail", detail);
    }
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** RestExceptions (a start or form submission that failed, a bad parameter): see {@link #answer}. */
  @Priority(1)
  public static class RefusalMapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  /** The engine's own exceptions (a claimed task, a missing one): see {@link #answer}. */
  @Priority(1)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  /** JAX-RS's own refusals: a content type the resource does not read (415), a method it lacks (405) … */
  @Priority(1)
  public static class WebApplicationMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
    @Override
    public Response toResponse(jakarta.ws.rs.WebApplicationException exception) {
      int status = exception.getResponse().getStatus();
      if (status >= 400 && status < 500 && status != 401 && status != 403) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", translated(status, ""));
        body.put("detail", exception.getMessage());
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** A request body that is no JSON, or JSON of the wrong shape. */
  @Priority(1)
  public static class JsonMappingMapper implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
    @Override
    public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
      return refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
          "请求内容的格式不正确" + at(exception) + "，请按接口说明提交 JSON。", null);
    }
  }

  @Priority(1)
  public static class JsonParseMapper implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
      return refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
          "请求内容不是有效的 JSON，请检查格式（如括号、引号是否成对）。", null);
    }
  }

  private static String at(com.fasterxml.jackson.databind.JsonMappingException exception) {
    String path = exception.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .reduce((a, b) -> a + "." + b).orElse("");
    return path.isEmpty() ? "" : "（字段“" + path + "”）";
  }
}
