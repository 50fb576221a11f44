package cn.safegrid.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Browser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import cn.safegrid.system.TownClock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly rounds in a real Chromium, as the README tells officers to do them: a village round
 * with one finding that becomes a routed hazard, and a school's round answered with
 * 其余各项全部合格. Both forms carry the key-place list that once kept 完成 disabled.
 */
@SafeGridTest
class InspectionRoundBrowserTest {

  private static final Pattern NUMBER = Pattern.compile("BS-\\d{4}-\\d{6}");
  /** The label of the checklist's list on both forms. */
  static final String ITEMS = "排查项目";

  @RegisterExtension
  final Browser browser = new Browser();

  @Autowired
  InspectionScheduler scheduler;
  @Autowired
  TownClock clock;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HazardDriver hazards;
  @Autowired
  cn.safegrid.catalogue.Catalogue catalogue;
  @Autowired
  org.camunda.bpm.engine.HistoryService history;

  /** The item keys of the checklist's current version, in the form's order. */
  private java.util.List<String> itemsOf(String checklist) {
    return catalogue.checklist(checklist).items().stream().map(i -> i.key()).toList();
  }

  @BeforeEach
  void roundsOfThisWeekAreOpen() {
    if (thisWeeksRound("小岗村") == null) {
      scheduler.openDueRounds(clock.now());
    }
  }

  /** The name of the grid's open round that is due within the week (other tests leave rounds of other years). */
  private String thisWeeksRound(String gridName) {
    var now = java.util.Date.from(clock.now());
    var inAWeek = java.util.Date.from(clock.now().plus(java.time.Duration.ofDays(8)));
    return tasks.createTaskQuery().processDefinitionKey(InspectionProcess.KEY).taskNameLike("%· " + gridName + " ·%")
        .dueAfter(now).dueBefore(inAWeek).list().stream().map(org.camunda.bpm.engine.task.Task::getName)
        .findFirst().orElse(null);
  }

  @Test
  void aVillagerReportsOneFindingAndTheRestPassedAndTheFindingIsRouted() {
    Tasklist tasklist = new Tasklist(browser).login("dong.liyong");
    tasklist.filter("本组待办");
    String round = thisWeeksRound("小岗村");
    assertThat(round).matches("村级隐患排查 · 小岗村 · \\d+月\\d+日 24 时前");
    assertThat(tasklist.taskNames()).contains(round);
    tasklist.openTask(round).claim();

    Tasklist.Form form = tasklist.taskForm();
    int water = itemsOf("village").indexOf("fireWater");
    assertThat(form.value(ITEMS, "项目", water)).isEqualTo("消防水源");
    assertThat(form.value(ITEMS, "检查要点", water)).isEqualTo("消防栓、消防水池能否正常取水");
    form.select(ITEMS, "排查结果", water, "发现隐患")
        .type(ITEMS, "情况说明", water, "村西消防水池干涸，取水口被杂物堵塞");
    // only the finding's row shows its category, grade and location
    assertThat(form.selected(ITEMS, "隐患类别", 0)).as("the item's default category, from the catalogue")
        .isEqualTo("消防 · 消防水源");
    assertThat(form.allPassed()).startsWith("已将 15 项"); // 12 other items of the 13 and 3 key places
    browser.shot("walkthrough-village-round");
    assertThat(tasklist.canComplete()).as("完成 can be clicked").isTrue();
    tasklist.complete();

    String feedback = tasklist.noticeContaining("已提交");
    assertThat(feedback).contains("发现 1 处隐患");
    Matcher m = NUMBER.matcher(feedback);
    assertThat(m.find()).as("the hazard number in 「%s」", feedback).isTrue();
    browser.shot("walkthrough-village-round-done");

    // the finding is a hazard of 小岗村; once routed the village grid accepts it, 消防队 assists
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(m.group()).singleResult();
    hazards.runJobs(instance);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(org.camunda.bpm.engine.task.Task::getName)
        .containsExactlyInAnyOrder("受理隐患 " + m.group() + " · 小岗村", "提出协办意见 " + m.group() + " · 小岗村");
  }

  @Test
  void aSchoolRoundIsAnsweredWithAllPassed() {
    Tasklist tasklist = new Tasklist(browser).login("gao.shili");
    tasklist.filter("本组待办").openTask(thisWeeksRound("别山镇中心小学")).claim();
    assertThat(tasklist.taskForm().allPassed()).startsWith("已将");
    tasklist.complete();
    assertThat(tasklist.noticeContaining("已提交")).contains("本次排查未发现隐患");
  }

