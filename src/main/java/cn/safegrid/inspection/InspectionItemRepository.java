package cn.safegrid.inspection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionItemRepository extends JpaRepository<InspectionItem, Long> {
  List<InspectionItem> findByInspectionIdOrderById(Long inspectionId);

  List<InspectionItem> findByInspectionIdInOrderById(Collection<Long> inspectionIds);
}
