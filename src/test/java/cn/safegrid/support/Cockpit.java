package cn.safegrid.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Cockpit (and Admin) in the test browser, as a supervisor or an administrator uses it. */
public final class Cockpit {

  private static final String PASSWORD = "demo";

  private final Browser browser;

  public Cockpit(Browser browser) {
    this.browser = browser;
  }

  /** Logs in on Cockpit's own login page (a fresh browser state, as {@link Tasklist#login} does). */
  public Cockpit login(String user) {
    return loginTo("cockpit", user);
  }

  /** Logs in on Admin's login page, the same way. */
  public Cockpit loginToAdmin(String user) {
    return loginTo("admin", user);
  }

  /** Opens a view of the app by its address after the {@code #}, e.g. {@code /process-instance/<id>/runtime}. */
  public Cockpit open(String app, String view) {
    browser.open("/camunda/app/" + app + "/default/#" + view);
    return this;
  }

  private Cockpit loginTo(String app, String user) {
    browser.open("/actuator/health");
    browser.driver().manage().deleteAllCookies();
    browser.script("window.localStorage.clear();");
    browser.open("/camunda/app/" + app + "/default/");
    // the first start of a webapp in a fresh server on a busy machine loads its scripts slowly
    new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
        .until(d -> d.findElements(By.cssSelector("input[ng-model='username']")).stream().anyMatch(WebElement::isDisplayed));
    browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.visible(By.cssSelector("[cam-widget-header] li.account"));
    return this;
  }
}
