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

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    // 90 % of each covered process (flow nodes and sequence flows), per test class that opts in
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
  }
}
