package cn.safegrid.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as an officer uses it, in a {@link Browser}: logs in on the login page, picks
 * filters and tasks by their Chinese names, claims, fills Camunda Forms by their labels and clicks
 * 启动 or 完成. Nothing here calls an API: what the test does, a person can do.
 */
public final class Tasklist {

  public static final String PASSWORD = "demo";

  /** Finds form-js fields by label, optionally inside the group or list whose label is given. */
  private static final String FIND_FIELDS = """
      const [scope, group, label] = arguments;
      const norm = (s) => (s || '').replace(/[\\s\\u00a0]+/g, ' ').replace(/[*]/g, '').trim().replace(/[:：]$/, '');
      const own = (f) => f.querySelector(':scope > label, :scope > .fjs-form-field-label');
      const roots = [...document.querySelectorAll(scope)];
      let within = roots;
      if (group) {
        within = roots.flatMap((r) => [...r.querySelectorAll('.fjs-form-field-grouplike')]
            .filter((g) => norm((own(g) || {}).textContent).startsWith(group)));
      }
      return within.flatMap((r) => [...r.querySelectorAll('.fjs-form-field:not(.fjs-form-field-grouplike)')]
          .filter((f) => norm((own(f) || {}).textContent) === label));
      """;

  private final Browser browser;

  public Tasklist(Browser browser) {
    this.browser = browser;
  }

  public Browser browser() {
    return browser;
  }

