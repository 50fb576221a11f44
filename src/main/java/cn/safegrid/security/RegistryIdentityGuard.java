package cn.safegrid.security;

import cn.safegrid.grid.RegistryIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The registry is the one place to change people and groups: an edit in Camunda Admin (or over the
 * engine REST API) of a user or group the registry owns would silently drift from the registry
 * until the next mirror put it back. So it is refused (403) with a message naming the registry:
 * a registry person's profile or deletion, a registry group's creation, change or deletion, its
 * members, and who of the registry's people is in {@code camunda-admin}. Passwords (the registry
 * has none), users and groups made by hand, and authorizations stay Admin's.
 */
class RegistryIdentityGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryIdentityGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern USER = Pattern.compile("^/user/([^/]+)(/profile)?$");
  private static final Pattern GROUP = Pattern.compile("^/group/([^/]+)$");
  private static final Pattern MEMBER = Pattern.compile("^/group/([^/]+)/members/([^/]+)$");

  private final RegistryIdentities registry;

  RegistryIdentityGuard(RegistryIdentities registry) {
    this.registry = registry;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiPath path = EngineApiPath.of(request);
    String method = request.getMethod();
    if (path == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      chain.doFilter(request, response);
      return;
    }
    String resource = path.resource();
    HttpServletRequest forward = request;
    String refusal = null;
    Matcher m;
    if ((m = USER.matcher(resource)).matches() && !m.group(1).equals("create")
        && (method.equals("DELETE") || "/profile".equals(m.group(2)) && method.equals("PUT"))) {
      refusal = registry.ownsUser(m.group(1)) ? RegistryIdentities.EDIT_IN_THE_REGISTRY : null;
    } else if ((m = GROUP.matcher(resource)).matches() && !m.group(1).equals("create")
        && (method.equals("PUT") || method.equals("DELETE"))) {
      refusal = registry.ownsGroup(m.group(1)) ? RegistryIdentities.EDIT_IN_THE_REGISTRY : null;
    } else if ((m = MEMBER.matcher(resource)).matches() && (method.equals("PUT") || method.equals("DELETE"))) {
      if (registry.ownsGroup(m.group(1))) {
        refusal = RegistryIdentities.EDIT_IN_THE_REGISTRY;
      } else if (Groups.CAMUNDA_ADMIN.equals(m.group(1)) && registry.ownsUser(m.group(2))) {
        refusal = RegistryIdentities.ADMINISTRATORS_IN_THE_REGISTRY;
      }
    } else if ((resource.equals("/user/create") || resource.equals("/group/create")) && method.equals("POST")) {
      CachedBodyRequest cached = new CachedBodyRequest(request);
      forward = cached;
      String id = idOf(cached.body(), resource.equals("/user/create"));
      boolean owned = resource.equals("/user/create") ? registry.ownsUser(id) : registry.ownsGroup(id);
      refusal = owned ? RegistryIdentities.EDIT_IN_THE_REGISTRY : null;
    }
    if (refusal != null) {
      LOG.info("Identity edit refused (the registry owns it): {} {}", method, resource);
      ErrorResponses.engineError(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", refusal);
      return;
    }
    chain.doFilter(forward, response);
  }

  /** The id a create request names ({@code profile.id} for a user, {@code id} for a group). */
  private static String idOf(byte[] body, boolean user) {
    try {
      JsonNode json = body.length == 0 ? null : JSON.readTree(body);
      JsonNode id = json == null ? null : user ? json.path("profile").path("id") : json.path("id");
      return id == null || !id.isTextual() ? null : id.asText();
    } catch (IOException notJson) {
      return null; // the engine answers a body that is no JSON itself
    }
  }
}
