package cn.safegrid.catalogue;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, String> {

  /**
   * The category's row, locked until the transaction ends: of two edits at once the second waits,
   * then compares the version it was based on with the first one's (a stale write is a 409).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Category c where c.code = ?1")
  Optional<Category> lockForEdit(String code);

  List<Category> findAllByOrderBySortOrderAscCodeAsc();
}
