package cn.safegrid.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The instance counts of the process definitions' statistics as the reader may see them. The
 * engine counts the running instances, incidents and failed jobs of each definition the user may
 * read, whoever's they are; Cockpit shows these counts on its dashboard and its process list. For a
 * supervisor who reads the instances of his own area, department or grid only (no READ_INSTANCE on
 * the definition), the counts are made again with his own rights, so Cockpit's numbers are his
 * instances', like every list behind them. Administrators and town-wide readers keep the engine's
 * answer.
 */
class ReaderStatistics extends OncePerRequestFilter {

  /** Cockpit's process list: one entry per process key, {@code instances} and {@code incidents} as numbers. */
  private static final Pattern COCKPIT_STATISTICS =
      Pattern.compile("^/camunda/api/cockpit/plugin/base/[^/]+/process-definition/statistics$");
  /** The engine's statistics: one entry per definition, {@code incidents} by type. */
  private static final String ENGINE_STATISTICS = "/process-definition/statistics";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  ReaderStatistics(IdentityService identityService, AuthorizationService authorizationService,
      RuntimeService runtimeService, ManagementService managementService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
        .replaceAll("/{2,}", "/");
    EngineApiPath engine = EngineApiPath.of(request);
    boolean cockpit = COCKPIT_STATISTICS.matcher(path).matches();
    boolean engineStatistics = engine != null && engine.resource().equals(ENGINE_STATISTICS);
    CurrentUser user = (cockpit || engineStatistics) && "GET".equals(request.getMethod()) ? userOf(request, engine) : null;
    if (user == null || user.isAdministrator()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapped);
    if (wrapped.getStatus() == HttpServletResponse.SC_OK) {
      JsonNode body = JSON.readTree(wrapped.getContentAsByteArray());
      if (body != null && body.isArray()) {
        recount((ArrayNode) body, user, cockpit, "true".equals(request.getParameter("rootIncidents")));
        byte[] bytes = JSON.writeValueAsBytes(body);
        wrapped.resetBuffer();
        wrapped.getOutputStream().write(bytes);
      }
    }
    wrapped.copyBodyToResponse();
  }

  private void recount(ArrayNode statistics, CurrentUser user, boolean cockpit, boolean rootIncidents) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
    try {
      for (JsonNode node : statistics) {
        ObjectNode entry = (ObjectNode) node;
        String key = cockpit ? entry.path("key").asText() : entry.path("definition").path("key").asText();
        if (key.isEmpty() || readsEveryInstance(user, key)) {
          continue;
        }
        if (cockpit) {
          entry.put("instances", runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count());
          entry.put("incidents", runtimeService.createIncidentQuery().processDefinitionKeyIn(key).count());
        } else {
          String id = entry.path("id").asText();
          entry.put("instances", runtimeService.createProcessInstanceQuery().processDefinitionId(id).count());
          entry.put("failedJobs", managementService.createJobQuery().processDefinitionId(id).noRetriesLeft().count());
          entry.set("incidents", incidentsByType(runtimeService.createIncidentQuery().processDefinitionId(id),
              rootIncidents));
        }
      }
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      } else {
        identityService.clearAuthentication();
      }
    }
  }

  private ArrayNode incidentsByType(IncidentQuery query, boolean rootIncidents) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Incident incident : query.listPage(0, 2000)) {
      if (!rootIncidents || incident.getId().equals(incident.getRootCauseIncidentId())) {
        counts.merge(incident.getIncidentType(), 1, Integer::sum);
      }
    }
    ArrayNode incidents = JSON.createArrayNode();
    counts.forEach((type, count) -> incidents.addObject().put("incidentType", type).put("incidentCount", count));
    return incidents;
  }

  private boolean readsEveryInstance(CurrentUser user, String key) {
    return authorizationService.isUserAuthorized(user.userId(), List.copyOf(user.groupIds()),
        ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, key);
  }

  private CurrentUser userOf(HttpServletRequest request, EngineApiPath engine) {
    String path = request.getServletPath();
    if (path.startsWith("/engine-rest")) {
      Authentication authentication = identityService.getCurrentAuthentication();
      return authentication == null || authentication.getUserId() == null ? null
          : CurrentUser.of(authentication.getUserId(),
              authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    return session == null ? null : ApiAuthenticationFilter.fromSession(session);
  }
}
