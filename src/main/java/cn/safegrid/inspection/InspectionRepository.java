package cn.safegrid.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

  Optional<Inspection> findByGridCodeAndWeekStartAndRoundNo(String gridCode, LocalDate weekStart, int roundNo);

  List<Inspection> findByWeekStart(LocalDate weekStart);

  /** The start of the latest window any round was opened for; null before the first round. */
  @Query("select max(i.opensAt) from Inspection i")
  Instant latestOpensAt();
}
