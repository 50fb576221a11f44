package cn.safegrid.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/**
 * The grids of the ledger records a reader may see (code → the name the ledger recorded), for the
 * ledger pages' grid filter: exactly the grids his list can show, whatever his roles. One query for
 * hazards and inspection rounds alike (both record {@code gridCode} and {@code gridName}).
 */
public final class LedgerGrids {

  private LedgerGrids() {}

  public static <T> Map<String, String> of(EntityManager entityManager, Class<T> entity, Specification<T> visible) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<T> root = query.from(entity);
    query.multiselect(root.get("gridCode"), root.get("gridName")).distinct(true)
        .where(visible.toPredicate(root, query, cb))
        .orderBy(cb.asc(root.get("gridCode")));
    Map<String, String> grids = new LinkedHashMap<>();
    entityManager.createQuery(query).getResultList()
        .forEach(row -> grids.putIfAbsent(row.get(0, String.class), row.get(1, String.class)));
    return grids;
  }
}
