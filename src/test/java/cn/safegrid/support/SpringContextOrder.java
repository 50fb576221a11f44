package cn.safegrid.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs test classes grouped by the Spring context they need: plain tests (and those that start
 * their own applications) first, then the H2 context, then the PostgreSQL context, and last the
 * classes that check the others' reports ({@link RunsLast}). Together with
 * OneEngineAtATime each shared context is built exactly once.
 */
public class SpringContextOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(
        Comparator.comparingInt(SpringContextOrder::group)
            .thenComparing(descriptor -> descriptor.getTestClass().getName()));
  }

  private static int group(ClassDescriptor descriptor) {
    if (descriptor.isAnnotated(RunsLast.class)) {
      return 3;
    }
    if (descriptor.isAnnotated(PostgresTest.class)) {
      return 2;
    }
    if (descriptor.isAnnotated(SafeGridTest.class)) {
      return 1;
    }
    return 0;
  }
}
