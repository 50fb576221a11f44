package cn.safegrid.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HazardStatisticsRepository extends JpaRepository<HazardStatistics, Long>,
    org.springframework.data.jpa.repository.JpaSpecificationExecutor<HazardStatistics> {

  Optional<HazardStatistics> findBySubjectKindAndSubjectCodeAndPeriodKindAndPeriodStart(StatisticsSubject.Kind kind,
      String code, PeriodKind periodKind, LocalDate start);

  Optional<HazardStatistics> findByProcessInstanceId(String processInstanceId);

  List<HazardStatistics> findByPeriodKindAndPeriodStart(PeriodKind kind, LocalDate start);
}
