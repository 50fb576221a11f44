package cn.safegrid.grid;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, Long> {
  Optional<Area> findByCode(String code);

  @EntityGraph(attributePaths = {"town", "leader", "deputy"})
  List<Area> findAllByOrderByCode();
}
