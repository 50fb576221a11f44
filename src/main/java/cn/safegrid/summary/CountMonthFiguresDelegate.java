package cn.safegrid.summary;

import static cn.safegrid.summary.SummaryVariables.*;

import cn.safegrid.grid.Registry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 统计本月数据: counts the grid's month from the ledgers into its summary, and gives the form the
 * figures ({@code summaryFacts}) and whom the leader may name to file ({@code deputyOptions}).
 */
@Component
class CountMonthFiguresDelegate implements JavaDelegate {

  private final SummaryLedger ledger;
  private final SummaryFacts facts;
  private final Registry registry;
  private final ObjectMapper json = new ObjectMapper();

  CountMonthFiguresDelegate(SummaryLedger ledger, SummaryFacts facts, Registry registry) {
    this.ledger = ledger;
    this.facts = facts;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonthlySummary summary = ledger.summaryOf(SUMMARY_ID.require(execution), execution.getProcessInstanceId());
    summary = ledger.count(summary.getId());
    SUMMARY_FACTS.set(execution, facts.of(summary));
    String role = summary.getSubjectKind() == SubjectKind.DEPARTMENT ? "部门成员" : "副网格长";
    List<Map<String, String>> options = SummaryPeople.deputies(registry.current(), summary).stream().map(p -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", p.name() + "（" + role + "）");
      option.put("value", p.loginId());
      return option;
    }).toList();
    try {
      execution.setVariable(DEPUTY_OPTIONS, SpinValues.jsonValue(json.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
