package cn.safegrid.grid;

import cn.safegrid.system.ApiError;
import cn.safegrid.system.ApiException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
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
  private final RegistryIntegrity integrity;
  private final ObjectProvider<InspectionMinimums> minimums;
  private final ObjectProvider<CategoryCodes> categories;

  private volatile Snapshot snapshot;

  /** The cached registry, its revision, and when the revision was last compared with the database. */
  private record Snapshot(RegistryIndex index, long revision, long checkedAtNanos) {}

  Registry(RegistryStore store, RegistryStateRepository state, IdentityMirror identityMirror,
      CamundaBpmProperties camunda, ApplicationEventPublisher events, RegistryIntegrity integrity,
      ObjectProvider<InspectionMinimums> minimums, ObjectProvider<CategoryCodes> categories) {
    this.minimums = minimums;
    this.categories = categories;
    this.store = store;
    this.integrity = integrity;
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
   * Applies {@code change} to the registry's current state on behalf of {@code user} and saves the
   * result if he may make every part of it ({@link RegistryAccess#refusals}: 403 otherwise), if it
   * keeps every rule (RegistryInvalidException: 400 otherwise) and if it leaves no open work
   * without its grid or department ({@link RegistryIntegrity}: 409 otherwise). Every door — REST
   * endpoints and Excel import — changes the registry through here.
   */
  @Transactional
  public RegistryData edit(cn.safegrid.security.CurrentUser user, UnaryOperator<RegistryData> change) {
    return apply(change, user);
  }

  /**
   * The same edit made by the system itself (demo town at start-up, tests putting things back): no
   * user whose rights to check, but the same rules and the same integrity.
   */
  @Transactional
  public RegistryData edit(UnaryOperator<RegistryData> change) {
    return apply(change, null);
  }

  private RegistryData apply(UnaryOperator<RegistryData> change, cn.safegrid.security.CurrentUser user) {
    RegistryState revision = lock();
    RegistryData before = store.load();
    RegistryData wanted = change.apply(before);
    if (user != null) {
      RegistryAccess.requireAllowed(user, before, wanted);
    }
    List<RegistryRules.Problem> problems = problemsOf(wanted);
    if (!problems.isEmpty()) {
      throw new RegistryInvalidException(problems);
    }
    integrity.requireNothingOpenLost(before, wanted);
    store.save(wanted);
    revision.increment();
    identityMirror.mirror(wanted);
    integrity.handBackTasksOfLostLogins(before, wanted);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        snapshot = null;
        events.publishEvent(new RegistryChanged(revision.getRevision()));
      }
    });
    return wanted;
  }

  /**
   * Edits on this node queue here first, so that one waiting behind an import waits in the JVM for
   * up to {@link #WAIT} rather than in the database, whose lock timeout may be a second or two; the
   * database lock still serialises edits across nodes. Released when the transaction completes.
   */
  private final java.util.concurrent.locks.ReentrantLock editing = new java.util.concurrent.locks.ReentrantLock(true);
  static final Duration WAIT = Duration.ofSeconds(30);

  static final String BUSY = "网格台账正在被其他人修改（例如正在导入工作簿），请稍后重试；本次修改未保存。";

  /**
   * Takes the registry's write lock (one row, SELECT … FOR UPDATE), waiting as long as the database
   * lets a statement wait for a lock; an edit that waited too long answers 409, not 500.
   */
  private RegistryState lock() {
    boolean mine;
    try {
      mine = editing.tryLock(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      mine = false;
    }
    if (!mine) {
      throw ApiException.conflict(BUSY);
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        editing.unlock();
      }
    });
    try {
      return state.lockForEdit().orElseThrow();
    } catch (org.springframework.dao.PessimisticLockingFailureException
        | org.springframework.dao.QueryTimeoutException
        | jakarta.persistence.PessimisticLockException
        | jakarta.persistence.LockTimeoutException busy) {
      throw ApiException.conflict(BUSY);
    }
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
  /**
   * Every rule the registry would break, with the inspection minimums of the rule table and the
   * catalogue's categories for the grids' and key places' default categories.
   */
  List<RegistryRules.Problem> problemsOf(RegistryData wanted) {
    return problemsOf(wanted, categories.getIfAvailable());
  }

  /**
   * The same, with the categories as they will be ({@code known}): an import that adds a category
   * and a grid defaulting to it is checked against the catalogue it leaves.
   */
  List<RegistryRules.Problem> problemsOf(RegistryData wanted, CategoryCodes known) {
    List<RegistryRules.Problem> problems = new java.util.ArrayList<>(
        RegistryRules.check(wanted, reservedLogins, minimums.getIfAvailable()));
    if (known != null) {
      for (RegistryData.GridRow grid : wanted.grids()) {
        categoryProblem(known, grid.hazardCategory()).ifPresent(why -> problems.add(new RegistryRules.Problem(
            "grids", grid.code(), "hazardCategory", "网格“" + grid.name() + "”的隐患默认类别" + why)));
      }
      for (RegistryData.KeyPlaceRow place : wanted.keyPlaces()) {
        categoryProblem(known, place.hazardCategory()).ifPresent(why -> problems.add(new RegistryRules.Problem(
            "keyPlaces", place.code(), "hazardCategory", "重点部位“" + place.name() + "”的隐患默认类别" + why)));
      }
    }
    return problems;
  }

  private static java.util.Optional<String> categoryProblem(CategoryCodes known, String code) {
    return code == null || code.isBlank() ? java.util.Optional.empty() : known.refusal(code.trim());
  }

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
