package cn.safegrid.hazard;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.grid.GridGroups;
import cn.safegrid.grid.GridKind;
import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.rules.RuleBook;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.grid.ReportingGrids;
import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Texts;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard ledger (台账): every step of a hazard's closed loop changes its record here and leaves
 * an entry in its audit trail. The process calls it through thin delegates and listeners; the
 * ledger never talks to the engine.
 */
@Service
@Transactional
public class HazardLedger {

  public static final String AREA_GROUP = "area-group";
  public static final String VILLAGE_GRID = "village-grid";
  static final String SAFETY_OFFICE = "safety-office";

  private final HazardRepository hazards;
  private final HazardEventRepository events;
  private final HazardNumbers numbers;
  private final Registry registry;
  private final Officers officers;
  private final TownClock clock;
  private final Catalogue catalogue;
  private final ReportingGrids reportingGrids;
  private final RuleBook rules;
  private final org.springframework.context.ApplicationEventPublisher publisher;

  HazardLedger(HazardRepository hazards, HazardEventRepository events, HazardNumbers numbers, Registry registry,
      Officers officers, TownClock clock, Catalogue catalogue, ReportingGrids reportingGrids, RuleBook rules,
      org.springframework.context.ApplicationEventPublisher publisher) {
    this.rules = rules;
    this.publisher = publisher;
    this.catalogue = catalogue;
    this.reportingGrids = reportingGrids;
    this.hazards = hazards;
    this.events = events;
    this.numbers = numbers;
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  /** What is wrong with a report, field by field (empty when it may be registered). */
  @Transactional(readOnly = true)
  public List<ApiError.FieldError> problemsOf(HazardReport report) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    reportingGrids.problemWith(report.reporterId(), report.gridCode())
        .ifPresent(problem -> problems.add(new ApiError.FieldError("gridCode", problem)));
    if (blank(report.description())) {
      problems.add(new ApiError.FieldError("description", "请描述隐患的情况"));
    } else if (report.description().length() > 2000) {
      problems.add(new ApiError.FieldError("description", "隐患描述不能超过 2000 字"));
    }
    if (blank(report.location())) {
      problems.add(new ApiError.FieldError("location", "请填写隐患所在的具体地点"));
    } else if (report.location().length() > HazardReport.MAX_LOCATION) {
      problems.add(new ApiError.FieldError("location", "地点不能超过 200 字"));
    }
    if (HazardGrade.ofCode(report.grade()).isEmpty()) {
      problems.add(new ApiError.FieldError("grade", "请选择隐患等级：一般隐患（general）或重大隐患（major）"));
    }
    if (report.hazardCategory() != null && report.hazardCategory().length() > 64) {
      problems.add(new ApiError.FieldError("hazardCategory", "隐患类别代码过长"));
    }
    return problems;
  }

  /** Registers a reported hazard with a new number; the report must be free of problems. */
  public Hazard register(HazardReport report, String processInstanceId) {
    List<ApiError.FieldError> problems = problemsOf(report);
    if (!problems.isEmpty()) {
      throw ApiException.invalid("隐患上报信息有误：" + problems.get(0).message(), problems);
    }
    RegistryIndex index = registry.current();
    GridRow grid = reportingGrids.gridOf(report.reporterId(), report.gridCode()).orElseThrow();
    String prefix = index.town(grid.townCode()).map(t -> t.hazardPrefix()).orElse("SG");
    ZonedDateTime now = clock.nowInTown();
    Hazard hazard = new Hazard(numbers.next(prefix, now.getYear()), grid.townCode(), grid.code(), grid.name(),
        HazardGrade.ofCode(report.grade()).orElseThrow(), trimToNull(report.hazardCategory()),
        catalogue.categoryName(report.hazardCategory()), report.location().trim(), report.description().trim(), now.toInstant());
    hazard.setAreaCode(grid.areaCode());
    hazard.setReporter(report.reporterId(), officers.nameOf(report.reporterId()));
    hazard.setReportedByDepartment(reportedByDepartment(index, grid, report.reporterId()));
    hazard.setProcessInstanceId(processInstanceId);
    hazard.setSource(Texts.fit(trimToNull(report.source()), HazardReport.MAX_SOURCE));
    // the tables in force now decide the hazard, even if an administrator deploys new ones before it is routed
    hazard.setRuleVersions(rules.activeVersion(HazardProcess.ROUTING_DECISION),
        rules.activeVersion(HazardProcess.DEADLINES_DECISION));
    hazards.save(hazard);
    record(hazard, report.reporterId(), HazardAction.REPORTED, null, HazardStatus.REPORTED,
        hazard.getGrade().label() + "；" + hazard.getCategoryName() + "；" + hazard.getLocation());
    return hazard;
  }

