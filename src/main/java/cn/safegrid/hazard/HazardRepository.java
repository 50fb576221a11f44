package cn.safegrid.hazard;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {
  Optional<Hazard> findByNumber(String number);

  /** The hazard a process instance works on, as the ledger recorded it at the report. */
  Optional<Hazard> findByProcessInstanceId(String processInstanceId);

  /** Hazards of the grid not yet closed: what keeps the registry from deleting the grid. */
  long countByGridCodeAndStatusNot(String gridCode, HazardStatus status);

  /** Hazards the department leads that are not yet closed: what keeps it from being deleted. */
  long countByLeadDepartmentAndStatusNot(String leadDepartment, HazardStatus status);

  /** Hazards of the category not yet closed: what keeps the catalogue from retiring it. */
  long countByCategoryAndStatusNot(String category, HazardStatus status);
}
