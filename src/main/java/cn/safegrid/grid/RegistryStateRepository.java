package cn.safegrid.grid;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RegistryStateRepository extends JpaRepository<RegistryState, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from RegistryState s where s.id = 1")
  Optional<RegistryState> lockForEdit();

  @Query("select s.revision from RegistryState s where s.id = 1")
  long revision();
}