  /** Who works a routed hazard, as the routing table named it and the registry resolves it. */
  public record Routing(String leadDepartment, String leadGroup, String leadUnitName, List<String> assistingDepartments,
      String note) {}

  /** Resolves the routing table's answer and records it. */
  public Routing route(Long hazardId, String leadDepartment, String assistingDepartments) {
    Hazard hazard = find(hazardId);
    Routing routing = resolve(hazard, leadDepartment, assistingDepartments);
    HazardStatus from = hazard.getStatus();
    hazard.route(routing.leadDepartment(), routing.leadGroup(), routing.leadUnitName(),
        String.join(",", routing.assistingDepartments()));
    hazard.setStatus(HazardStatus.ROUTED);
    String assisting = routing.assistingDepartments().isEmpty() ? "" : "；协办：" + assistingNames(routing);
    record(hazard, null, HazardAction.ROUTED, from, HazardStatus.ROUTED,
        "牵头：" + routing.leadUnitName() + assisting + (routing.note() == null ? "" : "；" + routing.note()));
    return routing;
  }

  /** The rectification deadline and the escalation dates, from the deadline table's day counts. */
  public record Deadlines(Instant due, Instant levelTwoAt, Instant levelOneAt, Instant accountabilityAt) {}

  public Deadlines setDeadlines(Long hazardId, int rectificationDays, int levelTwoAfterDays, int levelOneAfterDays,
      int accountabilityAfterDays) {
    if (rectificationDays < 0 || levelTwoAfterDays < 0 || levelOneAfterDays <= levelTwoAfterDays
        || accountabilityAfterDays <= levelOneAfterDays) {
      throw new IllegalStateException("hazard-deadlines 规则的输出有误：整改天数不能为负，且二级督办、一级督办、问责的逾期天数须依次增大（"
          + rectificationDays + "/" + levelTwoAfterDays + "/" + levelOneAfterDays + "/" + accountabilityAfterDays + "）");
    }
    Hazard hazard = find(hazardId);
    // the deadline is the end of the day (24:00 town time) that many days after the report
    ZonedDateTime due = hazard.getReportedAt().atZone(clock.zone()).toLocalDate()
        .plusDays(rectificationDays + 1L).atStartOfDay(clock.zone());
    Deadlines deadlines = new Deadlines(due.toInstant(), due.plusDays(levelTwoAfterDays).toInstant(),
        due.plusDays(levelOneAfterDays).toInstant(), due.plusDays(accountabilityAfterDays).toInstant());
    hazard.setDeadlines(deadlines.due(), deadlines.levelTwoAt(), deadlines.levelOneAt(), deadlines.accountabilityAt());
    return deadlines;
  }

  /**
   * Who answers for a hazard above the lead unit, and who verifies its rectification. The town grid
   * has one or more level-1 leaders (镇主要领导干部, 三（一）: the party secretary and the mayor), the
   * logins in registry order; the level-2 leader is one person, the first level-1 leader where the
   * registry names no level-2 leader who can log in.
   */
  public record Supervisors(String levelTwoLeader, List<String> levelOneLeaders, String verifierGroup) {
    public Supervisors {
      levelOneLeaders = List.copyOf(levelOneLeaders);
    }
  }

