package cn.safegrid.inspection;

import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.hazard.HazardGrade;
import cn.safegrid.system.Spreadsheet;
import cn.safegrid.system.Spreadsheet.Column;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The inspection ledger as an Excel workbook (排查台账): one row per round, and a second sheet
 * 排查明细 with one row per answered item; Chinese headers, town times.
 */
@Component
class InspectionWorkbook {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  /** An item with its round, for the 排查明细 sheet. */
  private record ItemRow(Inspection round, InspectionItem item) {}

  private final Registry registry;
  private final TownClock clock;

  InspectionWorkbook(Registry registry, TownClock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  byte[] write(InspectionQueries.Export export) {
    RegistryIndex index = registry.current();
    List<Column<Inspection>> rounds = List.of(
        new Column<>("排查编号", 34, Inspection::businessKey),
        new Column<>("网格", 16, Inspection::getGridName),
        new Column<>("片", 8, i -> i.getAreaCode() == null ? ""
            : index.area(i.getAreaCode()).map(AreaRow::name).orElse(i.getAreaCode())),
        new Column<>("排查表", 24, i -> i.getChecklist().label()),
        new Column<>("周次", 10, i -> InspectionWeek.iso(i.getWeekStart())),
        new Column<>("第几次", 14, InspectionWorkbook::round),
        new Column<>("开始", 17, i -> time(i.getOpensAt())),
        new Column<>("截止", 17, i -> due(i.getDueAt())),
        new Column<>("状态", 18, i -> i.getStatus().label()),
        new Column<>("完成时间", 17, i -> time(i.getDoneAt())),
        new Column<>("排查人", 10, Inspection::getDoneByName),
        new Column<>("排查结果摘要", 50, Inspection::getSummary),
        new Column<>("发现隐患数", 10, i -> String.valueOf(i.getFindings())),
        new Column<>("隐患编号", 30, i -> String.join("、", InspectionView.hazardNumbers(i))),
        new Column<>("督办人", 10, Inspection::getSupervisedByName),
        new Column<>("督办意见", 36, Inspection::getSupervisionRemarks));
    List<Column<ItemRow>> items = List.of(
        new Column<>("排查编号", 34, r -> r.round().businessKey()),
        new Column<>("网格", 16, r -> r.round().getGridName()),
        new Column<>("周次", 10, r -> InspectionWeek.iso(r.round().getWeekStart())),
        new Column<>("第几次", 14, r -> round(r.round())),
        new Column<>("检查项目", 36, r -> r.item().getLabel()),
        new Column<>("重点部位", 8, r -> r.item().isKeyPlace() ? "是" : "否"),
        new Column<>("排查结果", 10, r -> r.item().getResult().label()),
        new Column<>("情况说明", 40, r -> r.item().getRemark()),
        new Column<>("隐患类别", 18, r -> r.item().getCategory() == null ? ""
            : r.item().getCategoryName() != null ? r.item().getCategoryName() : r.item().getCategory()),
        new Column<>("隐患等级", 10, r -> r.item().getGrade() == null ? ""
            : HazardGrade.ofCode(r.item().getGrade()).map(HazardGrade::label).orElse(r.item().getGrade())),
        new Column<>("隐患编号", 18, r -> r.item().getHazardNumber()));
    List<ItemRow> itemRows = new ArrayList<>();
    for (Inspection round : export.rounds()) {
      export.items().getOrDefault(round.getId(), List.of()).forEach(item -> itemRows.add(new ItemRow(round, item)));
    }
    return new Spreadsheet().sheet("排查台账", rounds, export.rounds()).sheet("排查明细", items, itemRows).toBytes();
  }

  private static String round(Inspection i) {
    return i.isExtra() ? "加密排查第 " + i.extraNo() + " 次（" + i.getOpenedByName() + "：" + i.getExtraReason() + "）"
        : "第 " + i.getRoundNo() + " 次（每周 " + i.getRoundsPerWeek() + " 次）";
  }

  private String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.zone()));
  }

  /** A due time at midnight reads as the day before, 24:00 — the day the task names (“3月7日前”). */
  private String due(Instant instant) {
    ZonedDateTime at = instant.atZone(clock.zone());
    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at.minusDays(1)) + " 24:00" : TIME.format(at);
  }
}
