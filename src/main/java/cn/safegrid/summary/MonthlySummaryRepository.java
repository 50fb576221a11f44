package cn.safegrid.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MonthlySummaryRepository extends JpaRepository<MonthlySummary, Long>, JpaSpecificationExecutor<MonthlySummary> {

  Optional<MonthlySummary> findBySubjectKindAndSubjectCodeAndPeriodStart(SubjectKind kind, String code, LocalDate start);

  Optional<MonthlySummary> findByProcessInstanceId(String processInstanceId);

  List<MonthlySummary> findByTownCodeAndPeriodStart(String townCode, LocalDate start);

  List<MonthlySummary> findByPeriodStart(LocalDate start);

  @org.springframework.data.jpa.repository.Query(
      "select concat(cast(s.subjectKind as string), ':', s.subjectCode) from MonthlySummary s where s.periodStart = :start")
  List<String> subjectKeys(@org.springframework.data.repository.query.Param("start") LocalDate start);
}
