package cn.safegrid.rules;

import cn.safegrid.rules.RuleRequests.PreviewRequest;
import cn.safegrid.rules.RuleViews.PreviewView;
import cn.safegrid.security.CurrentUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the rule preview benchmark calls, from outside the package: the preview, and its per-hazard baseline. */
public final class RuleBenchmarkDoor {

  public record Figures(long cases, long changed) {}

  private static final CurrentUser RULE_ADMIN = CurrentUser.of("chen.yanhai", List.of("rule-admins"));
  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  private final RulePreview preview;
  private final RuleBook book;
  private final RuleEvaluator evaluator;
  private final JdbcTemplate jdbc;

  public RuleBenchmarkDoor(ApplicationContext context) {
    this.preview = context.getBean(RulePreview.class);
    this.book = context.getBean(RuleBook.class);
    this.evaluator = context.getBean(RuleEvaluator.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** The preview of a draft that moves special equipment to the police station, as the page asks it. */
  public Figures preview(LocalDate from, LocalDate to) {
    String draft = RuleDrafts.routingWithLead(RuleDrafts.shipped("hazard-routing"), "Rule_SpecialEquipment", "police");
    PreviewView view = preview.preview(RULE_ADMIN, "hazard-routing", new PreviewRequest(draft, from, to, List.of()));
    return new Figures(view.cases(), view.changedCases());
  }

  /** The baseline: every hazard of the period read and evaluated on its own by the table in force. */
  public long evaluateOneByOne(LocalDate from, LocalDate to) {
    RuleEvaluator.Parsed active = book.parsedActive("hazard-routing");
    List<String> categories = jdbc.queryForList("select category from sg_hazard where reported_at >= ? and reported_at < ?",
        String.class, java.sql.Timestamp.from(from.atStartOfDay(TOWN).toInstant()),
        java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(TOWN).toInstant()));
    long evaluated = 0;
    for (String category : categories) {
      try {
        evaluator.evaluate(active, java.util.Collections.singletonMap("hazardCategory", category));
        evaluated++;
      } catch (RuleEvaluator.Failed e) {
        throw new IllegalStateException(e);
      }
    }
    return evaluated;
  }
}