  @Transactional(readOnly = true)
  public Supervisors supervisorsOf(Long hazardId) {
    Hazard hazard = find(hazardId);
    RegistryIndex index = registry.current();
    List<String> levelOne = index.levelOneLeaders(hazard.getTownCode()).stream().filter(PersonRow::canLogIn)
        .map(PersonRow::loginId).toList();
    if (levelOne.isEmpty()) {
      throw new IllegalStateException("镇级网格没有可登录的一级网格长，无法安排督办；请在网格台账中补充");
    }
    String levelTwo = levelTwoOf(index, hazard).filter(PersonRow::canLogIn).map(PersonRow::loginId)
        .orElse(levelOne.get(0));
    boolean gridHasLeaders = index.leadersOf(hazard.getGridCode()).stream().anyMatch(PersonRow::canLogIn);
    String verifier = hazard.isReportedByDepartment() || !gridHasLeaders
        ? hazard.getLeadGroup() : GridGroups.gridLeaders(hazard.getGridCode());
    return new Supervisors(levelTwo, levelOne, verifier);
  }

  public void accept(Long hazardId, String actor, String unit, String person, String phone, String measures) {
    Hazard hazard = find(hazardId);
    hazard.assignResponsibility(trimToNull(unit), trimToNull(person), trimToNull(phone), trimToNull(measures));
    hazard.setAcceptedAt(clock.now());
    transition(hazard, actor, HazardAction.ACCEPTED, HazardStatus.ASSIGNED,
        "责任单位：" + orDash(unit) + "；责任人：" + orDash(person) + "；措施：" + orDash(measures));
  }

  public void returnForReassignment(Long hazardId, String actor, String reason) {
    transition(find(hazardId), actor, HazardAction.RETURNED, HazardStatus.RETURNED, reason);
  }

  public Routing reassign(Long hazardId, String actor, String leadDepartment, String reason) {
    Hazard hazard = find(hazardId);
    Routing routing = resolve(hazard, leadDepartment, hazard.getAssistingDepartments());
    hazard.route(routing.leadDepartment(), routing.leadGroup(), routing.leadUnitName(),
        String.join(",", routing.assistingDepartments()));
    transition(hazard, actor, HazardAction.REASSIGNED, HazardStatus.ROUTED,
        "改由" + routing.leadUnitName() + "牵头" + (blank(reason) ? "" : "：" + reason.trim()));
    return routing;
  }

  public void assistingRemarks(Long hazardId, String actor, String department, String remarks) {
    Hazard hazard = find(hazardId);
    String name = registry.current().department(department).map(d -> d.name()).orElse(department);
    record(hazard, actor, HazardAction.ASSISTING_REMARKS, hazard.getStatus(), hazard.getStatus(),
        name + "：" + orDash(remarks));
  }

  public void acknowledged(Long hazardId, String actor, String remarks) {
    Hazard hazard = find(hazardId);
    record(hazard, actor, HazardAction.ACKNOWLEDGED, hazard.getStatus(), hazard.getStatus(), remarks);
  }

  public void planStarted(Long hazardId) {
    Hazard hazard = find(hazardId);
    if (hazard.getStatus() != HazardStatus.PLANNING) {
      hazard.setStatus(HazardStatus.PLANNING);
    }
  }

  public void submitPlan(Long hazardId, String actor, String goal, String method, String funds, String responsible,
      String timeLimit, String safetyMeasures) {
    Hazard hazard = find(hazardId);
    hazard.setPlan(goal, method, funds, responsible, timeLimit, safetyMeasures);
    transition(hazard, actor, HazardAction.PLAN_SUBMITTED, HazardStatus.PLANNING, "整改方案六项内容已填写");
  }

  public void decidePlan(Long hazardId, String actor, boolean approved, String opinion) {
    Hazard hazard = find(hazardId);
    if (approved) {
      hazard.setPlanApprovedAt(clock.now());
    }
    record(hazard, actor, approved ? HazardAction.PLAN_APPROVED : HazardAction.PLAN_REJECTED,
        hazard.getStatus(), hazard.getStatus(), opinion);
  }

