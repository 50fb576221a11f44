package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.PersonRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry as a test found it, read from the database (not the cache), so the test can check
 * that a refused request saved nothing and can put everything back afterwards — the other tests
 * share the demo town.
 */
public final class RegistryBackup {

  private final Registry registry;
  private final RegistryStore store;
  private final PersonRepository people;
  private final TransactionTemplate transaction;
  private final RegistryData before;

  private RegistryBackup(ApplicationContext context) {
    this.registry = context.getBean(Registry.class);
    this.store = context.getBean(RegistryStore.class);
    this.people = context.getBean(PersonRepository.class);
    this.transaction = context.getBean(TransactionTemplate.class);
    this.before = stored();
  }

  public static RegistryBackup take(ApplicationContext context) {
    return new RegistryBackup(context);
  }

  public RegistryData before() {
    return before;
  }

  /** The registry as the database holds it now. */
  public RegistryData stored() {
    return transaction.execute(status -> store.load());
  }

  /** Nothing was saved since the backup (rows compared regardless of their order). */
  public void assertUnchanged() {
    assertThat(rows(stored())).isEqualTo(rows(before));
  }

  /**
   * Puts the registry back. People the test created are removed from the database outright (the
   * registry itself never deletes people, it deactivates them), then the registry is saved once
   * more so that every node's cache and the Camunda mirror agree with the database.
   */
  public void restore() {
    RegistryData now = stored();
    if (rows(now).equals(rows(before))) {
      return;
    }
    registry.edit(current -> before);
    Set<String> created = new HashSet<>(now.people().stream().map(PersonRow::code).toList());
    before.people().forEach(p -> created.remove(p.code()));
    if (!created.isEmpty()) {
      transaction.executeWithoutResult(status -> created.forEach(code -> people.findByCode(code).ifPresent(people::delete)));
      registry.edit(current -> current);
    }
    assertUnchanged();
  }

  private static Set<Object> rows(RegistryData data) {
    Set<Object> rows = new HashSet<>();
    Stream.<List<?>>of(data.towns(), data.people(), data.areas(), data.departments(), data.grids(),
        data.assignments(), data.departmentMembers(), data.keyPlaces()).forEach(rows::addAll);
    return rows;
  }
}
