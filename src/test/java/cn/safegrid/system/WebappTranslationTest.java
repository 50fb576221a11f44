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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Chinese translations of the Camunda webapps (Cockpit, Admin, Welcome, Tasklist) must keep up
 * with the English texts of the Camunda webjar on the classpath: after a Camunda upgrade this test
 * names the texts that still need a translation, and every placeholder ({{…}}) a Chinese text lost.
 */
class WebappTranslationTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLURAL_ENDING = Pattern.compile("^s$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");
  private static final Pattern CHINESE_OFFERED =
      Pattern.compile("availableLocales\\s*:\\s*\\[[^\\]]*['\"]zh['\"]");

  private final ObjectMapper mapper = new ObjectMapper();

  /** Every Camunda webapp SafeGrid serves: each must speak Chinese to a browser that asks for it. */
  static final List<String> WEBAPPS = List.of("cockpit", "admin", "welcome", "tasklist");

  @ParameterizedTest(name = "{0}")
  @MethodSource("webapps")
  void hasAChineseTextForEveryEnglishOne(String app) throws IOException {
    assertChineseCoversEnglish(app);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webapps")
  void keepsEveryPlaceholderOfTheEnglishText(String app) throws IOException {
    assertPlaceholdersKept(app);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webapps")
  void configOffersChinese(String app) throws IOException {
    assertConfigOffersChinese(app);
  }

  /**
   * The vendor's end-of-life banner (「是时候迁移到 Camunda 8 了…」) is hidden in every webapp by its
   * user-styles.css; administrators publish their own notice instead (/api/notice).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("webapps")
  void hidesTheVendorsBanner(String app) throws IOException {
    String css;
    try (InputStream in = ours(APP_ROOT + app + "/styles/user-styles.css").openStream()) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
    }
    assertThat(css).as("%s user-styles.css", app)
        .containsPattern("\\.ce-eol-banner[^{]*\\{[^}]*display\\s*:\\s*none\\s*!important");
  }

  /** Cockpit's and Admin's date texts are Tasklist's (the same Chinese calendar words everywhere). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("webapps")
  void datesReadAsInTasklist(String app) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(english(app).has("dateLocales"), app + " has no date texts");
    assertThat(chinese(app).path("dateLocales")).as("%s dateLocales", app)
        .isEqualTo(chinese("tasklist").path("dateLocales"));
  }

  static List<String> webapps() {
    return WEBAPPS;
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
      // Camunda itself leaves a few texts empty on purpose (e.g. NO_TASK_FORM); an English plural
      // ending ("s" after a count: PLGN_MIG_S) has no Chinese counterpart and stays empty.
      if (en.isTextual() && !en.asText().isBlank() && !PLURAL_ENDING.matcher(en.asText()).matches()) {
        softly.assertThat(zh.asText()).as("%s zh.json text of %s", app, path).isNotBlank();
      }
    });
    softly.assertThat(chinese.keySet()).as("%s zh.json keys unknown to en.json", app)
        .isSubsetOf(english.keySet());
    softly.assertAll();
  }

  /** The same placeholders, each as often, as in the English text (their order may differ). */
  private void assertPlaceholdersKept(String app) throws IOException {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> chinese = leaves(chinese(app));

    SoftAssertions softly = new SoftAssertions();
    english.forEach((path, en) -> {
      JsonNode zh = chinese.get(path);
      if (zh == null || !en.isTextual()) {
        return;
      }
      List<String> expected = placeholders(en.asText());
      List<String> actual = placeholders(zh.asText());
      Collections.sort(expected);
      Collections.sort(actual);
      softly.assertThat(actual).as("%s zh.json placeholders of %s: %s", app, path, zh.asText()).isEqualTo(expected);
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
