package cn.safegrid.hazard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HazardEventRepository extends JpaRepository<HazardEvent, Long> {
  List<HazardEvent> findByHazardIdOrderByAtAscIdAsc(Long hazardId);
}
