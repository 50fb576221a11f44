package cn.safegrid.inspection;

import cn.safegrid.system.CaseReaders;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an inspection round's process instance: exactly who may read the round in the
 * inspection ledger — the officers whose roles cover its grid ({@link InspectionFilter#inGrids}).
 */
@Component
class InspectionReaders implements CaseReaders {

  /** Rounds whose process has ended. */
  static final Set<InspectionStatus> FINISHED =
      EnumSet.of(InspectionStatus.DONE, InspectionStatus.DONE_LATE, InspectionStatus.CLOSED_UNFINISHED);

  private final InspectionRepository inspections;

  InspectionReaders(InspectionRepository inspections) {
    this.inspections = inspections;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Set<String>> readersOf(String processInstanceId, Collection<Reader> candidates) {
    return inspections.findByProcessInstanceId(processInstanceId).map(round -> readers(round, candidates));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Set<String>> readersOfOpenCases(Collection<Reader> candidates) {
    Specification<Inspection> open = (root, query, cb) -> cb.and(root.get("status").in(FINISHED).not(),
        cb.isNotNull(root.get("processInstanceId")));
    Map<String, Set<String>> readers = new LinkedHashMap<>();
    inspections.findAll(open).forEach(round -> readers.put(round.getProcessInstanceId(), readers(round, candidates)));
    return readers;
  }

  private static Set<String> readers(Inspection round, Collection<Reader> candidates) {
    Set<String> logins = new TreeSet<>();
    for (Reader reader : candidates) {
      // the rule of InspectionFilter.inGrids, for one round
      if (reader.gridCodes().contains(round.getGridCode())) {
        logins.add(reader.login());
      }
    }
    return logins;
  }
}
