package cn.safegrid.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drafts of the shipped rule tables with one change each, as an administrator's editor would send them. */
final class RuleDrafts {

  private RuleDrafts() {}

  /** The table as the release ships it (processes/&lt;key&gt;.dmn on the classpath). */
  static String shipped(String key) {
    try (InputStream in = RuleDrafts.class.getClassLoader().getResourceAsStream(key + ".dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces exactly one occurrence; fails the test when the text is not there once. */
  static String replaceOnce(String xml, String text, String replacement) {
    int first = xml.indexOf(text);
    if (first < 0 || xml.indexOf(text, first + 1) >= 0) {
      throw new AssertionError("expected exactly one \"" + text + "\" in the draft");
    }
    return xml.substring(0, first) + replacement + xml.substring(first + text.length());
  }

  /** The routing table with one rule's lead unit changed (e.g. Rule_SpecialEquipment → police). */
  static String routingWithLead(String xml, String ruleId, String lead) {
    Pattern rule = Pattern.compile("(<outputEntry id=\"" + ruleId + "_Lead\">\\s*<text>)\"[^\"]*\"(</text>)");
    Matcher m = rule.matcher(xml);
    if (!m.find()) {
      throw new AssertionError("no lead cell of " + ruleId);
    }
    return m.replaceFirst("$1\"" + lead + "\"$2");
  }

  /** The table without one rule (its whole element). */
  static String withoutRule(String xml, String ruleId) {
    Matcher m = Pattern.compile("\\s*<rule id=\"" + ruleId + "\">.*?</rule>", Pattern.DOTALL).matcher(xml);
    if (!m.find()) {
      throw new AssertionError("no rule " + ruleId);
    }
    return m.replaceFirst("");
  }

  /** The element of one rule, to copy it elsewhere. */
  static String rule(String xml, String ruleId) {
    Matcher m = Pattern.compile("<rule id=\"" + ruleId + "\">.*?</rule>", Pattern.DOTALL).matcher(xml);
    if (!m.find()) {
      throw new AssertionError("no rule " + ruleId);
    }
    return m.group();
  }
}