  public void rectificationStarted(Long hazardId) {
    Hazard hazard = find(hazardId);
    if (hazard.getStatus() != HazardStatus.RECTIFYING) {
      hazard.setStatus(HazardStatus.RECTIFYING);
    }
  }

  public void rectified(Long hazardId, String actor, String result) {
    Hazard hazard = find(hazardId);
    hazard.setRectificationResult(trimToNull(result));
    hazard.setRectifiedAt(clock.now());
    transition(hazard, actor, HazardAction.RECTIFIED, HazardStatus.AWAITING_VERIFICATION,
        "第 " + hazard.getRectificationRound() + " 轮整改：" + orDash(result));
  }

  public void verified(Long hazardId, String actor, boolean passed, String opinion) {
    Hazard hazard = find(hazardId);
    if (passed) {
      record(hazard, actor, HazardAction.VERIFICATION_PASSED, hazard.getStatus(), hazard.getStatus(), opinion);
    } else {
      hazard.nextRound();
      transition(hazard, actor, HazardAction.VERIFICATION_FAILED, HazardStatus.RECTIFYING,
          orDash(opinion) + "（转入第 " + hazard.getRectificationRound() + " 轮整改）");
    }
  }

  public void closureReviewStarted(Long hazardId) {
    Hazard hazard = find(hazardId);
    hazard.setStatus(HazardStatus.AWAITING_CLOSURE_REVIEW);
  }

  public void reviewClosure(Long hazardId, String actor, boolean approved, String opinion) {
    Hazard hazard = find(hazardId);
    if (approved) {
      record(hazard, actor, HazardAction.CLOSURE_APPROVED, hazard.getStatus(), hazard.getStatus(), opinion);
    } else {
      hazard.nextRound();
      transition(hazard, actor, HazardAction.CLOSURE_REJECTED, HazardStatus.RECTIFYING,
          orDash(opinion) + "（转入第 " + hazard.getRectificationRound() + " 轮整改）");
    }
  }

  public Hazard remindOverdue(Long hazardId) {
    Hazard hazard = find(hazardId);
    if (hazard.getEscalation() == Escalation.NONE) {
      hazard.setEscalation(Escalation.OVERDUE);
    }
    record(hazard, null, HazardAction.REMINDED, hazard.getStatus(), hazard.getStatus(), "整改期限已到，隐患尚未销号");
    return hazard;
  }

  /**
   * Records an escalation and whom the supervision order goes to: one leader, or the town's level-1
   * leaders, any one of whom may supervise (the trail of {@link #supervised} names who did).
   */
  public void escalate(Long hazardId, int level, List<String> leaderLogins) {
    Hazard hazard = find(hazardId);
    Escalation escalation = level == 1 ? Escalation.LEVEL_ONE : Escalation.LEVEL_TWO;
    hazard.setEscalation(escalation);
    String names = String.join("、", leaderLogins.stream().map(officers::nameOf).toList());
    record(hazard, null, level == 1 ? HazardAction.ESCALATED_LEVEL_ONE : HazardAction.ESCALATED_LEVEL_TWO,
        hazard.getStatus(), hazard.getStatus(),
        leaderLogins.size() > 1 ? "督办人：" + names + "（任一人督办）" : "督办人：" + names);
  }

  public void supervised(Long hazardId, String actor, String instructions) {
    Hazard hazard = find(hazardId);
    record(hazard, actor, HazardAction.SUPERVISED, hazard.getStatus(), hazard.getStatus(), instructions);
  }

  public void openAccountability(Long hazardId) {
    Hazard hazard = find(hazardId);
    hazard.setEscalation(Escalation.ACCOUNTABILITY);
    record(hazard, null, HazardAction.ACCOUNTABILITY_OPENED, hazard.getStatus(), hazard.getStatus(),
        "逾期未整改，依《实施细则》四（五）移交纪委问责核查");
  }

