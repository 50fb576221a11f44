package cn.safegrid.webapps;

import cn.safegrid.grid.GridRole;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CockpitUsers;
import cn.safegrid.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the webapps' SafeGrid scripts need to know about the person in front of them: whether he
 * administers (Cockpit then offers its actions), whether he may use Cockpit, and the part of the
 * town he supervises there, in words.
 */
@RestController
@RequestMapping("/api/webapps")
@Tag(name = "页面", description = "任务列表、驾驶舱、系统管理页面用到的信息")
class WebappsController {

  private final Registry registry;
  private final RegistryAccess access;
  private final CockpitUsers cockpitUsers;
  private final VariableLabels variableLabels;

  WebappsController(Registry registry, RegistryAccess access, CockpitUsers cockpitUsers, VariableLabels variableLabels) {
    this.variableLabels = variableLabels;
    this.registry = registry;
    this.access = access;
    this.cockpitUsers = cockpitUsers;
  }

  /**
   * {@code readOnly}: Cockpit is for reading (everybody but administrators); {@code townWide}: reads
   * every grid's work; {@code scope}: what he sees, e.g. 「东片各村（副片长）；农业发展服务中心·农办（负责人）」.
   */
  record Me(String userId, String name, boolean administrator, boolean cockpit, boolean readOnly, boolean townWide,
      String scope) {}

  @GetMapping("/me")
  @Operation(summary = "当前用户在驾驶舱中的身份：是否系统管理员、能否使用驾驶舱、可查看的范围")
  Me me(CurrentUser user) {
    RegistryIndex index = registry.current();
    PersonRow person = index.personByLogin(user.userId()).orElse(null);
    boolean cockpit = cockpitUsers.mayUse(user);
    boolean townWide = access.readsEverything(user);
    return new Me(user.userId(), person == null ? user.userId() : person.name(), user.isAdministrator(), cockpit,
        !user.isAdministrator(), townWide, townWide ? "全镇各网格" : scope(index, person));
  }

  @GetMapping("/variable-labels")
  @Operation(summary = "流程变量的中文含义：表单字段的名称和选项、网格、类别、部门的名称（驾驶舱的变量表用）")
  VariableLabels.Labels variableLabels(CurrentUser user) {
    return variableLabels.labels();
  }

  /** The parts of the town his roles give him to watch, in the registry's words. */
  static String scope(RegistryIndex index, PersonRow person) {
    if (person == null) {
      return "您上报的隐患";
    }
    List<String> parts = new ArrayList<>();
    index.data().areas().forEach(area -> {
      if (person.code().equals(area.leaderCode())) {
        parts.add(area.name() + "各村（片长）");
      } else if (person.code().equals(area.deputyCode())) {
        parts.add(area.name() + "各村（副片长）");
      }
    });
    index.data().departments().stream().filter(d -> person.code().equals(d.headCode()))
        .forEach(d -> parts.add(d.name() + "牵头、协办的隐患及其主管的单位（负责人）"));
    for (AssignmentRow assignment : index.assignmentsOf(person.code())) {
      if (assignment.role() == GridRole.GRID_LEADER || assignment.role() == GridRole.DEPUTY_GRID_LEADER) {
        index.grid(assignment.gridCode()).ifPresent(g -> parts.add(g.name() + "（" + assignment.role().label() + "）"));
      }
    }
    parts.add("您上报的隐患");
    return String.join("；", parts);
  }
}
