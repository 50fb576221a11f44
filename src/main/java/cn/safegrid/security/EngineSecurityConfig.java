package cn.safegrid.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that guard the engine's REST API, the webapps' engine API and the app's own
 * API. Order: authenticate first (401), then refuse dangerous requests (400/403/409).
 */
@Configuration
class EngineSecurityConfig {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String WEBAPP_API = "/camunda/api/*";
  static final String APP_API = "/api/*";

  /** {@code /engine-rest/*} is open in the starter; this makes it HTTP basic against Camunda users. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engineRestAuthentication");
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(100);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns(APP_API);
    registration.setOrder(100);
    return registration;
  }

  /** Before authentication: a cross-site write is refused whoever it claims to be. */
  @Bean
  FilterRegistrationBean<CrossSiteWriteGuard> crossSiteWriteGuard() {
    var registration = new FilterRegistrationBean<>(new CrossSiteWriteGuard());
    registration.setName("crossSiteWriteGuard");
    registration.addUrlPatterns(ENGINE_REST, APP_API);
    registration.setOrder(90);
    return registration;
  }

  /** Around Camunda's own filters, which set the policy header and print the start page. */
  @Bean
  FilterRegistrationBean<IndexPageNonceFilter> indexPageNonceFilter() {
    var registration = new FilterRegistrationBean<>(new IndexPageNonceFilter());
    registration.setName("indexPageNonce");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * After authentication (it needs the user), before the other guards: non-administrators may make
   * only the engine calls Tasklist and SafeGrid's pages need; administrators' other calls need a
   * reason and are recorded (docs/security.md).
   */
  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(org.camunda.bpm.engine.ProcessEngine engine,
      AdminReasons reasons, AdminActionRepository audit, cn.safegrid.system.TownClock clock, CockpitUsers cockpitUsers) {
    var registration = new FilterRegistrationBean<>(new EngineApiGate(engine.getIdentityService(),
        engine.getTaskService(), engine.getFormService(), engine.getRepositoryService(), cockpitUsers,
        reasons, audit, clock));
    registration.setName("engineApiGate");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(105);
    return registration;
  }

  /** After the gate: the statistics' instance counts as a supervisor of a part of the town may see them. */
  @Bean
  FilterRegistrationBean<ReaderStatistics> readerStatistics(org.camunda.bpm.engine.ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ReaderStatistics(engine.getIdentityService(),
        engine.getAuthorizationService(), engine.getRuntimeService(), engine.getManagementService()));
    registration.setName("readerStatistics");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(106);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
    var registration = new FilterRegistrationBean<>(new ExpressionQueryGuard());
    registration.setName("expressionQueryGuard");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(110);
    return registration;
  }

  /** People and groups are changed in the registry, not in Admin (docs/security.md). */
  @Bean
  FilterRegistrationBean<RegistryIdentityGuard> registryIdentityGuard(cn.safegrid.grid.RegistryIdentities identities) {
    var registration = new FilterRegistrationBean<>(new RegistryIdentityGuard(identities));
    registration.setName("registryIdentityGuard");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(111);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdministratorGuard> administratorGuard(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new AdministratorGuard(identityService));
    registration.setName("administratorGuard");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(110);
    return registration;
  }
}
