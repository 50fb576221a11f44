package cn.safegrid.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistVersionRepository extends JpaRepository<ChecklistVersion, Long> {

  Optional<ChecklistVersion> findByChecklistCodeAndVersionNo(String checklistCode, int versionNo);
}
