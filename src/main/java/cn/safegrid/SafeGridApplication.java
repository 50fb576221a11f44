package cn.safegrid;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SafeGrid: the town's safety-production grid management, run as executable BPMN.
 *
 * <p>{@link EnableProcessApplication} makes the models in {@code processes/} and the forms in
 * {@code forms/} one process archive (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("safegrid")
@ConfigurationPropertiesScan
public class SafeGridApplication {

  public static void main(String[] args) {
    SpringApplication.run(SafeGridApplication.class, args);
  }
}
