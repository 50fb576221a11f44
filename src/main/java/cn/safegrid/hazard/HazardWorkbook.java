package cn.safegrid.hazard;

import cn.safegrid.system.Spreadsheet;
import cn.safegrid.system.Spreadsheet.Column;
import cn.safegrid.system.TownClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The hazard ledger as an Excel workbook (隐患台账), Chinese headers, town times. */
@Component
class HazardWorkbook {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TownClock clock;

  HazardWorkbook(TownClock clock) {
    this.clock = clock;
  }

  byte[] write(List<Hazard> hazards) {
    Instant now = clock.now();
    List<Column<Hazard>> columns = List.of(
        new Column<>("隐患编号", 18, Hazard::getNumber),
        new Column<>("网格", 16, Hazard::getGridName),
        new Column<>("类别", 18, Hazard::getCategoryName),
        new Column<>("等级", 10, h -> h.getGrade().label()),
        new Column<>("挂牌督办", 8, h -> h.isListedSupervision() ? "是" : "否"),
        new Column<>("地点", 24, Hazard::getLocation),
        new Column<>("隐患描述", 40, Hazard::getDescription),
        new Column<>("上报人", 10, Hazard::getReporterName),
        new Column<>("上报时间", 17, h -> time(h.getReportedAt())),
        new Column<>("牵头单位", 20, Hazard::getLeadUnitName),
        new Column<>("协办部门", 20, Hazard::getAssistingDepartments),
        new Column<>("状态", 12, h -> h.getStatus().label()),
        new Column<>("是否逾期", 8, h -> h.isOverdue(now) ? "是" : "否"),
        new Column<>("逾期升级", 14, h -> h.getEscalation().label()),
        new Column<>("责任单位", 20, Hazard::getResponsibleUnit),
        new Column<>("责任人", 10, Hazard::getResponsiblePerson),
        new Column<>("联系电话", 14, Hazard::getResponsiblePhone),
        new Column<>("整改措施", 36, Hazard::getMeasures),
        new Column<>("整改期限", 17, h -> time(h.getRectificationDue())),
        new Column<>("整改轮次", 8, h -> String.valueOf(h.getRectificationRound())),
        new Column<>("整改情况", 36, Hazard::getRectificationResult),
        new Column<>("受理时间", 17, h -> time(h.getAcceptedAt())),
        new Column<>("整改完成时间", 17, h -> time(h.getRectifiedAt())),
        new Column<>("销号时间", 17, h -> time(h.getClosedAt())));
    return new Spreadsheet().sheet("隐患台账", columns, hazards).toBytes();
  }

  private String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.zone()));
  }
}
