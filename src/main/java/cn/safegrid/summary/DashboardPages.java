package cn.safegrid.summary;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's page at {@code /dashboard/} (static/dashboard/index.html, like the ledger pages a
 * static file holding no data); {@code /dashboard} redirects there, so relative links keep working.
 */
@Configuration
class DashboardPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/dashboard", "/dashboard/");
    registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
  }
}
