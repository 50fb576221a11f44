package cn.safegrid.rules;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

  List<RuleVersion> findByDecisionKeyOrderByDeployedAtDescIdDesc(String decisionKey);

  Optional<RuleVersion> findByDecisionKeyAndVersionNo(String decisionKey, int versionNo);
}