  public void accountabilityReviewed(Long hazardId, String actor, String findings) {
    Hazard hazard = find(hazardId);
    record(hazard, actor, HazardAction.ACCOUNTABILITY_REVIEWED, hazard.getStatus(), hazard.getStatus(), findings);
  }

  public void close(Long hazardId) {
    Hazard hazard = find(hazardId);
    hazard.setClosedAt(clock.now());
    hazard.setListedSupervision(false);
    transition(hazard, null, HazardAction.CLOSED, HazardStatus.CLOSED,
        hazard.getEscalation() == Escalation.NONE ? "按期销号" : "逾期后销号（" + hazard.getEscalation().label() + "）");
    publisher.publishEvent(new HazardClosed(hazard.getId()));
  }

  /**
   * The hazard a step of a process instance works on. The ledger, not the variable, is the
   * authority: the hazard must have been registered by this very instance, so an instance started
   * with somebody else's {@code hazardId} (or a variable changed later) cannot touch that hazard.
   */
  @Transactional(readOnly = true)
  public Long hazardOf(Long hazardId, String processInstanceId) {
    Hazard hazard = find(hazardId);
    if (processInstanceId == null || !processInstanceId.equals(hazard.getProcessInstanceId())) {
      throw new IllegalStateException("隐患 " + hazard.getNumber() + " 不属于流程实例 " + processInstanceId
          + "，拒绝处理（台账记录的流程实例为 " + hazard.getProcessInstanceId() + "）");
    }
    return hazardId;
  }

  @Transactional(readOnly = true)
  public Hazard find(Long hazardId) {
    return hazards.findById(hazardId)
        .orElseThrow(() -> ApiException.notFound("隐患记录不存在（id " + hazardId + "）"));
  }

  @Transactional(readOnly = true)
  public List<HazardEvent> trailOf(Long hazardId) {
    return events.findByHazardIdOrderByAtAscIdAsc(hazardId);
  }

  void record(Hazard hazard, String actor, HazardAction action, HazardStatus from, HazardStatus to, String remarks) {
    events.save(new HazardEvent(hazard.getId(), clock.now(), actor, officers.nameOf(actor), action, from, to,
        Texts.fit(remarks, 2000)));
  }

  private void transition(Hazard hazard, String actor, HazardAction action, HazardStatus to, String remarks) {
    HazardStatus from = hazard.getStatus();
    hazard.setStatus(to);
    record(hazard, actor, action, from, to, remarks);
  }

  /** A unit a hazard may be given to, as the reassignment form lists it: {@code value} is what routing takes. */
  public record LeadOption(String label, String value) {}

  /**
   * The units a returned hazard may be given to: the departments of its town, in registry order,
   * then — where they exist for its grid — its area's inspection group and its own grid.
   */
  @Transactional(readOnly = true)
  public List<LeadOption> leadOptions(Long hazardId) {
    Hazard hazard = find(hazardId);
    RegistryIndex index = registry.current();
    List<LeadOption> options = new ArrayList<>();
    index.data().departments().stream().filter(d -> hazard.getTownCode().equals(d.townCode()))
        .forEach(d -> options.add(new LeadOption(d.name(), d.code())));
    Optional<GridRow> grid = index.grid(hazard.getGridCode());
    if (index.areaGroupOf(hazard.getGridCode()).isPresent()) {
      options.add(new LeadOption(areaGroupName(index, grid.get()), AREA_GROUP));
    }
    if (grid.isPresent() && grid.get().kind() != GridKind.TOWN) {
      options.add(new LeadOption(gridUnitName(hazard), VILLAGE_GRID));
    }
    return options;
  }

  private static String areaGroupName(RegistryIndex index, GridRow village) {
    return index.area(village.areaCode()).map(a -> a.name() + "检查组").orElse("片检查组");
  }

  private static String gridUnitName(Hazard hazard) {
    return hazard.getGridName() + "网格";
  }

