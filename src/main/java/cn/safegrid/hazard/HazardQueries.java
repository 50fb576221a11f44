package cn.safegrid.hazard;

import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Paging;
import cn.safegrid.system.TownClock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the ledger on an officer's behalf: only what his roles cover. */
@Service
@Transactional(readOnly = true)
public class HazardQueries {

  private final HazardRepository hazards;
  private final RegistryAccess access;
  private final TownClock clock;

  HazardQueries(HazardRepository hazards, RegistryAccess access, TownClock clock) {
    this.hazards = hazards;
    this.access = access;
    this.clock = clock;
  }

  public Page<Hazard> page(CurrentUser user, HazardFilter filter, Pageable pageable) {
    return hazards.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())), pageable);
  }

  public List<Hazard> export(CurrentUser user, HazardFilter filter, Sort sort) {
    return Paging.exportRows(hazards.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())),
        Paging.export(sort)), "隐患");
  }

  /** The hazard of this number if the user may see it; 404 otherwise (never revealing it exists). */
  public Hazard visible(CurrentUser user, String number) {
    Specification<Hazard> byNumber = (root, query, cb) -> cb.equal(root.get("number"), number);
    return hazards.findOne(visible(user).and(byNumber))
        .orElseThrow(() -> ApiException.notFound("隐患“" + number + "”不存在，或不在您负责的范围内"));
  }

  private Specification<Hazard> visible(CurrentUser user) {
    if (access.readsEverything(user)) {
      return (root, query, cb) -> cb.conjunction();
    }
    return HazardFilter.visibleTo(user.userId(), access.visibleGrids(user), user.groupIds());
  }
}
