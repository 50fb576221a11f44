package cn.safegrid.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system, without the current user's authorization checks — for the
 * app's own housekeeping (identity mirroring, guards), never on a user's request data.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    call(identityService, () -> {
      work.run();
      return null;
    });
  }
}
