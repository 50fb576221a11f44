package cn.safegrid.webapps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SafeGrid's fixes of the Camunda webapps that are no matter of security. */
@Configuration
class WebappsConfig {

  /** After the guards (order 110): it only adds paging to a reading request. */
  @Bean
  FilterRegistrationBean<BoundedDefinitionList> boundedDefinitionList(
      @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int limit) {
    var registration = new FilterRegistrationBean<>(new BoundedDefinitionList(limit));
    registration.setName("boundedDefinitionList");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(120);
    return registration;
  }
}
