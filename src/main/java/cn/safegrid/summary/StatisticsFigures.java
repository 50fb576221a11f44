package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures of a 《事故隐患排查治理情况统计分析表》 for a quarter or a year (SAWS order 16 art. 14),
 * counted from the hazard ledger in town time: general and major hazards found in the period and of
 * them rectified (closed) by its end; of the major ones still open, those with an approved plan
 * (列入治理计划) and how many of those plans name the goal, funds, people, time limit and safety
 * measures (the five 落实); rectifications reported late in the period; all hazards still open and
 * overdue at the period's end; accidents (not recorded by SafeGrid yet: 0).
 */
@Embeddable
public class StatisticsFigures {

  @Column(name = "general_found", nullable = false) private int generalFound;
  @Column(name = "general_rectified", nullable = false) private int generalRectified;
  @Column(name = "major_found", nullable = false) private int majorFound;
  @Column(name = "major_rectified", nullable = false) private int majorRectified;
  @Column(name = "major_open", nullable = false) private int majorOpen;
  @Column(name = "major_planned", nullable = false) private int majorPlanned;
  @Column(name = "plan_goal", nullable = false) private int planGoal;
  @Column(name = "plan_funds", nullable = false) private int planFunds;
  @Column(name = "plan_people", nullable = false) private int planPeople;
  @Column(name = "plan_time", nullable = false) private int planTime;
  @Column(name = "plan_measures", nullable = false) private int planMeasures;
  @Column(name = "rectified_late", nullable = false) private int rectifiedLate;
  @Column(name = "open_at_end", nullable = false) private int openAtEnd;
  @Column(name = "overdue_at_end", nullable = false) private int overdueAtEnd;
  @Column(name = "accidents", nullable = false) private int accidents;

  public StatisticsFigures() {}

  StatisticsFigures add(LedgerCounts.Hazards h, boolean major) {
    if (major) {
      majorFound += h.found();
      majorRectified += h.foundClosed();
      majorOpen += h.found() - h.foundClosed();
      majorPlanned += h.planned();
      planGoal += h.planGoal();
      planFunds += h.planFunds();
      planPeople += h.planPeople();
      planTime += h.planTime();
      planMeasures += h.planMeasures();
    } else {
      generalFound += h.found();
      generalRectified += h.foundClosed();
    }
    rectifiedLate += h.rectifiedLate();
    openAtEnd += h.openAtEnd();
    overdueAtEnd += h.overdueAtEnd();
    return this;
  }

  public StatisticsFigures plus(StatisticsFigures o) {
    StatisticsFigures s = new StatisticsFigures();
    s.generalFound = generalFound + o.generalFound;
    s.generalRectified = generalRectified + o.generalRectified;
    s.majorFound = majorFound + o.majorFound;
    s.majorRectified = majorRectified + o.majorRectified;
    s.majorOpen = majorOpen + o.majorOpen;
    s.majorPlanned = majorPlanned + o.majorPlanned;
    s.planGoal = planGoal + o.planGoal;
    s.planFunds = planFunds + o.planFunds;
    s.planPeople = planPeople + o.planPeople;
    s.planTime = planTime + o.planTime;
    s.planMeasures = planMeasures + o.planMeasures;
    s.rectifiedLate = rectifiedLate + o.rectifiedLate;
    s.openAtEnd = openAtEnd + o.openAtEnd;
    s.overdueAtEnd = overdueAtEnd + o.overdueAtEnd;
    s.accidents = accidents + o.accidents;
    return s;
  }

  public int getGeneralFound() { return generalFound; }
  public int getGeneralRectified() { return generalRectified; }
  public int getMajorFound() { return majorFound; }
  public int getMajorRectified() { return majorRectified; }
  public int getMajorOpen() { return majorOpen; }
  public int getMajorPlanned() { return majorPlanned; }
  public int getPlanGoal() { return planGoal; }
  public int getPlanFunds() { return planFunds; }
  public int getPlanPeople() { return planPeople; }
  public int getPlanTime() { return planTime; }
  public int getPlanMeasures() { return planMeasures; }
  public int getRectifiedLate() { return rectifiedLate; }
  public int getOpenAtEnd() { return openAtEnd; }
  public int getOverdueAtEnd() { return overdueAtEnd; }
  /** Accidents: not recorded by SafeGrid yet, always 0. */
  public int getAccidents() { return accidents; }

  /** Rectified over found in percent (one decimal); null when none was found. */
  public static Double rate(int rectified, int found) {
    return found == 0 ? null : Math.round(rectified * 1000.0 / found) / 10.0;
  }

  public Double generalRate() {
    return rate(generalRectified, generalFound);
  }

  public Double majorRate() {
    return rate(majorRectified, majorFound);
  }
}