  @Test
  void aGridLeaderOpensAnExtraRoundOfTheGridHeChoosesFromHisOwnGrids() {
    Tasklist tasklist = new Tasklist(browser).login("gao.shihua");
    // a week of its own (Monday 2033-W10), so that the round counts in no other test's week
    hazards.clockAt(RoundAnswers.at(2033, 3, 7, 10));
    try {
      Tasklist.Form start = tasklist.startProcess("开展一次加密排查");
      assertThat(start.openOptions("排查的网格")).containsExactly("小岗村（东片）");
      browser.shot("extra-round-form-grids");
      start.select("排查的网格", "小岗村（东片）").type("加密排查的原因", "春节前消防安全加密排查");
      browser.shot("extra-round-form");
      start.start();
      assertThat(tasklist.noticeContaining("已提交")).contains("village-xiaogang/2033-W10/E1");

      Inspection round = inspections.findAll().stream()
          .filter(i -> "village-xiaogang/2033-W10/E1".equals(i.businessKey())).findFirst().orElseThrow();
      assertThat(round.isExtra()).isTrue();
      assertThat(round.getExtraReason()).isEqualTo("春节前消防安全加密排查");
      // the start sent the form's two fields; the list of grids is no field
      var started = history.createHistoricProcessInstanceQuery().processDefinitionKey(InspectionProcess.EXTRA_KEY)
          .processInstanceBusinessKey(round.businessKey()).singleResult();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.getId()).list())
          .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
          .contains("gridCode", "extraReason").doesNotContain("gridOptions");
    } finally {
      hazards.resetClock();
    }
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;
  @Autowired
  InspectionLedger ledger;
  @Autowired
  InspectionRepository inspections;

  @Test
  void anItemTheSafetyOfficeAddsIsAskedFromTheNextRoundOnAndEarlierRoundsKeepTheirItems() throws Exception {
    var http = new cn.safegrid.support.Http(port);
    String clerk = cn.safegrid.support.Http.basic("chen.yanhai", "demo");
    var before = catalogue.checklist("village");
    Inspection thisWeek = inspections.findAll().stream()
        .filter(i -> i.getGridCode().equals("village-dazhuang") && i.getDueAt().isAfter(clock.now())
            && i.getDueAt().isBefore(clock.now().plus(java.time.Duration.ofDays(8))))
        .findFirst().orElseThrow();
    var items = new java.util.ArrayList<>(cn.safegrid.catalogue.CatalogueTestSupport.requests(before.items()));
    items.add(0, java.util.Map.of("key", "eBikeCharging", "label", "电动自行车充电", "hint", "楼道、室内有无电动自行车充电",
        "defaultCategory", "fire"));
    assertThat(http.put("/api/catalogue/checklists/village", clerk, java.util.Map.of("items", items))
        .getStatusCode().value()).isEqualTo(200);
    try {
      // the round of a later week opens with the new item; this week's round, opened before, asks what it asked
      var opened = scheduler.openDueRounds(RoundAnswers.at(2032, 3, 2, 6));
      Inspection next = RoundAnswers.round(opened, "village-xiaogang");
      assertThat(next.getChecklistVersion()).isEqualTo(before.version() + 1);
      assertThat(ledger.askedItems(thisWeek)).hasSize(before.items().size());
      assertThat(runtime.getVariable(thisWeek.getProcessInstanceId(), InspectionVariables.CHECKLIST_ITEMS).toString())
          .doesNotContain("电动自行车充电");

      Tasklist tasklist = new Tasklist(browser).login("dong.liyong");
      tasklist.filter("本组待办").openTask("村级隐患排查 · 小岗村 · 3月7日").claim();
      Tasklist.Form form = tasklist.taskForm();
      assertThat(form.value(ITEMS, "项目", 0)).isEqualTo("电动自行车充电");
      form.select(ITEMS, "排查结果", 0, "发现隐患").type(ITEMS, "情况说明", 0, "村东 3 号院楼道内电动自行车充电");
      assertThat(form.allPassed()).startsWith("已将 ");
      browser.shot("catalogue-new-item-in-next-round");
      tasklist.complete();
      assertThat(tasklist.noticeContaining("已提交")).contains("发现 1 处隐患");
    } finally {
      restore(before);
    }
    // read after the checklist was put back: the round keeps the item it asked, and the category name it was filed with
    var detail = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.get("/api/inspections/"
        + RoundAnswers.round(inspections.findAll(), "village-xiaogang", 2032).getId(), clerk).getBody());
    var first = detail.get("items").get(0);
    assertThat(first.get("label").asText()).isEqualTo("电动自行车充电");
    assertThat(first.get("categoryName").asText()).isEqualTo("消防安全");
    assertThat(first.get("hazardNumber").asText()).matches(NUMBER);
  }

  private void restore(cn.safegrid.catalogue.CatalogueViews.ChecklistView wanted) {
    cn.safegrid.catalogue.CatalogueTestSupport.restore(catalogue, wanted);
  }
}
