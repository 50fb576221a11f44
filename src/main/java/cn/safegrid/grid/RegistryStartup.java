package cn.safegrid.grid;

import cn.safegrid.system.SafeGridProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At start-up: loads the demo town into an empty registry when the demo is on (default profile),
 * then mirrors the registry into Camunda identity, so users, groups, rights and filters are right
 * even after someone changed them by hand in Admin.
 */
@Component
class RegistryStartup {

  static final String DEMO_FILE = "demo/bieshan-registry.json";
  private static final Logger LOG = LoggerFactory.getLogger(RegistryStartup.class);

  private final Registry registry;
  private final SafeGridProperties properties;
  private final TasklistFilters filters;
  private final IdentityService identityService;
  private final CamundaBpmProperties camunda;

  RegistryStartup(Registry registry, SafeGridProperties properties, TasklistFilters filters,
      IdentityService identityService, CamundaBpmProperties camunda) {
    this.registry = registry;
    this.properties = properties;
    this.filters = filters;
    this.identityService = identityService;
    this.camunda = camunda;
  }

  @EventListener(PostDeployEvent.class)
  @org.springframework.core.annotation.Order(0)
  public void start() {
    if (properties.demo().enabled() && registry.isEmpty()) {
      RegistryData demo = demoTown();
      registry.edit(current -> demo);
      LOG.info("Loaded the demo town: {} people, {} grids", demo.people().size(), demo.grids().size());
    } else {
      registry.mirrorIdentity();
    }
    String admin = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
    if (admin != null && identityService.createUserQuery().userId(admin).count() > 0) {
      filters.ensureFor(admin);
    }
  }

  static RegistryData demoTown() {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
      return json.readValue(in, RegistryData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("demo registry " + DEMO_FILE + " unreadable", e);
    }
  }
}
