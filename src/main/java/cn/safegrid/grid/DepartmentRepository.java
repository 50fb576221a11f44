package cn.safegrid.grid;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {
  Optional<Department> findByCode(String code);

  @EntityGraph(attributePaths = {"town", "head", "supervisor", "members"})
  List<Department> findAllByOrderByCode();
}
