package cn.safegrid.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SecurityHeadersFilter} on every path, first of all filters, so even a refusal carries the headers. */
@Configuration
class SecurityHeadersConfig {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("securityHeaders");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
