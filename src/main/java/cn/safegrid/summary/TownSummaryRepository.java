package cn.safegrid.summary;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TownSummaryRepository extends JpaRepository<TownSummary, Long> {

  Optional<TownSummary> findByTownCodeAndPeriodStart(String townCode, LocalDate start);

  Optional<TownSummary> findByProcessInstanceId(String processInstanceId);
}