  private Routing resolve(Hazard hazard, String leadDepartment, String assistingCsv) {
    RegistryIndex index = registry.current();
    String lead = blank(leadDepartment) ? SAFETY_OFFICE : leadDepartment.trim();
    String note = null;
    String group;
    String unitName;
    Optional<GridRow> grid = index.grid(hazard.getGridCode());
    if (AREA_GROUP.equals(lead)) {
      Optional<String> areaGroup = index.areaGroupOf(hazard.getGridCode());
      if (areaGroup.isPresent()) {
        group = areaGroup.get();
        unitName = areaGroupName(index, grid.get());
      } else {
        note = "隐患不在村级网格，片检查组无从负责，改由领导小组办公室分办";
        lead = SAFETY_OFFICE;
        group = GridGroups.department(SAFETY_OFFICE);
        unitName = departmentName(index, SAFETY_OFFICE);
      }
    } else if (VILLAGE_GRID.equals(lead)) {
      if (grid.isPresent() && grid.get().kind() != GridKind.TOWN) {
        group = GridGroups.grid(hazard.getGridCode());
        unitName = gridUnitName(hazard);
      } else {
        note = "隐患在镇级网格，改由领导小组办公室分办";
        lead = SAFETY_OFFICE;
        group = GridGroups.department(SAFETY_OFFICE);
        unitName = departmentName(index, SAFETY_OFFICE);
      }
    } else if (index.department(lead).isPresent()) {
      group = GridGroups.department(lead);
      unitName = departmentName(index, lead);
    } else {
      note = "分办规则指定的部门“" + lead + "”未在网格台账中登记，改由领导小组办公室分办";
      lead = SAFETY_OFFICE;
      group = GridGroups.department(SAFETY_OFFICE);
      unitName = departmentName(index, SAFETY_OFFICE);
    }
    Set<String> assisting = new LinkedHashSet<>();
    if (!blank(assistingCsv)) {
      for (String code : assistingCsv.split("[,，\\s]+")) {
        if (!code.isBlank() && !code.equals(lead) && index.department(code.trim()).isPresent()) {
          assisting.add(code.trim());
        }
      }
    }
    return new Routing(lead, group, unitName, List.copyOf(assisting), note);
  }

  private Optional<PersonRow> levelTwoOf(RegistryIndex index, Hazard hazard) {
    String lead = hazard.getLeadDepartment();
    if (lead != null && index.department(lead).isPresent()
        && !(hazard.getLeadGroup() != null && hazard.getLeadGroup().startsWith("grid-"))) {
      return index.levelTwoLeaderOfDepartment(lead);
    }
    if (hazard.getAreaCode() != null) {
      return index.levelTwoLeaderOfArea(hazard.getAreaCode());
    }
    return index.grid(hazard.getGridCode()).map(index::unitOf).map(GridRow::supervisingDepartmentCode)
        .flatMap(index::levelTwoLeaderOfDepartment);
  }

  private static boolean reportedByDepartment(RegistryIndex index, GridRow grid, String reporterId) {
    Optional<PersonRow> reporter = index.personByLogin(reporterId);
    if (reporter.isEmpty()) {
      return false;
    }
    String unit = index.unitOf(grid).code();
    boolean inGrid = index.assignmentsOf(reporter.get().code()).stream()
        .anyMatch(a -> a.gridCode().equals(grid.code()) || a.gridCode().equals(unit)
            || grid.code().equals(a.villageCode()));
    return !inGrid && !index.departmentsOf(reporter.get().code()).isEmpty();
  }

  private String assistingNames(Routing routing) {
    RegistryIndex index = registry.current();
    return String.join("、", routing.assistingDepartments().stream().map(code -> departmentName(index, code)).toList());
  }

  private static String departmentName(RegistryIndex index, String code) {
    return index.department(code).map(d -> d.name()).orElse(code);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trimToNull(String value) {
    return blank(value) ? null : value.trim();
  }

  private static String orDash(String value) {
    return blank(value) ? "—" : value.trim();
  }

  static List<String> split(String csv) {
    return blank(csv) ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
  }
}
