package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A month's figures of the 《安全生产网格化管理情况月度汇总表》, counted from the ledgers in town time
 * ({@link LedgerCounts} says exactly how each is counted):
 * <ul>
 *   <li>inspection: rounds due in the month (due time in the month), of them done on time, done late
 *       and not done (missed); extra rounds among them; checklist items answered in rounds done in the
 *       month;</li>
 *   <li>hazards: found (reported) in the month, general and major; accepted, rectification reported on
 *       time or late, and closed in the month; still open and overdue at the end of the month;
 *       escalated in the month to the level-2 leader, the level-1 leader and 纪委; major hazards under
 *       listed supervision (挂牌督办, not closed) at the end of the month;</li>
 *   <li>accidents and training sessions: SafeGrid records neither yet, so both are 0 until those
 *       features exist.</li>
 * </ul>
 */
@Embeddable
public class MonthFigures {

  @Column(name = "rounds_due", nullable = false) private int roundsDue;
  @Column(name = "rounds_on_time", nullable = false) private int roundsOnTime;
  @Column(name = "rounds_late", nullable = false) private int roundsLate;
  @Column(name = "rounds_missed", nullable = false) private int roundsMissed;
  @Column(name = "extra_rounds", nullable = false) private int extraRounds;
  @Column(name = "items_checked", nullable = false) private int itemsChecked;
  @Column(name = "hazards_found", nullable = false) private int hazardsFound;
  @Column(name = "general_found", nullable = false) private int generalFound;
  @Column(name = "major_found", nullable = false) private int majorFound;
  @Column(name = "accepted", nullable = false) private int accepted;
  @Column(name = "rectified_on_time", nullable = false) private int rectifiedOnTime;
  @Column(name = "rectified_late", nullable = false) private int rectifiedLate;
  @Column(name = "open_at_end", nullable = false) private int openAtEnd;
  @Column(name = "overdue_at_end", nullable = false) private int overdueAtEnd;
  @Column(name = "escalated_level_two", nullable = false) private int escalatedLevelTwo;
  @Column(name = "escalated_level_one", nullable = false) private int escalatedLevelOne;
  @Column(name = "escalated_discipline", nullable = false) private int escalatedDiscipline;
  @Column(name = "closed", nullable = false) private int closed;
  @Column(name = "major_listed", nullable = false) private int majorListed;
  @Column(name = "accidents", nullable = false) private int accidents;
  @Column(name = "trainings", nullable = false) private int trainings;

  public MonthFigures() {}

  /** Adds rounds counted for one grid. */
  MonthFigures addRounds(LedgerCounts.Rounds rounds) {
    roundsDue += rounds.due();
    roundsOnTime += rounds.onTime();
    roundsLate += rounds.late();
    roundsMissed += rounds.missed();
    extraRounds += rounds.extra();
    itemsChecked += rounds.items();
    return this;
  }

  /** Adds the hazards of one category and grade. */
  MonthFigures addHazards(LedgerCounts.Hazards hazards, boolean major) {
    hazardsFound += hazards.found();
    if (major) {
      majorFound += hazards.found();
      majorListed += hazards.openAtEnd();
    } else {
      generalFound += hazards.found();
    }
    accepted += hazards.accepted();
    rectifiedOnTime += hazards.rectifiedOnTime();
    rectifiedLate += hazards.rectifiedLate();
    openAtEnd += hazards.openAtEnd();
    overdueAtEnd += hazards.overdueAtEnd();
    closed += hazards.closed();
    return this;
  }

  MonthFigures addEscalations(LedgerCounts.Escalations escalations) {
    escalatedLevelTwo += escalations.levelTwo();
    escalatedLevelOne += escalations.levelOne();
    escalatedDiscipline += escalations.discipline();
    return this;
  }

  /** The sum of two (an area's villages, a kind of grid, the town's rows). */
  public MonthFigures plus(MonthFigures other) {
    MonthFigures sum = copy();
    sum.roundsDue += other.roundsDue;
    sum.roundsOnTime += other.roundsOnTime;
    sum.roundsLate += other.roundsLate;
    sum.roundsMissed += other.roundsMissed;
    sum.extraRounds += other.extraRounds;
    sum.itemsChecked += other.itemsChecked;
    sum.hazardsFound += other.hazardsFound;
    sum.generalFound += other.generalFound;
    sum.majorFound += other.majorFound;
    sum.accepted += other.accepted;
    sum.rectifiedOnTime += other.rectifiedOnTime;
    sum.rectifiedLate += other.rectifiedLate;
    sum.openAtEnd += other.openAtEnd;
    sum.overdueAtEnd += other.overdueAtEnd;
    sum.escalatedLevelTwo += other.escalatedLevelTwo;
    sum.escalatedLevelOne += other.escalatedLevelOne;
    sum.escalatedDiscipline += other.escalatedDiscipline;
    sum.closed += other.closed;
    sum.majorListed += other.majorListed;
    sum.accidents += other.accidents;
    sum.trainings += other.trainings;
    return sum;
  }

  MonthFigures copy() {
    MonthFigures copy = new MonthFigures();
    copy.roundsDue = roundsDue;
    copy.roundsOnTime = roundsOnTime;
    copy.roundsLate = roundsLate;
    copy.roundsMissed = roundsMissed;
    copy.extraRounds = extraRounds;
    copy.itemsChecked = itemsChecked;
    copy.hazardsFound = hazardsFound;
    copy.generalFound = generalFound;
    copy.majorFound = majorFound;
    copy.accepted = accepted;
    copy.rectifiedOnTime = rectifiedOnTime;
    copy.rectifiedLate = rectifiedLate;
    copy.openAtEnd = openAtEnd;
    copy.overdueAtEnd = overdueAtEnd;
    copy.escalatedLevelTwo = escalatedLevelTwo;
    copy.escalatedLevelOne = escalatedLevelOne;
    copy.escalatedDiscipline = escalatedDiscipline;
    copy.closed = closed;
    copy.majorListed = majorListed;
    copy.accidents = accidents;
    copy.trainings = trainings;
    return copy;
  }

  public int getRoundsDue() { return roundsDue; }
  public int getRoundsOnTime() { return roundsOnTime; }
  public int getRoundsLate() { return roundsLate; }
  public int getRoundsMissed() { return roundsMissed; }
  public int getExtraRounds() { return extraRounds; }
  public int getItemsChecked() { return itemsChecked; }
  public int getHazardsFound() { return hazardsFound; }
  public int getGeneralFound() { return generalFound; }
  public int getMajorFound() { return majorFound; }
  public int getAccepted() { return accepted; }
  public int getRectifiedOnTime() { return rectifiedOnTime; }
  public int getRectifiedLate() { return rectifiedLate; }
  public int getOpenAtEnd() { return openAtEnd; }
  public int getOverdueAtEnd() { return overdueAtEnd; }
  public int getEscalatedLevelTwo() { return escalatedLevelTwo; }
  public int getEscalatedLevelOne() { return escalatedLevelOne; }
  public int getEscalatedDiscipline() { return escalatedDiscipline; }
  public int getClosed() { return closed; }
  public int getMajorListed() { return majorListed; }
  /** Accidents: not recorded by SafeGrid yet, always 0. */
  public int getAccidents() { return accidents; }
  /** Training sessions: not recorded by SafeGrid yet, always 0. */
  public int getTrainings() { return trainings; }

  /** Rounds done on time over rounds due, in percent with one decimal; null when none was due. */
  public Double onTimeRate() {
    return roundsDue == 0 ? null : Math.round(roundsOnTime * 1000.0 / roundsDue) / 10.0;
  }
}
