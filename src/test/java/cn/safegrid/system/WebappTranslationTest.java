package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Our Chinese translations of the Camunda Tasklist and Welcome webapps must keep up with the
 * English texts of the Camunda webjar on the classpath: after a Camunda upgrade this test names
 * the texts that still need a translation.
 */
class WebappTranslationTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");
  private static final Pattern CHINESE_OFFERED =
      Pattern.compile("availableLocales\\s*:\\s*\\[[^\\]]*['\"]zh['\"]");

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void tasklistHasAChineseTextForEveryEnglishOne() throws IOException {
    assertChineseCoversEnglish("tasklist");
  }

  @Test
  void welcomeHasAChineseTextForEveryEnglishOne() throws IOException {
    assertChineseCoversEnglish("welcome");
  }

  @Test
  void tasklistKeepsEveryPlaceholderOfTheEnglishText() throws IOException {
    assertPlaceholdersKept("tasklist");
  }

  @Test
  void welcomeKeepsEveryPlaceholderOfTheEnglishText() throws IOException {
    assertPlaceholdersKept("welcome");
  }

  @Test
  void tasklistConfigOffersChinese() throws IOException {
    assertConfigOffersChinese("tasklist");
  }

  @Test
  void welcomeConfigOffersChinese() throws IOException {
    assertConfigOffersChinese("welcome");
  }

  private void assertChineseCoversEnglish(String app) throws IOException {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> chinese = leaves(chinese(app));
    assertThat(english).as("English texts of %s in the Camunda webjar", app).isNotEmpty();

    SoftAssertions softly = new SoftAssertions();
    english.forEach((path, en) -> {
      JsonNode zh = chinese.get(path);
      softly.assertThat(zh).as("%s zh.json has %s", app, path).isNotNull();
      if (zh == null) {
        return;
      }
      softly.assertThat(zh.getNodeType()).as("%s zh.json type of %s", app, path)
          .isEqualTo(en.getNodeType());
      // Camunda itself leaves a few texts empty on purpose (e.g. NO_TASK_FORM).
      if (en.isTextual() && !en.asText().isBlank()) {
        softly.assertThat(zh.asText()).as("%s zh.json text of %s", app, path).isNotBlank();
      }
    });
    softly.assertThat(chinese.keySet()).as("%s zh.json keys unknown to en.json", app)
        .isSubsetOf(english.keySet());
    softly.assertAll();
  }

  private void assertPlaceholdersKept(String app) throws IOException {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> chinese = leaves(chinese(app));

    SoftAssertions softly = new SoftAssertions();
    english.forEach((path, en) -> {
      JsonNode zh = chinese.get(path);
      List<String> placeholders = placeholders(en.asText());
      if (zh == null || placeholders.isEmpty()) {
        return;
      }
      softly.assertThat(zh.asText()).as("%s zh.json text of %s", app, path)
          .contains(placeholders);
    });
    softly.assertAll();
  }

  private void assertConfigOffersChinese(String app) throws IOException {
    URL config = ours(APP_ROOT + app + "/scripts/config.js");
    String active;
    try (InputStream in = config.openStream()) {
      active = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.trim().startsWith("//") && !line.trim().startsWith("*"))
          .collect(Collectors.joining("\n"));
    }
    assertThat(active).as("active (uncommented) settings of %s", config)
        .containsPattern(CHINESE_OFFERED);
  }

  private JsonNode english(String app) throws IOException {
    String path = APP_ROOT + app + "/locales/en.json";
    URL fromWebjar = Collections.list(classLoader().getResources(path)).stream()
        .filter(url -> "jar".equals(url.getProtocol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not found in the Camunda webjar"));
    return read(fromWebjar);
  }

  private JsonNode chinese(String app) throws IOException {
    return read(ours(APP_ROOT + app + "/locales/zh.json"));
  }

  /** Our own copy of a resource (from the build output, not from a jar). */
  private static URL ours(String path) throws IOException {
    return Collections.list(classLoader().getResources(path)).stream()
        .filter(url -> !"jar".equals(url.getProtocol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not found in our resources"));
  }

  private JsonNode read(URL url) throws IOException {
    // Jackson skips the byte order mark the Camunda files start with.
    try (InputStream in = url.openStream()) {
      return mapper.readTree(in);
    }
  }

  /** Every value that is not an object or array, by its JSON Pointer path. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect(root, JsonPointer.empty(), leaves);
    return leaves;
  }

  private static void collect(JsonNode node, JsonPointer at, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), at.appendProperty(field.getKey()), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), leaves);
      }
    } else {
      leaves.put(at.toString(), node);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static ClassLoader classLoader() {
    return WebappTranslationTest.class.getClassLoader();
  }
}
