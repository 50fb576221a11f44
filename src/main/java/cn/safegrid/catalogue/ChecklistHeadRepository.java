package cn.safegrid.catalogue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChecklistHeadRepository extends JpaRepository<ChecklistHead, String> {

  /** The checklist's row, locked until the transaction ends: two saves make two versions, one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ChecklistHead c where c.code = ?1")
  Optional<ChecklistHead> lockForEdit(String code);
}
