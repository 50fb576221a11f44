package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Browser;
import cn.safegrid.support.Cockpit;
import cn.safegrid.support.SafeGridTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The administrator writes his 操作理由 once in Cockpit; the bar says what he gave and until when. */
@SafeGridTest
class AdminReasonBrowserTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @Test
  void theAdministratorGivesHisReasonInCockpitAndEndsHisMaintenance() {
    new Cockpit(browser).login("admin");
    browser.visible(By.cssSelector("#safegrid-admin-reason input")).sendKeys("好");
    browser.click(browser.visible(By.cssSelector("#safegrid-admin-reason button")));
    assertThat(barText("the refusal", "至少")).contains("请写明操作理由");

    browser.visible(By.cssSelector("#safegrid-admin-reason input")).sendKeys("按安办通知复核小岗村隐患数据");
    browser.click(browser.visible(By.cssSelector("#safegrid-admin-reason button")));
    assertThat(barText("the kept reason", "前有效")).contains("按安办通知复核小岗村隐患数据");
    browser.shot("cockpit-admin-reason");

    browser.click(browser.until("结束维护", d -> d.findElements(By.cssSelector("#safegrid-admin-reason button")).stream()
        .filter(b -> b.getText().equals("结束维护")).findFirst().orElse(null)));
    assertThat(barText("ended", "已结束")).contains("须重新填写理由");
    browser.visible(By.cssSelector("#safegrid-admin-reason input"));
  }

  /** The bar's text once it contains {@code expected}. */
  private String barText(String what, String expected) {
    return browser.until(what, d -> {
      String text = d.findElement(By.id("safegrid-admin-reason")).getText();
      return text.contains(expected) ? text : null;
    });
  }
}
