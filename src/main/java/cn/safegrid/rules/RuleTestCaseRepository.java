package cn.safegrid.rules;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleTestCaseRepository extends JpaRepository<RuleTestCase, Long> {

  List<RuleTestCase> findByDecisionKeyOrderByIdAsc(String decisionKey);

  long countByDecisionKey(String decisionKey);
}
