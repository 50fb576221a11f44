package cn.safegrid.grid;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyPlaceRepository extends JpaRepository<KeyPlace, Long> {
  @EntityGraph(attributePaths = {"grid"})
  List<KeyPlace> findAllByOrderByCode();
}
