package cn.safegrid.support;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Closes the last application context before a different one is built: the H2 and the PostgreSQL
 * contexts each hold a process engine named "default", and the engine's runtime container is a JVM
 * singleton that refuses a second one. SpringContextOrder runs the test classes grouped by
 * context, so each context is still built only once.
 */
public class OneEngineAtATime extends AbstractTestExecutionListener {

  private static volatile ApplicationContext last;

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    if (!testContext.hasApplicationContext() && last instanceof ConfigurableApplicationContext open) {
      open.close();
      CacheAccess.clear();
      last = null;
    }
  }

  /** Closes the current shared context (before the database it uses goes away at JVM exit). */
  static synchronized void closeCurrent() {
    if (last instanceof ConfigurableApplicationContext open) {
      open.close();
    }
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      last = testContext.getApplicationContext();
    }
  }

  /** Reaches the cache that every test class shares (a default delegate's own cache). */
  private static final class CacheAccess extends DefaultCacheAwareContextLoaderDelegate {
    static void clear() {
      new CacheAccess().getContextCache().clear();
    }
  }
}
