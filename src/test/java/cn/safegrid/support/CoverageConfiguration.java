package cn.safegrid.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage for the shared contexts: the engine plugin is in every context (so the
 * context stays shared); a test class opts into the report and its floor with
 * {@code @TestExecutionListeners(ProcessEngineCoverageTestExecutionListener.class)}.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class CoverageConfiguration {

  /** Reports only; the floor is checked by ProcessCoverageFloorTest (the recorder's own check does not run). */
  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().build();
  }
}