  /** Logs in on Tasklist's login page (after logging out whoever was logged in). */
  public Tasklist login(String user) {
    // forget whoever was logged in on a page without scripts, so that no request of a Tasklist still
    // loading brings back an old session or token
    browser.open("/actuator/health");
    browser.driver().manage().deleteAllCookies();
    browser.script("window.localStorage.clear();");
    browser.open("/camunda/app/tasklist/default/");
    // the first start of Tasklist in a fresh server loads its scripts slowly
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
        .until(d -> d.findElements(By.cssSelector("input[ng-model='username']")).stream().anyMatch(WebElement::isDisplayed));
    browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    // the first Tasklist after a fresh server also starts the engine's REST resources on its first
    // requests (filters, counts): as slow as its first scripts. A refused login says why at once.
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
        .withMessage(() -> "the filters after logging in as " + user + "; the page says: " + browser.text())
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          var refused = d.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error"));
          if (refused.stream().anyMatch(WebElement::isDisplayed)) {
            throw new AssertionError("login as " + user + " refused: " + refused.get(0).getText());
          }
          return d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter")).stream()
              .anyMatch(WebElement::isDisplayed);
        });
    waitForCounts();
    return this;
  }

  /** The filters with the counts they show, in their order, e.g. {我的待办=0, 本组待办=1}. */
  public Map<String, Integer> filterCounts() {
    waitForCounts();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (WebElement filter : browser.all(By.cssSelector("[cam-tasklist-filters] .task-filter"))) {
      String count = filter.findElement(By.cssSelector(".safegrid-count")).getText().trim();
      String name = browser.script("""
          const a = arguments[0].querySelector('h4.name a').cloneNode(true);
          a.querySelectorAll('.counter, .safegrid-count').forEach((x) => x.remove());
          return a.textContent.replace(/\\s+/g, ' ').trim();""", filter);
      counts.put(name, Integer.valueOf(count));
    }
    return counts;
  }

  /** The filter that is open now. */
  public String currentFilter() {
    WebElement active = browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter.active h4.name a"));
    return active.getText().replaceAll("\\s*\\d+\\s*$", "").replaceAll("\\s+\\d+", "").trim();
  }

  private void waitForCounts() {
    browser.until("counts on the filters", d -> {
      var filters = d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter"));
      var counts = d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter .safegrid-count"));
      return !filters.isEmpty() && filters.size() == counts.size();
    });
  }

  /** Opens the filter of this name. */
  public Tasklist filter(String name) {
    for (WebElement link : browser.all(By.cssSelector("[cam-tasklist-filters] .task-filter h4.name a"))) {
      if (link.getText().trim().startsWith(name)) {
        browser.click(link);
        browser.until("filter " + name + " open", d -> currentFilter().startsWith(name));
        return this;
      }
    }
    throw new AssertionError("no filter " + name + " in " + filterCounts());
  }

  /** Names of the tasks listed in the open filter. */
  public List<String> taskNames() {
    browser.until("the task list", d -> !d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well"))
        .isEmpty());
    return browser.all(By.cssSelector("[cam-tasks] ol.tasks-list > li.task h4.task a")).stream()
        .map(e -> e.getText().trim()).toList();
  }

  /**
   * Opens the first listed task whose name contains the text, and waits for its form. The list shows
   * a page of tasks at a time (a full suite leaves many in a grid's filter): when the task is not on
   * this page, the next pages are looked through as an officer would, with the list's page buttons.
   */
  public Tasklist openTask(String nameContains) {
    By names = By.cssSelector("[cam-tasks] ol.tasks-list > li.task h4.task a");
    By nextPage = By.cssSelector("[cam-tasks] .pagination li.pagination-next:not(.disabled) a");
    String[] pageLeft = {null}; // the first task (its link) of the page we moved away from
    WebElement link = browser.until("a task named …" + nameContains + "… in the list", d -> {
      List<WebElement> shown = d.findElements(names);
      var found = shown.stream().filter(e -> e.getText().contains(nameContains)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      List<WebElement> next = d.findElements(nextPage);
      if (!shown.isEmpty() && !next.isEmpty() && !shown.get(0).getAttribute("href").equals(pageLeft[0])) {
        pageLeft[0] = shown.get(0).getAttribute("href");
        browser.script("arguments[0].click();", next.get(0));
      }
      return null;
    });
    browser.click(link);
    browser.until("the task " + nameContains + " open", d -> d.findElements(
        By.cssSelector("[cam-tasklist-task] section.task-card h2.task")).stream()
        .anyMatch(h -> h.getText().contains(nameContains)));
    browser.visible(By.cssSelector("[cam-tasklist-task] .fjs-form"));
    return this;
  }

  /** Claims the open task (认领) and waits until its form can be filled. */
  public Tasklist claim() {
    browser.click(browser.visible(By.cssSelector("[cam-tasklist-task-meta] button.claim")));
    browser.until("the claimed task's form", d -> d.findElements(By.cssSelector("[cam-tasklist-task-meta] button.claim"))
        .isEmpty() && !d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form")).isEmpty()
        && d.findElements(By.cssSelector("[cam-tasklist-task] .disabled-form")).isEmpty());
    return this;
  }

  /** The form of the open task. */
  public Form taskForm() {
    return new Form("[cam-tasklist-task]");
  }

  /** Opens 启动流程, picks the process by its name and returns its start form. */
  public Form startProcess(String processName) {
    browser.click(browser.visible(By.cssSelector("[cam-widget-header] li.start-process-action a")));
    WebElement process = browser.until("process " + processName + " in the start dialog",
        d -> d.findElements(By.cssSelector(".modal ul.processes li a")).stream()
            .filter(a -> a.getText().trim().startsWith(processName)).findFirst().orElse(null));
    browser.click(process);
    browser.visible(By.cssSelector(".modal .fjs-form"));
    return new Form(".modal");
  }

  /** Clicks 完成 on the open task. */
  public void complete() {
    WebElement button = browser.visible(By.cssSelector("[cam-tasklist-task] button[ng-click='complete()']"));
    browser.until("完成 enabled", d -> button.isEnabled());
    browser.click(button);
  }

  /** Whether 完成 can be clicked now. */
  public boolean canComplete() {
    return browser.visible(By.cssSelector("[cam-tasklist-task] button[ng-click='complete()']")).isEnabled();
  }

  /** The text of SafeGrid's notice once it contains the expected words. */
  public String noticeContaining(String expected) {
    return browser.until("a notice with " + expected, d -> d.findElements(By.id("safegrid-notice")).stream()
        .map(WebElement::getText).filter(t -> t.contains(expected)).findFirst().orElse(null));
  }

  /** The link of SafeGrid's notice. */
  public String noticeLink() {
    return browser.visible(By.cssSelector("#safegrid-notice a.safegrid-notice-link")).getAttribute("href");
  }

  /** A Camunda Form in Tasklist: the open task's, or a start form in the dialog. */
  public final class Form {

    private final String scope;

    Form(String scope) {
      this.scope = scope;
    }

    private WebElement field(String group, String label, int nth) {
      List<WebElement> found = browser.until("field " + (group == null ? "" : group + " / ") + label,
          d -> {
            List<WebElement> fields = browser.script(FIND_FIELDS, scope, group, label);
            return fields.size() > nth ? fields : null;
          });
      return found.get(nth);
    }

    /** Types into a text field or text area. */
    public Form type(String label, String text) {
      return type(null, label, 0, text);
    }

    public Form type(String group, String label, int nth, String text) {
      WebElement input = field(group, label, nth).findElement(By.cssSelector("input.fjs-input, textarea"));
      browser.click(input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(text);
      return this;
    }

    /** Picks an option of a select (plain or searchable) by its label. */
    public Form select(String label, String option) {
      return select(null, label, 0, option);
    }

    public Form select(String group, String label, int nth, String option) {
      WebElement field = field(group, label, nth);
      List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
      if (!display.isEmpty()) {
        // a list left open (openOptions) is chosen from as it is: another click would close it
        if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
          browser.click(display.get(0));
        }
      } else {
        WebElement input = field.findElement(By.cssSelector("input.fjs-input"));
        browser.click(input);
        input.sendKeys(option);
      }
      WebElement item = browser.until("option " + option + " of " + label,
          d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
              .filter(e -> e.getText().trim().equals(option)).findFirst().orElse(null));
      browser.click(item);
      return this;
    }

    /**
     * Opens a select's list (plain or searchable) and returns the labels it offers, in order; the
     * list stays open (for a screenshot) until {@link #closeOptions()} or an option is chosen.
     */
    public List<String> openOptions(String label) {
      WebElement field = field(null, label, 0);
      List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
      browser.click(display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")) : display.get(0));
      return browser.until("the options of " + label, d -> {
        List<String> items = browser.script("""
            return [...arguments[0].querySelectorAll('.fjs-dropdownlist-item')]
                .map((e) => e.textContent.replace(/\\s+/g, ' ').trim());""", field);
        return items.isEmpty() ? null : items;
      });
    }

    /** Closes an open select list by clicking the form's title. */
    public Form closeOptions() {
      browser.click(browser.visible(By.cssSelector(scope + " .fjs-form-field-text")));
      browser.until("the options closed", d -> d.findElements(By.cssSelector(scope + " .fjs-dropdownlist-item")).isEmpty());
      return this;
    }

    /** The value a text field shows (also a read-only one, e.g. a checklist row's item). */
    public String value(String group, String label, int nth) {
      return field(group, label, nth).findElement(By.cssSelector("input.fjs-input, textarea")).getAttribute("value");
    }

    /** What a select shows as chosen (plain or searchable). */
    public String selected(String group, String label, int nth) {
      WebElement field = field(group, label, nth);
      List<WebElement> input = field.findElements(By.cssSelector("input.fjs-input"));
      if (!input.isEmpty()) {
        return input.get(0).getAttribute("value");
      }
      return field.findElement(By.cssSelector(".fjs-select-display")).getText().trim();
    }

    /** Picks a radio option by its label. */
    public Form choose(String label, String option) {
      WebElement field = field(null, label, 0);
      WebElement radio = field.findElements(By.cssSelector("label")).stream()
          .filter(l -> l.getText().trim().equals(option)).findFirst()
          .orElseThrow(() -> new AssertionError("no option " + option + " of " + label));
      browser.click(radio);
      return this;
    }

    /** Ticks (or unticks) a checkbox by its label. */
    public Form check(String label) {
      browser.click(field(null, label, 0).findElement(By.cssSelector("input[type='checkbox']")));
      return this;
    }

    /** Clicks 其余各项全部合格 and returns what it says it did. */
    public String allPassed() {
      browser.click(browser.visible(By.cssSelector(scope + " .safegrid-all-passed button")));
      return browser.until("the all-passed hint", d -> {
        String hint = d.findElement(By.cssSelector(scope + " .safegrid-all-passed-hint")).getText();
        return hint.startsWith("已将") || hint.startsWith("所有") ? hint : null;
      });
    }

    /** Clicks the dialog's 启动 button (start forms only). */
    public void start() {
      browser.click(browser.visible(By.cssSelector(".modal .modal-footer button.btn-primary")));
    }
  }
}
