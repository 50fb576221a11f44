package cn.safegrid.grid;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GridRepository extends JpaRepository<Grid, Long> {
  @EntityGraph(attributePaths = {"town", "parent", "area", "supervisingDepartment"})
  Optional<Grid> findByCode(String code);

  @EntityGraph(attributePaths = {"town", "parent", "area", "supervisingDepartment"})
  List<Grid> findAllByOrderByCode();
}
