package cn.safegrid.hazard;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {
  Optional<Hazard> findByNumber(String number);
}
