package cn.safegrid.hazard;

import cn.safegrid.system.CaseReaders;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a hazard's process instance: exactly who may read the hazard in the ledger
 * ({@link HazardFilter#visibleTo}, asked in memory by {@link HazardFilter#isVisibleTo}) — the
 * reporter, the officers whose roles cover its grid, its lead unit's group and the departments
 * assisting it.
 */
@Component
class HazardReaders implements CaseReaders {

  private final HazardRepository hazards;

  HazardReaders(HazardRepository hazards) {
    this.hazards = hazards;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Set<String>> readersOf(String processInstanceId, Collection<Reader> candidates) {
    return hazards.findByProcessInstanceId(processInstanceId).map(hazard -> readers(hazard, candidates));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Set<String>> readersOfOpenCases(Collection<Reader> candidates) {
    Specification<Hazard> open = (root, query, cb) -> cb.and(cb.notEqual(root.get("status"), HazardStatus.CLOSED),
        cb.isNotNull(root.get("processInstanceId")));
    Map<String, Set<String>> readers = new LinkedHashMap<>();
    hazards.findAll(open).forEach(hazard -> readers.put(hazard.getProcessInstanceId(), readers(hazard, candidates)));
    return readers;
  }

  private static Set<String> readers(Hazard hazard, Collection<Reader> candidates) {
    Set<String> logins = new TreeSet<>();
    for (Reader reader : candidates) {
      if (HazardFilter.isVisibleTo(hazard, reader.login(), reader.gridCodes(), reader.groupIds())) {
        logins.add(reader.login());
      }
    }
    return logins;
  }
}
