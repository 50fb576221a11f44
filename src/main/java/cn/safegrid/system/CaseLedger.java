package cn.safegrid.system;

import java.util.List;
import java.util.Optional;

/**
 * A ledger's word on the case a process instance works (a hazard, an inspection round): the grid
 * it belongs to, which decides who may watch its tasks, and how urgent it is, which sets the
 * priority of its tasks. These come from the ledger, never from process variables a client could
 * have written. Each ledger answers for the instances it recorded and is empty for the others.
 */
public interface CaseLedger {

  record CaseState(String gridCode, int priority) {}

  Optional<CaseState> caseOf(String processInstanceId);

  /** The first ledger's answer for the instance. */
  static Optional<CaseState> find(List<CaseLedger> ledgers, String processInstanceId) {
    return ledgers.stream().flatMap(ledger -> ledger.caseOf(processInstanceId).stream()).findFirst();
  }
}
