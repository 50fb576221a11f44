package cn.safegrid.grid;

import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The grid registry: read from a cached copy, changed only through {@link #edit}, which locks the
 * registry, applies the change to its current state, checks every rule, saves, and mirrors the
 * result into Camunda users, groups and authorizations — all in one transaction, all or nothing.
 */
@Service
public class Registry {

  /** How long a node trusts its cached copy before asking whether another node changed it. */
  static final Duration RECHECK = Duration.ofSeconds(5);

  private final RegistryStore store;
  private final RegistryStateRepository state;
  private final IdentityMirror identityMirror;
  private final Set<String> reservedLogins;
  private final ApplicationEventPublisher events;

  private volatile Snapshot snapshot;

  /** The cached registry, its revision, and when the revision was last compared with the database. */
  private record Snapshot(RegistryIndex index, long revision, long checkedAtNanos) {}

  Registry(RegistryStore store, RegistryStateRepository state, IdentityMirror identityMirror,
      CamundaBpmProperties camunda, ApplicationEventPublisher events) {
    this.store = store;
    this.state = state;
    this.identityMirror = identityMirror;
    this.events = events;
    Set<String> reserved = new HashSet<>(Set.of("admin", "demo", "camunda-admin"));
    if (camunda.getAdminUser() != null && camunda.getAdminUser().getId() != null) {
      reserved.add(camunda.getAdminUser().getId());
    }
    this.reservedLogins = Set.copyOf(reserved);
  }

  /** The registry as it stands (at most a few seconds old when another node changed it). */
  @Transactional(readOnly = true)
  public RegistryIndex current() {
    Snapshot cached = snapshot;
    long now = System.nanoTime();
    if (cached != null && now - cached.checkedAtNanos() < RECHECK.toNanos()) {
      return cached.index();
    }
    long revision = state.revision();
    if (cached != null && cached.revision() == revision) {
      snapshot = new Snapshot(cached.index(), revision, now);
      return cached.index();
    }
    RegistryIndex fresh = new RegistryIndex(store.load());
    snapshot = new Snapshot(fresh, revision, now);
    return fresh;
  }

  /**
   * Applies {@code change} to the registry's current state and saves the result if it keeps every
   * rule; otherwise throws {@link RegistryInvalidException} and saves nothing.
   */
  @Transactional
  public RegistryData edit(UnaryOperator<RegistryData> change) {
    RegistryState revision = state.lockForEdit().orElseThrow();
    RegistryData wanted = change.apply(store.load());
    List<RegistryRules.Problem> problems = RegistryRules.check(wanted, reservedLogins);
    if (!problems.isEmpty()) {
      throw new RegistryInvalidException(problems);
    }
    store.save(wanted);
    revision.increment();
    identityMirror.mirror(wanted);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        snapshot = null;
        events.publishEvent(new RegistryChanged(revision.getRevision()));
      }
    });
    return wanted;
  }

  /** Mirrors the registry into Camunda again (at start-up; idempotent). */
  @Transactional
  public void mirrorIdentity() {
    state.lockForEdit().orElseThrow();
    identityMirror.mirror(store.load());
  }

  /** Whether the registry holds no town yet (a fresh installation). */
  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return current().data().towns().isEmpty();
  }

  /** Logins that belong to the system, never to a person of the registry. */
  public Set<String> reservedLogins() {
    return reservedLogins;
  }

  /** The edit's problems as an API error: 400 with one field message per problem. */
  public static ApiException asApiError(RegistryInvalidException e) {
    List<ApiError.FieldError> fields = e.problems().stream()
        .map(p -> new ApiError.FieldError(p.kind() + "[" + p.key() + "]." + p.field(), p.message()))
        .toList();
    return ApiException.invalid(e.getMessage(), fields);
  }

  /** Published after an edit commits. */
  public record RegistryChanged(long revision) {}
}
