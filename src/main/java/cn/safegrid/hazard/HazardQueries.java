package cn.safegrid.hazard;

import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Paging;
import cn.safegrid.system.LedgerGrids;
import cn.safegrid.system.TownClock;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
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
  private final EntityManager entityManager;

  HazardQueries(HazardRepository hazards, RegistryAccess access, TownClock clock, EntityManager entityManager) {
    this.hazards = hazards;
    this.access = access;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  public Page<Hazard> page(CurrentUser user, HazardFilter filter, Pageable pageable) {
    return hazards.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())), pageable);
  }

  public List<Hazard> export(CurrentUser user, HazardFilter filter, Sort sort) {
    return Paging.exportRows(hazards.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())),
        Paging.export(sort)), "隐患");
  }

  /**
   * The grids of the hazards this user may see (code → the name the ledger recorded), for the
   * ledger's grid filter: exactly the grids his list can show, whatever his roles.
   */
  public Map<String, String> gridsInLedger(CurrentUser user) {
    return LedgerGrids.of(entityManager, Hazard.class, visible(user));
  }

  /** The hazard of this number if the user may see it; 404 otherwise (never revealing it exists). */
  public Hazard visible(CurrentUser user, String number) {
    Specification<Hazard> byNumber = (root, query, cb) -> cb.equal(root.get("number"), number);
    return hazards.findOne(visible(user).and(byNumber))
        .orElseThrow(() -> ApiException.notFound("隐患“" + number + "”不存在，或不在您负责的范围内"));
  }

  /**
   * The hazards this user may see, as a query: everything for those who read everything, otherwise
   * what {@link HazardFilter#visibleTo} allows. The one rule for the ledger's list, its export, its
   * detail and the supervisors' dashboard.
   */
  public Specification<Hazard> visibleTo(CurrentUser user) {
    return visible(user);
  }

  /**
   * Whether {@link #visibleTo} admits every hazard for this user (the rule's first branch): the
   * dashboard may then count from running totals of the whole ledger instead of reading it.
   */
  public boolean seesEverything(CurrentUser user) {
    return access.readsEverything(user);
  }

  private Specification<Hazard> visible(CurrentUser user) {
    if (access.readsEverything(user)) {
      return (root, query, cb) -> cb.conjunction();
    }
    return HazardFilter.visibleTo(user.userId(), access.visibleGrids(user), user.groupIds());
  }
}
