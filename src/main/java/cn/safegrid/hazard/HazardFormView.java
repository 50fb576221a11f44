package cn.safegrid.hazard;

import cn.safegrid.grid.Registry;
import cn.safegrid.system.Texts;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The ledger's facts as the task forms show them read-only above the fields to fill: a short
 * summary and the earlier remarks, as one markdown text variable (Camunda Forms can only show
 * variables). Written only when it changes.
 */
@Component
class HazardFormView {

  /** Strings longer than this do not fit a Camunda text variable; keep the newest remarks. */
  static final int MAX_LENGTH = 3800;
  /** The page that shows and takes a hazard's photos (src/main/resources/static). */
  static final String PHOTO_PAGE = "/hazard-photos.html?number=";
  static final String LEDGER_PAGE = "/ledger/hazard.html?number=";
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final HazardLedger ledger;
  private final Registry registry;
  private final TownClock clock;

  HazardFormView(HazardLedger ledger, Registry registry, TownClock clock) {
    this.ledger = ledger;
    this.registry = registry;
    this.clock = clock;
  }

  void refresh(VariableScope scope, Long hazardId) {
    String facts = summary(ledger.find(hazardId));
    String remarks = remarks(ledger.trailOf(hazardId), MAX_LENGTH - facts.length() - 40);
    update(scope, HazardVariables.HAZARD_SUMMARY.name(), facts + "\n\n#### 办理记录\n\n" + remarks);
  }

  String summary(Hazard h) {
    StringBuilder text = new StringBuilder();
    text.append("**隐患编号**：").append(h.getNumber()).append("　**等级**：").append(h.getGrade().label());
    if (h.isListedSupervision()) {
      text.append("（挂牌督办）");
    }
    // Camunda Forms cannot upload files: the app's photo page does, with the Tasklist login
    text.append("　**照片**：[查看或上传照片](").append(PHOTO_PAGE).append(h.getNumber()).append(")")
        .append("　[台账详情和办理记录](").append(LEDGER_PAGE).append(h.getNumber()).append(")");
    text.append("\n\n**网格**：").append(md(h.getGridName())).append("　**地点**：").append(md(h.getLocation()))
        .append("\n\n**类别**：").append(md(h.getCategoryName()))
        .append("\n\n**隐患描述**：").append(md(h.getDescription()));
    if (h.getLeadUnitName() != null) {
      text.append("\n\n**牵头单位**：").append(h.getLeadUnitName());
      List<String> assisting = HazardLedger.split(h.getAssistingDepartments());
      if (!assisting.isEmpty()) {
        var index = registry.current();
        text.append("　**协办**：").append(String.join("、",
            assisting.stream().map(c -> index.department(c).map(d -> d.name()).orElse(c)).toList()));
      }
    }
    if (h.getRectificationDue() != null) {
      text.append("\n\n**整改期限**：").append(clock.deadline(h.getRectificationDue()))
          .append("　**整改轮次**：第 ").append(h.getRectificationRound()).append(" 轮");
    }
    if (h.getEscalation() != Escalation.NONE) {
      text.append("　**逾期情况**：").append(h.getEscalation().label());
    }
    if (h.getResponsibleUnit() != null || h.getResponsiblePerson() != null) {
      text.append("\n\n**责任单位**：").append(md(dash(h.getResponsibleUnit())))
          .append("　**责任人**：").append(md(dash(h.getResponsiblePerson())))
          .append(h.getResponsiblePhone() == null ? "" : "（" + h.getResponsiblePhone() + "）");
    }
    if (h.getMeasures() != null) {
      text.append("\n\n**整改措施**：").append(md(h.getMeasures()));
    }
    text.append("\n\n**上报人**：").append(dash(h.getReporterName())).append("　**上报时间**：")
        .append(MINUTE.format(h.getReportedAt().atZone(clock.zone())));
    return fit(text.toString());
  }

  /** The trail as a markdown list, newest kept when it must be cut to {@code room} characters. */
  String remarks(List<HazardEvent> trail, int room) {
    StringBuilder text = new StringBuilder();
    for (HazardEvent e : trail) {
      if (e.getAction() == HazardAction.REPORTED) {
        continue;
      }
      text.append("- ").append(MINUTE.format(e.getAt().atZone(clock.zone()))).append(" ").append(md(e.getActorName()))
          .append(" · ").append(e.getAction().label());
      if (e.getRemarks() != null && !e.getRemarks().isBlank()) {
        text.append("：").append(md(e.getRemarks().replace('\n', ' ')));
      }
      text.append('\n');
    }
    String all = text.length() == 0 ? "（暂无）" : text.toString();
    if (all.length() > room) {
      String cut = all.substring(all.length() - Math.max(0, room - 20));
      all = "（更早的记录见隐患台账）\n" + cut.substring(Math.max(0, cut.indexOf('\n') + 1));
    }
    return all;
  }

  private static void update(VariableScope scope, String name, String value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  /** Officers' text shown literally: markdown and HTML characters escaped. */
  static String md(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String fit(String text) {
    return Texts.fit(text, MAX_LENGTH);
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
