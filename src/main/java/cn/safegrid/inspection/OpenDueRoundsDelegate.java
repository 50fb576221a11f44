package cn.safegrid.inspection;

import cn.safegrid.system.TownClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启到期的排查: the daily scheduler's step. */
@Component
class OpenDueRoundsDelegate implements JavaDelegate {

  private final InspectionScheduler scheduler;
  private final TownClock clock;

  OpenDueRoundsDelegate(InspectionScheduler scheduler, TownClock clock) {
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("roundsOpened", scheduler.run(clock.now()).size());
  }
}
