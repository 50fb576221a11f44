package cn.safegrid.summary;

import cn.safegrid.grid.GridGroups;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.GridRole;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who files, may be named to file, and supervises a monthly summary, and who signs hazard
 * statistics — asked of the registry as it stands when the task comes up, never of a process
 * variable:
 * <ul>
 *   <li>files: the grid's leader (网格长: a village's party secretary, a unit's legal person), for a
 *       department its head; without a leader who can log in, the grid's leaders group or the
 *       department's group; failing all, the safety office;</li>
 *   <li>may be named by him to file instead: a deputy grid leader (副网格长) of the grid, a member of
 *       the department;</li>
 *   <li>supervises a summary not filed in time (the upper grid): for a village the level-2 leader of
 *       its area (片长), for a unit the department that supervises its sector, for a department its
 *       level-2 leader (分管领导); failing these, the safety office;</li>
 *   <li>signs statistics (the principal person in charge, 主要负责人): a unit's leader (legal person);
 *       for the town its level-1 leaders, either of whom signs.</li>
 * </ul>
 */
final class SummaryPeople {

  /** Candidate users and groups of a task. */
  record Candidates(List<String> users, List<String> groups, String names) {
    Candidates {
      users = List.copyOf(users);
      groups = List.copyOf(groups);
    }

    static Candidates group(String group, String name) {
      return new Candidates(List.of(), List.of(group), name);
    }
  }

  private SummaryPeople() {}

  static Candidates filers(RegistryIndex index, MonthlySummary summary) {
    if (summary.getSubjectKind() == SubjectKind.DEPARTMENT) {
      return index.department(summary.getSubjectCode()).map(d -> index.person(d.headCode())
          .filter(PersonRow::canLogIn).map(head -> user(head))
          .orElse(Candidates.group(GridGroups.department(d.code()), d.name())))
          .orElse(Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室"));
    }
    Optional<PersonRow> leader = index.assignments(summary.getSubjectCode()).stream()
        .filter(a -> a.role() == GridRole.GRID_LEADER).map(a -> index.person(a.personCode()).orElse(null))
        .filter(p -> p != null && p.canLogIn()).findFirst();
    if (leader.isPresent()) {
      return user(leader.get());
    }
    if (index.leadersOf(summary.getSubjectCode()).stream().anyMatch(PersonRow::canLogIn)) {
      return Candidates.group(GridGroups.gridLeaders(summary.getSubjectCode()), summary.getSubjectName() + "网格长及副网格长");
    }
    return Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室");
  }

  /** The people the leader may name to file in his stead, who can log in, in registry order. */
  static List<PersonRow> deputies(RegistryIndex index, MonthlySummary summary) {
    List<PersonRow> deputies = new ArrayList<>();
    if (summary.getSubjectKind() == SubjectKind.DEPARTMENT) {
      String head = index.department(summary.getSubjectCode()).map(d -> d.headCode()).orElse(null);
      index.membersOf(summary.getSubjectCode()).stream().filter(code -> !code.equals(head))
          .map(code -> index.person(code).orElse(null)).filter(p -> p != null && p.canLogIn())
          .distinct().forEach(deputies::add);
    } else {
      index.assignments(summary.getSubjectCode()).stream().filter(a -> a.role() == GridRole.DEPUTY_GRID_LEADER)
          .map(a -> index.person(a.personCode()).orElse(null)).filter(p -> p != null && p.canLogIn())
          .distinct().forEach(deputies::add);
    }
    return deputies;
  }

  static Candidates supervisors(RegistryIndex index, MonthlySummary summary) {
    if (summary.getSubjectKind() == SubjectKind.DEPARTMENT) {
      return index.levelTwoLeaderOfDepartment(summary.getSubjectCode()).filter(PersonRow::canLogIn)
          .map(SummaryPeople::user).orElse(Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室"));
    }
    if (summary.getGridKind() == GridKind.VILLAGE) {
      return index.levelTwoLeaderOfArea(summary.getAreaCode()).filter(PersonRow::canLogIn)
          .map(SummaryPeople::user).orElse(Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室"));
    }
    String department = index.grid(summary.getSubjectCode()).map(g -> g.supervisingDepartmentCode())
        .orElse(summary.getSupervisingDepartment());
    return index.department(department).map(d -> Candidates.group(GridGroups.department(d.code()), d.name()))
        .orElse(Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室"));
  }

  static Candidates principals(RegistryIndex index, HazardStatistics statistics) {
    if (statistics.getSubjectKind() == StatisticsSubject.Kind.TOWN) {
      List<PersonRow> leaders = index.levelOneLeaders(statistics.getTownCode()).stream()
          .filter(PersonRow::canLogIn).toList();
      return leaders.isEmpty() ? Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室")
          : new Candidates(leaders.stream().map(PersonRow::loginId).toList(), List.of(),
              String.join("、", leaders.stream().map(PersonRow::name).toList()));
    }
    return index.assignments(statistics.getSubjectCode()).stream().filter(a -> a.role() == GridRole.GRID_LEADER)
        .map(a -> index.person(a.personCode()).orElse(null)).filter(p -> p != null && p.canLogIn()).findFirst()
        .map(SummaryPeople::user)
        .orElse(index.grid(statistics.getSubjectCode()).isPresent()
            ? Candidates.group(GridGroups.gridLeaders(statistics.getSubjectCode()), statistics.getSubjectName() + "网格长及副网格长")
            : Candidates.group(GridGroups.SAFETY_OFFICE, "领导小组办公室"));
  }

  /** The town's level-1 leaders who can log in, who acknowledge the town summary. */
  static List<String> levelOneLeaders(RegistryIndex index, String townCode) {
    Set<String> logins = new LinkedHashSet<>();
    index.levelOneLeaders(townCode).stream().filter(PersonRow::canLogIn).forEach(p -> logins.add(p.loginId()));
    return List.copyOf(logins);
  }

  private static Candidates user(PersonRow person) {
    return new Candidates(List.of(person.loginId()), List.of(), person.name());
  }
}
