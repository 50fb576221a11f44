package cn.safegrid.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.hazard.HazardProcess;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tasklist tells an officer after 启动 and 完成 — and that nobody else can ask about his work:
 * another officer gets 404, as for a task or instance he cannot see.
 */
@SafeGridTest
class TaskFeedbackApiTest {

  static final String REPORTER = Http.basic("dong.liyong", "demo");
  static final String OFFICER = Http.basic("huang.shimin", "demo");
  static final String OTHER_VILLAGER = Http.basic("chen.yangang", "demo");

  @LocalServerPort int port;
  @Autowired HazardDriver hazards;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theReporterReadsHisNumberAndWhoAcceptsItAndNobodyElseDoes() {
    var instance = hazards.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村东街 8 号", "锅炉安全阀失效");
    String path = "/api/worklist/process-instances/" + instance.getId() + "/feedback";

    var mine = http.get(path, REPORTER);
    assertThat(mine.getStatusCode().value()).isEqualTo(200);
    assertThat(mine.getBody()).contains("编号 " + instance.getBusinessKey(), "市场监管所 受理隐患",
        "/ledger/hazard.html?number=" + instance.getBusinessKey());

    assertThat(http.get(path, OFFICER).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get("/api/worklist/process-instances/nonexistent/feedback", REPORTER).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void afterCompletionTheOfficerWhoDidItReadsTheNextStepOthersGet404() {
    var instance = hazards.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村东街 9 号", "电梯维保记录缺失");
    String accept = hazards.task(instance, HazardProcess.ACCEPT).getId();
    hazards.complete("huang.shimin", instance, HazardProcess.ACCEPT, Map.of("acceptance", "accept",
        "responsibleUnit", "小岗村物业", "responsiblePerson", "赵示例", "measures", "补齐维保记录"));
    String path = "/api/worklist/tasks/" + accept + "/feedback";

    var mine = http.get(path, OFFICER);
    assertThat(mine.getStatusCode().value()).isEqualTo(200);
    assertThat(mine.getBody()).contains("已提交，转 ", "整改隐患");

    assertThat(http.get(path, REPORTER).getStatusCode().value()).as("the reporter did not complete it").isEqualTo(404);
    assertThat(http.get(path, OTHER_VILLAGER).getStatusCode().value()).isEqualTo(404);
    // an open task is not "completed" by anybody yet
    String rectify = hazards.task(instance, HazardProcess.RECTIFY).getId();
    assertThat(http.get("/api/worklist/tasks/" + rectify + "/feedback", OFFICER).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void loginIdsReadAsNamesUnknownOnesAre404() {
    assertThat(http.get("/api/worklist/people/huang.shimin", REPORTER).getBody()).contains("黄示敏");
    assertThat(http.get("/api/worklist/people/nobody.here", REPORTER).getStatusCode().value()).isEqualTo(404);
    assertThat(http.get("/api/worklist/people/huang.shimin", null).getStatusCode().value()).isEqualTo(401);
  }
}
