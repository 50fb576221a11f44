package cn.safegrid.grid;

import java.util.List;

/**
 * Work still open in the ledgers or the engine for a grid, a department or a login: what keeps
 * the registry from deleting them (see {@link RegistryIntegrity}). The hazard ledger, the
 * inspection ledger and the engine's tasks each answer for their own part, as phrases a person
 * reads, e.g. "12 项未销号的隐患"; nothing open, an empty list.
 */
public interface OpenWork {

  /** What is open for the grid of this code (its hazards, rounds, tasks of its groups). */
  List<String> openForGrid(String gridCode);

  /** What is open for the department of this code (hazards it leads, tasks of its group). */
  List<String> openForDepartment(String departmentCode);
}
