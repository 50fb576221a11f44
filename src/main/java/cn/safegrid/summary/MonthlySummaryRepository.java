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
}
