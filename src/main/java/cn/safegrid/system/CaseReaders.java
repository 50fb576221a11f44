package cn.safegrid.system;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ledger's word on who may read the cases it recorded (hazards, inspection rounds): the ledger's
 * own visibility rule — the one its API applies in a query — asked for given readers. The engine
 * grants these readers each case's process instance and its tasks (grid/InstanceReaders), so that
 * Cockpit shows a supervisor of a part of the town exactly what the ledger shows him.
 */
public interface CaseReaders {

  /**
   * Someone who may read part of the ledgers: his login, his Camunda groups and the grids his roles
   * cover (the registry's rule, RegistryIndex#visibleGridCodes).
   */
  record Reader(String login, Set<String> groupIds, Set<String> gridCodes) {}

  /**
   * The logins among {@code candidates} who may read the case this process instance works; empty
   * when the instance is not one of this ledger's.
   */
  Optional<Set<String>> readersOf(String processInstanceId, Collection<Reader> candidates);

  /**
   * For every case of this ledger whose process may still run: its process instance id and the
   * logins among {@code candidates} who may read it (possibly none).
   */
  Map<String, Set<String>> readersOfOpenCases(Collection<Reader> candidates);
}
