package cn.safegrid.rules;

import cn.safegrid.system.SafeGridProperties;
import cn.safegrid.system.TownClock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo town's test cases of its rule tables (demo/rule-tests.json), loaded once into an empty list. */
@Component
class RuleDemo {

  static final String DEMO_FILE = "demo/rule-tests.json";

  record DemoCase(String decision, String name, Map<String, Object> inputs, Map<String, Object> expected) {}

  private final SafeGridProperties properties;
  private final RuleTestCaseRepository cases;
  private final TownClock clock;

  RuleDemo(SafeGridProperties properties, RuleTestCaseRepository cases, TownClock clock) {
    this.properties = properties;
    this.cases = cases;
    this.clock = clock;
  }

  @EventListener(PostDeployEvent.class)
  @Order(5)
  @Transactional
  public void load() {
    if (!properties.demo().enabled() || cases.count() > 0) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
      for (DemoCase demo : json.readValue(in, new TypeReference<List<DemoCase>>() {})) {
        cases.save(new RuleTestCase(demo.decision(), demo.name(), json.writeValueAsString(demo.inputs()),
            json.writeValueAsString(demo.expected()), RuleBook.SYSTEM, clock.now()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("demo rule tests " + DEMO_FILE + " unreadable", e);
    }
  }
}
