package cn.safegrid.grid;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TownRepository extends JpaRepository<Town, Long> {
  Optional<Town> findByCode(String code);
}
