package cn.safegrid.grid;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {
  Optional<Person> findByCode(String code);

  Optional<Person> findByLoginId(String loginId);

  List<Person> findAllByOrderByCode();
}
