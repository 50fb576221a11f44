package cn.safegrid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What Tomcat itself answers when a request never reaches the app — a path with a broken percent
 * escape ({@code /api/hazards/%E0%A4}), a malformed request line: the app's JSON error shape with
 * a Chinese message, instead of Tomcat's English HTML page naming the server. Errors the app has
 * answered already (a body was written) are left as they are.
 */
public class ContainerErrorReport extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    String message = code == 400
        ? "请求地址无效：其中的百分号编码（%）不完整或不是有效的字符，请检查链接或重新打开页面。"
        : ErrorPage.message(status == null ? HttpStatus.BAD_REQUEST : status);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(new ApiError(code, message, List.of())));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ignored) {
      // the client has gone or the response is already closed: nothing more to tell
    }
  }

  /** Installs this report on the embedded Tomcat's host, in place of its HTML one. */
  @Configuration(proxyBeanMethods = false)
  static class Installation {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
      return factory -> factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(ContainerErrorReport.class.getName());
        }
      });
    }
  }
}
