package cn.safegrid.inspection;

import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Paging;
import cn.safegrid.system.LedgerGrids;
import cn.safegrid.system.TownClock;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the inspection ledger on an officer's behalf: the rounds of the grids his roles cover
 * (village members their village, area leaders their villages, departments the units of their
 * sector, liaison cadres their village); everything for those who read everything.
 */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

  /** Items are fetched for this many rounds at a time (bounded IN lists). */
  static final int ITEM_BATCH = 1_000;

  private final InspectionRepository inspections;
  private final InspectionItemRepository items;
  private final RegistryAccess access;
  private final TownClock clock;
  private final EntityManager entityManager;

  InspectionQueries(InspectionRepository inspections, InspectionItemRepository items, RegistryAccess access,
      TownClock clock, EntityManager entityManager) {
    this.inspections = inspections;
    this.items = items;
    this.access = access;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** The grids of the rounds this user may see (code → the name recorded), for the ledger's grid filter. */
  public Map<String, String> gridsInLedger(CurrentUser user) {
    return LedgerGrids.of(entityManager, Inspection.class, visible(user));
  }

  public Page<Inspection> page(CurrentUser user, InspectionFilter filter, Pageable pageable) {
    return inspections.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())), pageable);
  }

  /** A round and its items, keyed by the round's id, in the order of the rounds. */
  public record Export(List<Inspection> rounds, Map<Long, List<InspectionItem>> items) {}

  /** The rounds that match (at most {@link Paging#MAX_EXPORT_ROWS}, 400 beyond) with their items. */
  public Export export(CurrentUser user, InspectionFilter filter, Sort sort) {
    List<Inspection> rounds = Paging.exportRows(
        inspections.findAll(visible(user).and(filter.toSpecification(clock.zone(), clock.now())), Paging.export(sort)), "排查记录");
    Map<Long, List<InspectionItem>> byRound = new LinkedHashMap<>();
    rounds.forEach(r -> byRound.put(r.getId(), new ArrayList<>()));
    List<Long> ids = List.copyOf(byRound.keySet());
    for (int from = 0; from < ids.size(); from += ITEM_BATCH) {
      items.findByInspectionIdInOrderById(ids.subList(from, Math.min(ids.size(), from + ITEM_BATCH)))
          .forEach(item -> byRound.get(item.getInspectionId()).add(item));
    }
    return new Export(rounds, byRound);
  }

  /** The round of this id if the user may see it; 404 otherwise (never revealing it exists). */
  public Inspection visible(CurrentUser user, Long id) {
    Specification<Inspection> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
    return inspections.findOne(visible(user).and(byId))
        .orElseThrow(() -> ApiException.notFound("排查记录（id " + id + "）不存在，或不在您负责的范围内"));
  }

  public List<InspectionItem> itemsOf(Inspection inspection) {
    return items.findByInspectionIdOrderById(inspection.getId());
  }

  /** Every round of the week starting on this Monday that the user may see, in one query. */
  public List<Inspection> week(CurrentUser user, LocalDate monday) {
    Specification<Inspection> ofWeek = (root, query, cb) -> cb.equal(root.get("weekStart"), monday);
    return inspections.findAll(visible(user).and(ofWeek));
  }

  /**
   * The rounds this user may see, as a query: the one rule for the inspection ledger's list, export
   * and detail, its weekly compliance and the supervisors' dashboard.
   */
  public Specification<Inspection> visibleTo(CurrentUser user) {
    return visible(user);
  }

  private Specification<Inspection> visible(CurrentUser user) {
    if (access.readsEverything(user)) {
      return (root, query, cb) -> cb.conjunction();
    }
    return InspectionFilter.inGrids(access.visibleGrids(user));
  }
}
