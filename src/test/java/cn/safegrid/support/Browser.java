package cn.safegrid.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real Chromium, headless, in Chinese and on Beijing time, as an officer's browser: Debian's
 * {@code chromium} driven through Debian's {@code chromedriver} (never a downloaded one). Register it
 * in a {@link SafeGridTest} with {@code @RegisterExtension}; it opens the browser before each test
 * on the test's server, keeps a screenshot under {@code target/browser/} when a test fails, and
 * closes the browser after it.
 *
 * <p>When the browser is missing the test fails with the command that installs it.
 * {@link #shot(String)} keeps a screenshot for the docs: under {@code target/browser/}, and in
 * {@code docs/images/} when the build runs with {@code -Ddocs.screenshots=true};
 * {@link #screenshot(String)} the same for {@code docs/screenshots/}.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk";
  private static final Path SHOTS = Path.of("target", "browser");
  private static final Path DOC_SHOTS = Path.of("docs", "images");
  /** Screenshots of the translated webapps and Cockpit for supervisors (docs/cockpit.md, README). */
  private static final Path DOC_SCREENSHOTS = Path.of("docs", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private ChromeDriver driver;
  private String base;
  private String testName;

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("""

          ************************************************************************
          BROWSER TESTS CANNOT RUN: no Chromium at %s or no ChromeDriver at %s.
          Install Debian's browser and its driver, then run the tests again:
              %s
          ************************************************************************""".formatted(CHROMIUM, CHROMEDRIVER, INSTALL));
    }
    String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
    base = "http://localhost:" + port;
    testName = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANG", "zh_CN.UTF-8"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (driver != null && context.getExecutionException().isPresent()) {
      save(SHOTS.resolve("FAILED-" + testName + ".png"));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** The test server's address, e.g. {@code http://localhost:41234}. */
  public String base() {
    return base;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  /** Runs a script in the page (arguments as {@code arguments[i]}) and returns its result. */
  @SuppressWarnings("unchecked")
  public <T> T script(String script, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Waits until the condition gives something other than null or false, and returns it. */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    // elements Angular re-renders while we read them are read again on the next round
    return new WebDriverWait(driver, WAIT).withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
  }

  /** Waits for a visible element. */
  public WebElement visible(By by) {
    return until("visible " + by, d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Clicks an element after scrolling it to the middle of the window. */
  public void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    until("clickable", d -> element.isDisplayed() && element.isEnabled());
    element.click();
  }

  /** Visible text of the page's body, whitespace folded. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
  }

  /** Keeps a screenshot named for the docs (see the class comment). */
  public void shot(String name) {
    keep(name, DOC_SHOTS);
  }

  /** As {@link #shot}, for {@code docs/screenshots/} (Cockpit, Admin, the translated webapps). */
  public void screenshot(String name) {
    keep(name, DOC_SCREENSHOTS);
  }

  private void keep(String name, Path docs) {
    Path file = save(SHOTS.resolve(name + ".png"));
    if (Boolean.getBoolean("docs.screenshots")) {
      try {
        Files.createDirectories(docs);
        Files.copy(file, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new IllegalStateException("cannot copy the screenshot to " + docs, e);
      }
    }
  }

  /** Lets the browser use a phone's screen width. */
  public void phone() {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
  }

  private Path save(Path file) {
    try {
      Files.createDirectories(file.getParent());
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("cannot save the screenshot " + file, e);
    }
  }
}
