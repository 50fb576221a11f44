package cn.safegrid.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

  Optional<Inspection> findByProcessInstanceId(String processInstanceId);

  Optional<Inspection> findByGridCodeAndWeekStartAndRoundNo(String gridCode, LocalDate weekStart, int roundNo);

  List<Inspection> findByWeekStart(LocalDate weekStart);

  /** The grid's rounds in these states: the open ones keep the registry from deleting the grid. */
  long countByGridCodeAndStatusIn(String gridCode, java.util.Collection<InspectionStatus> statuses);
}
