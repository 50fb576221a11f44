package cn.safegrid.hazard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {
  Optional<Hazard> findByNumber(String number);

  /** The hazard a process instance works on, as the ledger recorded it at the report. */
  Optional<Hazard> findByProcessInstanceId(String processInstanceId);

  /** Hazards of the grid not yet closed: what keeps the registry from deleting the grid. */
  long countByGridCodeAndStatusNot(String gridCode, HazardStatus status);

  /** Hazards the department leads that are not yet closed: what keeps it from being deleted. */
  long countByLeadDepartmentAndStatusNot(String leadDepartment, HazardStatus status);

  /** Hazards of the category not yet closed: what keeps the catalogue from retiring it. */
  long countByCategoryAndStatusNot(String category, HazardStatus status);

  /** The distinct categories of the hazards reported in a period, with counts: the routing table's inputs. */
  @Query("select h.category, count(h) from Hazard h where h.reportedAt >= :from and h.reportedAt < :to group by h.category")
  List<Object[]> countByCategory(@Param("from") Instant from, @Param("to") Instant to);

  /** The distinct grades and categories of the hazards reported in a period, with counts: the deadline table's inputs. */
  @Query("select h.grade, h.category, count(h) from Hazard h where h.reportedAt >= :from and h.reportedAt < :to "
      + "group by h.grade, h.category")
  List<Object[]> countByGradeAndCategory(@Param("from") Instant from, @Param("to") Instant to);

  /** Numbers of hazards of a category (null: none given) reported in a period, oldest first. */
  @Query("select h.number from Hazard h where h.reportedAt >= :from and h.reportedAt < :to "
      + "and ((:category is null and h.category is null) or h.category = :category) order by h.reportedAt, h.id")
  List<String> numbersOfCategory(@Param("category") String category, @Param("from") Instant from,
      @Param("to") Instant to, Pageable page);

  /** Numbers of hazards of a grade and category reported in a period, oldest first. */
  @Query("select h.number from Hazard h where h.reportedAt >= :from and h.reportedAt < :to and h.grade = :grade "
      + "and ((:category is null and h.category is null) or h.category = :category) order by h.reportedAt, h.id")
  List<String> numbersOfGradeAndCategory(@Param("grade") HazardGrade grade, @Param("category") String category,
      @Param("from") Instant from, @Param("to") Instant to, Pageable page);
}
