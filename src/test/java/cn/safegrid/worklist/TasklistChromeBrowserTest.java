package cn.safegrid.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.hazard.HazardDriver;
import cn.safegrid.support.Browser;
import cn.safegrid.support.SafeGridTest;
import cn.safegrid.support.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an officer sees around his task in Tasklist: only controls that work for him, names instead
 * of login ids, and refusals that say which field to fix — never raw exception text.
 */
@SafeGridTest
class TasklistChromeBrowserTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @Autowired
  HazardDriver hazards;

  @Test
  void anOfficerSeesOnlyWhatHeCanUseAndRefusalsNameTheField() {
    var instance = hazards.report("dong.liyong", "village-xiaogang", "special-equipment", "general",
        "小岗村南街 3 号", "电梯年检标志过期");
    String number = instance.getBusinessKey();

    Tasklist tasklist = new Tasklist(browser).login("huang.shimin");
    assertThat(displayed("[cam-widget-header] li.create-task-action")).as("创建任务").isFalse();
    assertThat(displayed(".ce-eol-banner")).as("the vendor's migration banner").isFalse();
    assertThat(browser.visible(By.id("safegrid-link-hazards")).findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/ledger/hazards.html");
    assertThat(browser.visible(By.id("safegrid-link-inspections")).getText()).isEqualTo("排查台账");
    assertThat(browser.visible(By.cssSelector("[cam-widget-header] li.account > a")).getText()).contains("黄示敏");

    tasklist.filter("本组待办");
    assertThat(displayed("[cam-tasks] .tasks-list .priority")).as("the bare priority number").isFalse();
    String total = browser.until("the total next to the search", d -> browser.script("""
        const total = document.querySelector('[cam-widget-search] .total-results');
        return total && getComputedStyle(total, '::before').content + total.textContent.trim()
            + getComputedStyle(total, '::after').content;"""));
    assertThat(total).as("the total next to the search").matches("\"共 \"\\d+\" 项\"");
    assertThat(browser.visible(By.cssSelector("[cam-tasks] .creation-date")).getText()).as("relative dates in Chinese")
        .contains("前").doesNotContain("ago");
    tasklist.openTask("受理隐患 " + number).claim();
    assertThat(displayed("[cam-tasklist-task-meta] .reset-due-date")).as("✕ on the due date").isFalse();
    assertThat(displayed("[cam-tasklist-task-meta] .followup-date")).as("follow-up date").isFalse();
    assertThat(displayed(".createCommentLink")).as("添加意见, which the engine refuses officers").isFalse();
    assertThat(browser.visible(By.cssSelector("[cam-tasklist-task-meta] li.assignee")).getText()).contains("黄示敏");

    // 完成 with nothing filled in: the notice names the field, the form marks it
    tasklist.complete();
    assertThat(tasklist.noticeContaining("还不能提交")).contains("受理意见");
    browser.visible(By.cssSelector("[cam-tasklist-task] .fjs-has-errors"));

    // blanks pass the form but not the ledger: Tasklist shows the app's Chinese message, no JSON
    tasklist.taskForm().choose("受理意见", "受理，明确整改责任")
        .type("整改责任单位", "   ").type("整改责任人", "   ").type("整改措施", "   ");
    tasklist.complete();
    String refusal = browser.until("the refusal", d -> d.findElements(By.cssSelector(".notifications .alert")).stream()
        .map(WebElement::getText).filter(t -> t.contains("请填写")).findFirst().orElse(null));
    assertThat(refusal).contains("请填写整改责任单位").doesNotContain("{", "Exception", "Cannot", "task form");
    assertThat(displayed("[cam-tasklist-task-meta] a[translate='SET_DUE_DATE']")).as("设置到期日").isFalse();
    browser.shot("tasklist-refusal");

    // a supervisor reading the task's history sees who claimed it by name, not by login
    String taskUrl = browser.driver().getCurrentUrl();
    tasklist.login("admin");
    browser.driver().get(taskUrl);
    browser.click(browser.visible(By.partialLinkText("历史")));
    String history = browser.until("a name in the history", d -> d.findElements(By.cssSelector(".operation-user"))
        .stream().map(WebElement::getText).filter(t -> t.contains("黄示敏")).findFirst().orElse(null));
    assertThat(history).doesNotContain("huang.shimin");
  }

  private boolean displayed(String css) {
    return browser.all(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }
}
