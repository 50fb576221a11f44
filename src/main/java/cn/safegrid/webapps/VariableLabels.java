package cn.safegrid.webapps;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.system.AsSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * What a process variable means, in Chinese, for Cockpit's variables table: the label a deployed
 * Camunda Form gives the field of that name and the labels of its choices (受理意见: accept →
 * 受理，明确整改责任), the names of the codes the registry and the catalogue own (grid, category,
 * department), and a few words for the variables SafeGrid computes itself. Read from the latest
 * deployment of the process archive, so a changed form changes the labels.
 */
@Component
class VariableLabels {

  /** The variables no form asks for: what SafeGrid and the engine keep in a process. */
  static final Map<String, String> COMPUTED = Map.ofEntries(
      Map.entry("hazardId", "隐患台账记录号（内部）"),
      Map.entry("hazardSummary", "隐患摘要（表单上方显示）"),
      Map.entry("inspectionId", "排查台账记录号（内部）"),
      Map.entry("roundSummary", "本次排查摘要（表单上方显示）"),
      Map.entry("keyPlaceCodes", "本次排查的重点部位"),
      Map.entry("keyPlaces", "重点隐患排查表（逐项结果）"),
      Map.entry("checklistItems", "日常隐患排查表（逐项结果）"),
      Map.entry("categoryOptions", "隐患类别的选项"),
      Map.entry("gridOptions", "网格的选项"),
      Map.entry("leadOptions", "可改派的牵头单位"),
      Map.entry("assistingDepartment", "协办部门"),
      Map.entry("leaderToNotify", "须知悉重大隐患的领导"),
      Map.entry("routing", "分办结果"),
      Map.entry("deadlines", "整改期限和督办时限"),
      Map.entry("source", "隐患来源"),
      Map.entry("escalationLevel", "督办层级"),
      Map.entry("roundsOpened", "开启的排查次数"),
      Map.entry("nrOfInstances", "本环节的份数（每人一份）"),
      Map.entry("nrOfActiveInstances", "本环节未办完的份数"),
      Map.entry("nrOfCompletedInstances", "本环节已办完的份数"),
      Map.entry("loopCounter", "本份的序号（从 0 起）"));

  /** Labels of variables and of their coded values. */
  record Labels(Map<String, String> names, Map<String, Map<String, String>> values) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final IdentityService identity;
  private final Registry registry;
  private final Catalogue catalogue;

  VariableLabels(RepositoryService repository, IdentityService identity, Registry registry, Catalogue catalogue) {
    this.repository = repository;
    this.identity = identity;
    this.registry = registry;
    this.catalogue = catalogue;
  }

  Labels labels() {
    Map<String, String> names = new LinkedHashMap<>(COMPUTED);
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    AsSystem.run(identity, () -> {
      List<Deployment> latest = repository.createDeploymentQuery().deploymentName("safegrid")
          .orderByDeploymentTime().desc().listPage(0, 1);
      for (Deployment deployment : latest) {
        for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
          if (resource.endsWith(".form")) {
            try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource)) {
              collect(JSON.readTree(in).path("components"), names, values);
            } catch (IOException | RuntimeException unreadable) {
              // a form that does not parse simply gives no labels
            }
          }
        }
      }
    });
    RegistryIndex index = registry.current();
    Map<String, String> grids = new LinkedHashMap<>();
    index.data().grids().forEach(g -> grids.put(g.code(), g.name()));
    Map<String, String> departments = new LinkedHashMap<>();
    index.data().departments().forEach(d -> departments.put(d.code(), d.name()));
    Map<String, String> categories = new LinkedHashMap<>();
    catalogue.categories().forEach(c -> categories.put(c.code(), c.name()));
    categories.put(Catalogue.OTHER, Catalogue.OTHER_NAME);
    values.put("gridCode", grids);
    values.put("hazardCategory", categories);
    values.put("assistingDepartment", departments);
    values.put("newLeadDepartment", departments);
    return new Labels(names, values);
  }

  private static void collect(JsonNode components, Map<String, String> names, Map<String, Map<String, String>> values) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      if (!key.isEmpty() && !key.contains(".") && !label.isEmpty()) {
        names.putIfAbsent(key, label);
        for (JsonNode choice : component.path("values")) {
          values.computeIfAbsent(key, k -> new LinkedHashMap<>())
              .putIfAbsent(choice.path("value").asText(), choice.path("label").asText());
        }
      }
      collect(component.path("components"), names, values);
    }
  }
}
