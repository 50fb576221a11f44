package cn.safegrid.system;

import cn.safegrid.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the app's own API, served at {@code /api/openapi} with Swagger UI at
 * {@code /api/docs} (both behind the /api authentication, see application.yaml). The engine's REST
 * API has its own description (Camunda's openapi.json under /engine-rest).
 */
@Configuration
class OpenApiConfig {

  static {
    // resolved from the authenticated request, not sent by the client
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  static final String BASIC = "basic";

  @Bean
  OpenAPI safeGridOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("SafeGrid 安全生产网格化管理 API")
            .version("v1")
            .description("""
                网格台账（镇、片、部门、网格、人员、职务）及后续业务的接口。所有接口都需要登录：\
                HTTP Basic（Camunda 用户名和密码），或 Tasklist/Cockpit 的登录会话\
                （会话方式修改数据时须携带 X-XSRF-TOKEN 请求头）。错误统一返回 \
                {"status", "message", "fieldErrors": [{"field", "message"}]}，提示为中文。"""))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Camunda 用户名和密码")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
