package cn.safegrid.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Parses and evaluates draft and deployed rule tables with the Camunda DMN engine — the same engine
 * code, FEEL engine and settings as the process engine's own, but a private instance, so checks and
 * previews write no decision history and no metrics. It also tells which rules matched, which the
 * engine's own result does not.
 */
@Component
class RuleEvaluator {

  /** A parsed table, ready to evaluate. */
  record Parsed(String decisionKey, DmnDecision decision) {}

  /** What a table answered for some inputs: its outputs (of the first matching rule) and the matching rules' ids. */
  record Outcome(Map<String, Object> outputs, List<String> matchedRules) {

    String firstRule() {
      return matchedRules.isEmpty() ? null : matchedRules.get(0);
    }
  }

  /** Why a table could not be parsed or evaluated, in the engine's words. */
  static final class Failed extends Exception {
    Failed(String message) {
      super(message);
    }
  }

  private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

  private final DmnEngine engine;

  RuleEvaluator(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl processConfiguration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    DefaultDmnEngineConfiguration theirs = processConfiguration.getDmnEngineConfiguration();
    DefaultDmnEngineConfiguration ours =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    ours.setFeelEngineFactory(theirs.getFeelEngineFactory());
    ours.setFeelCustomFunctionProviders(theirs.getFeelCustomFunctionProviders());
    ours.setEnableFeelLegacyBehavior(theirs.isEnableFeelLegacyBehavior());
    ours.setReturnBlankTableOutputAsNull(theirs.isReturnBlankTableOutputAsNull());
    ours.setDefaultInputExpressionExpressionLanguage(theirs.getDefaultInputExpressionExpressionLanguage());
    ours.setDefaultInputEntryExpressionLanguage(theirs.getDefaultInputEntryExpressionLanguage());
    ours.setDefaultOutputEntryExpressionLanguage(theirs.getDefaultOutputEntryExpressionLanguage());
    ours.setDefaultLiteralExpressionLanguage(theirs.getDefaultLiteralExpressionLanguage());
    // no EL or script engines: a rule table that names JUEL or a script language is refused before it gets here
    ours.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(RuleEvaluator::matched));
    this.engine = ours.buildEngine();
  }

  private static void matched(DmnDecisionTableEvaluationEvent event) {
    List<String> sink = MATCHED.get();
    if (sink != null) {
      event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(sink::add);
    }
  }

  Parsed parse(String decisionKey, String xml) throws Failed {
    try {
      return new Parsed(decisionKey, engine.parseDecision(decisionKey,
          new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (RuntimeException e) {
      throw new Failed(RuleTable.rootMessage(e));
    }
  }

  Outcome evaluate(Parsed table, Map<String, Object> inputs) throws Failed {
    List<String> matched = new ArrayList<>();
    MATCHED.set(matched);
    try {
      DmnDecisionResult result = engine.evaluateDecision(table.decision(), new LinkedHashMap<>(inputs));
      DmnDecisionResultEntries first = result.getFirstResult();
      Map<String, Object> outputs = first == null ? Map.of() : new LinkedHashMap<>(first.getEntryMap());
      return new Outcome(outputs, List.copyOf(matched));
    } catch (RuntimeException e) {
      throw new Failed(RuleTable.rootMessage(e));
    } finally {
      MATCHED.remove();
    }
  }
}
