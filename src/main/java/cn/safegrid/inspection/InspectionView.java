package cn.safegrid.inspection;

import cn.safegrid.grid.RegistryData;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.hazard.CurrentSteps;
import cn.safegrid.hazard.HazardGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An inspection round as the API shows it: codes for programs, Chinese labels for people. The grid's
 * name is the one recorded when the round opened; {@code areaName} comes from the current registry.
 * An extra round (加密排查, {@code extra}) has its number in the week ({@code extraNo}), who opened it and
 * why; {@code missedAfter} and {@code closeAfter} are the round's periods (ISO-8601) from
 * inspection-deadlines.dmn.
 */
public record InspectionView(
    Long id, String businessKey, String gridCode, String gridName, String areaCode, String areaName, String checklist,
    String checklistLabel, int checklistVersion, LocalDate weekStart, String week, int roundNo, int roundsPerWeek, Instant opensAt,
    Instant dueAt, InspectionStatus status, String statusLabel, boolean onTime, Instant remindedAt, Instant missedAt,
    Instant doneAt, String doneBy, String doneByName, String summary, int findings, List<String> hazardNumbers,
    String supervisedByName, String supervisionRemarks, String processInstanceId, boolean extra, int extraNo,
    String extraReason, String openedByName, String missedAfter, String closeAfter) {

  /** One answered item: a checklist item or a key place, and the hazard it raised. */
  public record Item(String itemCode, String label, boolean keyPlace, ItemResult result, String resultLabel,
      String remark, String category, String categoryName, String grade, String gradeLabel, String hazardNumber,
      String hazard) {}

  /**
   * A round with its answered items (none until it is done) and where its process stands now: the
   * open task (排查, or 督办排查 once missed) and who holds it; empty once the round is over.
   */
  public record Detail(InspectionView inspection, List<Item> items, List<CurrentSteps.Step> currentSteps) {}

  /** One choice of a ledger filter: the code the API takes and its Chinese name. */
  public record Option(String code, String name) {}

  /** The choices of the ledger's filters for this officer: the grids of the rounds he may see, the areas, the lists. */
  public record FilterOptions(List<Option> grids, List<Option> areas, List<Option> statuses, List<Option> checklists,
      List<Option> outcomes) {}

  /** {@code onTime}: done by its due time (status DONE). */
  static InspectionView of(Inspection i, RegistryIndex index) {
    return new InspectionView(i.getId(), i.businessKey(), i.getGridCode(), i.getGridName(), i.getAreaCode(),
        index.area(i.getAreaCode()).map(RegistryData.AreaRow::name).orElse(null),
        i.getChecklist().code(), i.getChecklist().label(), i.getChecklistVersion(), i.getWeekStart(), InspectionWeek.iso(i.getWeekStart()),
        i.getRoundNo(), i.getRoundsPerWeek(), i.getOpensAt(), i.getDueAt(), i.getStatus(), i.getStatus().label(),
        i.getStatus() == InspectionStatus.DONE, i.getRemindedAt(), i.getMissedAt(), i.getDoneAt(), i.getDoneBy(),
        i.getDoneByName(), i.getSummary(), i.getFindings(), hazardNumbers(i), i.getSupervisedByName(),
        i.getSupervisionRemarks(), i.getProcessInstanceId(), i.isExtra(), i.extraNo(), i.getExtraReason(),
        i.getOpenedByName(), i.getMissedAfter(), i.getCloseAfter());
  }

  static Item of(InspectionItem item) {
    String category = item.getCategory();
    String grade = item.getGrade();
    String number = item.getHazardNumber();
    return new Item(item.getItemCode(), item.getLabel(), item.isKeyPlace(), item.getResult(), item.getResult().label(),
        item.getRemark(), category, category == null ? null : item.getCategoryName() != null ? item.getCategoryName() : category, grade,
        grade == null ? null : HazardGrade.ofCode(grade).map(HazardGrade::label).orElse(grade), number,
        number == null ? null : "/api/hazards/" + number);
  }

  static List<String> hazardNumbers(Inspection i) {
    String csv = i.getHazardNumbers();
    return csv == null || csv.isBlank() ? List.of()
        : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
