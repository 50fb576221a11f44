package cn.safegrid.summary;

import cn.safegrid.system.TownClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启到期的月度汇总和隐患统计: the daily scheduler's step. */
@Component
class OpenDueSummariesDelegate implements JavaDelegate {

  private final SummaryScheduler scheduler;
  private final TownClock clock;

  OpenDueSummariesDelegate(SummaryScheduler scheduler, TownClock clock) {
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("opened", scheduler.run(clock.now()).size());
  }
}
