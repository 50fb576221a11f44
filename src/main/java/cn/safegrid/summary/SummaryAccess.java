package cn.safegrid.summary;

import cn.safegrid.grid.RegistryAccess;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read which summaries and statistics — the one rule every door uses (the REST API, its
 * Excel downloads), built on the registry's read rights ({@link RegistryAccess}) as the ledgers are:
 * town leaders, the safety office and 纪委 read everything (and the town's summary and statistics);
 * everybody else the summaries of the grids his roles cover (a village leader his village, a deputy
 * area leader the area's villages, a department the units of its sector) and of the departments he
 * heads or belongs to, and the statistics of the units among those grids. Filing goes through the
 * engine, where only the task's candidates may claim it.
 */
@Component
class SummaryAccess {

  static final String TOWN_READERS_ONLY = "全镇汇总和统计只有镇领导、领导小组办公室和纪委可以查看。";

  private final RegistryAccess access;

  SummaryAccess(RegistryAccess access) {
    this.access = access;
  }

  boolean readsEverything(CurrentUser user) {
    return access.readsEverything(user);
  }

  void requireTownReader(CurrentUser user) {
    if (!readsEverything(user)) {
      throw ApiException.forbidden(TOWN_READERS_ONLY);
    }
  }

  void requireOffice(CurrentUser user, String what) {
    if (!access.canEdit(user)) {
      throw ApiException.forbidden("只有系统管理员和领导小组办公室可以" + what + "。");
    }
  }

  Specification<MonthlySummary> summaries(CurrentUser user) {
    if (readsEverything(user)) {
      return (root, query, cb) -> cb.conjunction();
    }
    Set<String> grids = access.visibleGrids(user);
    Set<String> departments = access.visibleDepartments(user);
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      if (!grids.isEmpty()) {
        any.add(cb.and(cb.equal(root.get("subjectKind"), SubjectKind.GRID), root.get("subjectCode").in(grids)));
      }
      if (!departments.isEmpty()) {
        any.add(cb.and(cb.equal(root.get("subjectKind"), SubjectKind.DEPARTMENT), root.get("subjectCode").in(departments)));
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }

  boolean maySee(CurrentUser user, MonthlySummary summary) {
    return readsEverything(user)
        || summary.getSubjectKind() == SubjectKind.GRID && access.visibleGrids(user).contains(summary.getSubjectCode())
        || summary.getSubjectKind() == SubjectKind.DEPARTMENT
            && access.visibleDepartments(user).contains(summary.getSubjectCode());
  }

  Specification<HazardStatistics> statistics(CurrentUser user) {
    if (readsEverything(user)) {
      return (root, query, cb) -> cb.conjunction();
    }
    Set<String> grids = access.visibleGrids(user);
    return (root, query, cb) -> grids.isEmpty() ? cb.disjunction()
        : cb.and(cb.equal(root.get("subjectKind"), StatisticsSubject.Kind.UNIT), root.get("subjectCode").in(grids));
  }

  boolean maySee(CurrentUser user, HazardStatistics table) {
    return readsEverything(user) || table.getSubjectKind() == StatisticsSubject.Kind.UNIT
        && access.visibleGrids(user).contains(table.getSubjectCode());
  }
}
