package cn.safegrid.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.support.SafeGridTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The ledger's visibility rule, asked in memory for the engine's grants ({@link HazardFilter#isVisibleTo}),
 * answers as the ledger's query does ({@link HazardQueries}) — for every login of the demo town and
 * every hazard — so Cockpit and the ledger cannot drift apart.
 */
@SafeGridTest
class HazardReadersTest {

  @Autowired HazardDriver driver;
  @Autowired HazardRepository hazards;
  @Autowired HazardQueries queries;
  @Autowired RegistryAccess access;
  @Autowired Registry registry;
  @Autowired IdentityService identity;

  @Test
  void theRuleInMemoryIsTheLedgersQuery() {
    List<ProcessInstance> reported = List.of(
        driver.report("dong.liyong", "village-xiaogang", "fire", "general", "小岗村 · 村委会", "HazardReadersTest"),
        driver.report("chen.yangang", "village-dazhuang", "electrical", "general", "大庄村 · 小卖部", "HazardReadersTest"),
        driver.report("gao.shili", "school-bieshan-central", "school", "general", "中心小学 · 食堂", "HazardReadersTest"),
        driver.report("dong.liyong", "village-donghe", "biogas", "general", "东河村 · 沼气池", "HazardReadersTest"));
    assertThat(reported).hasSize(4);
    List<Hazard> all = hazards.findAll();
    RegistryIndex index = registry.current();
    int compared = 0;
    for (var person : index.data().people()) {
      if (!person.canLogIn()) {
        continue;
      }
      Set<String> groups = new HashSet<>();
      identity.createGroupQuery().groupMember(person.loginId()).list().stream().map(Group::getId).forEach(groups::add);
      CurrentUser user = new CurrentUser(person.loginId(), groups);
      if (access.readsEverything(user)) {
        continue;
      }
      Set<String> byQuery = new TreeSet<>();
      queries.page(user, emptyFilter(), Pageable.ofSize(2000)).forEach(h -> byQuery.add(h.getNumber()));
      Set<String> grids = access.visibleGrids(user);
      Set<String> inMemory = new TreeSet<>();
      all.stream().filter(h -> HazardFilter.isVisibleTo(h, user.userId(), grids, groups)).forEach(h -> inMemory.add(h.getNumber()));
      assertThat(inMemory).as("hazards %s may see", person.loginId()).isEqualTo(byQuery);
      compared++;
    }
    assertThat(compared).as("logins compared").isGreaterThan(100);
  }

  private static HazardFilter emptyFilter() {
    return new HazardFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
