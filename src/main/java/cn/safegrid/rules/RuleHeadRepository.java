package cn.safegrid.rules;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RuleHeadRepository extends JpaRepository<RuleHead, String> {

  /** The head, locked until the transaction ends: deploys and release checks of one table take turns, on every node. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select h from RuleHead h where h.decisionKey = :key")
  Optional<RuleHead> lock(@Param("key") String key);
}
