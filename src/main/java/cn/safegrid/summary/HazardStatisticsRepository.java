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

  @org.springframework.data.jpa.repository.Query("select concat(cast(t.subjectKind as string), ':', t.subjectCode)"
      + " from HazardStatistics t where t.periodKind = :kind and t.periodStart = :start")
  List<String> subjectKeys(@org.springframework.data.repository.query.Param("kind") PeriodKind kind,
      @org.springframework.data.repository.query.Param("start") LocalDate start);
}
