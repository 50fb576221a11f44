package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.safegrid.support.RunsLast;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coverage floor of the processes (90 % of flow nodes and sequence flows), measured by each
 * process's own test class and read from the reports the coverage recorder writes to
 * target/process-test-coverage/. Runs after all other test classes.
 */
@RunsLast
class ProcessCoverageFloorTest {

  static final double FLOOR = 0.9;

  @ParameterizedTest(name = "{1} by {0}")
  @CsvSource({
      "cn.safegrid.hazard.HazardRectificationProcessTest, hazard-rectification",
      "cn.safegrid.inspection.InspectionRoundProcessTest, inspection-round",
      "cn.safegrid.inspection.InspectionRoundProcessTest, inspection-scheduling",
      "cn.safegrid.inspection.ExtraInspectionRoundProcessTest, extra-inspection-round",
      "cn.safegrid.summary.MonthlySummaryProcessTest, monthly-summary",
      "cn.safegrid.summary.MonthlySummaryProcessTest, summary-scheduling",
      "cn.safegrid.summary.TownSummaryProcessTest, town-monthly-summary",
      "cn.safegrid.summary.HazardStatisticsProcessTest, hazard-statistics"})
  void eachProcessIsCoveredByItsTestsToTheFloor(String testClass, String processKey) throws Exception {
    Path report = Path.of("target", "process-test-coverage", testClass, "report.json");
    assumeTrue(Files.exists(report), "run with the whole suite: " + report + " is written by " + testClass);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    Set<String> covered = new HashSet<>();
    for (JsonNode suite : json.get("suites")) {
      for (JsonNode run : suite.get("runs")) {
        for (JsonNode event : run.get("events")) {
          if (processKey.equals(event.get("modelKey").asText())) {
            covered.add(event.get("definitionKey").asText());
          }
        }
      }
    }
    int total = 0;
    for (JsonNode model : json.get("models")) {
      if (processKey.equals(model.get("key").asText())) {
        total = model.get("totalElementCount").asInt();
      }
    }
    assertThat(total).as("%s is in the report of %s", processKey, testClass).isPositive();
    assertThat((double) covered.size() / total).as("coverage of %s by %s", processKey, testClass)
        .isGreaterThanOrEqualTo(FLOOR);
  }
}
