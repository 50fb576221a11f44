package cn.safegrid.grid;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GridAssignmentRepository extends JpaRepository<GridAssignment, Long> {
  @EntityGraph(attributePaths = {"grid", "person", "village"})
  List<GridAssignment> findAllByOrderById();

  @EntityGraph(attributePaths = {"grid", "person", "village"})
  List<GridAssignment> findByPerson(Person person);

  @EntityGraph(attributePaths = {"grid", "person", "village"})
  List<GridAssignment> findByGrid(Grid grid);
}
