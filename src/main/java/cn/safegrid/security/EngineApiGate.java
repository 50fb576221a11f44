package cn.safegrid.security;

import cn.safegrid.system.AsSystem;
import cn.safegrid.system.TownClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default on the engine API ({@code /engine-rest/*} and the webapps'
 * {@code /camunda/api/engine/*}): everybody may make the calls Camunda Tasklist and SafeGrid's pages
 * make for an officer's own work, each write with its payload checked:
 * <ul>
 *   <li>reading: task and filter queries, a task with its form, form variables, identity links and
 *       comments, the startable process definitions with their start forms and diagrams, names of
 *       users and groups, the history Tasklist shows;</li>
 *   <li>claim (for himself, an unassigned task or his own), unclaim (his own task);</li>
 *   <li>{@code submit-form}/{@code complete} of his own task with only the fields of the task's
 *       deployed Camunda Form, in the value types Tasklist sends;</li>
 *   <li>starting a process at its start event through its Camunda start form, with only that
 *       form's fields (no start instructions, skip flags, business key, case instance…).</li>
 * </ul>
 * Supervisors — whoever the engine lets use Cockpit (application permission {@code cockpit}) —
 * may also make every reading call and the engine's query-by-POST resources Cockpit uses, and read
 * Cockpit's own plugin API ({@code /camunda/api/cockpit/plugin/...}): the engine's authorizations
 * decide what each answer holds (every instance for town leaders, the instances of his area,
 * department or grid for the others). They change nothing: their other calls are refused like an
 * officer's. Cockpit's plugin API is closed to whoever may not use Cockpit.
 * Everything else is answered 403 with a Chinese message before the engine sees it — except for
 * members of {@code camunda-admin}, who may read everything and make any other call with a reason
 * ({@link AdminReasons}), recorded in {@link AdminAction} before the engine sees it. The variables
 * SafeGrid computes (lead and verifier groups, ids, priorities, deadlines, sources) are no form
 * field, so no client can set them. See docs/security.md for the list and how to extend it.
 */
class EngineApiGate extends OncePerRequestFilter {

  static final String ADMINISTRATORS_ONLY = "这项操作只有系统管理员可以进行。";
  static final String NOT_YOUR_TASK = "这项任务不是您本人的待办，只有认领了任务的人可以办理或退回。";
  static final String CLAIM_FOR_YOURSELF = "只能认领给自己本人。";
  static final String NO_FORM = "这项任务或流程没有可在任务列表中填写的表单，只有系统管理员可以办理。";
  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The value types Tasklist's Camunda Forms send (no Object, File, Bytes or serialized values). */
  static final Set<String> FORM_VALUE_TYPES =
      Set.of("String", "Boolean", "Long", "Integer", "Short", "Double", "Date", "Json", "Null");

  private static final String ID = "([^/]+)";
  private static final String DEFINITION = "(?:" + ID + "|key/([^/]+))";

  /** GET (and HEAD, OPTIONS: which links Tasklist may show) calls an officer may make: reading only, the engine's authorizations apply. */
  private static final List<Pattern> READS = compile(
      "/version", "/engine",
      "/task", "/task/count", "/task/" + ID,
      "/task/" + ID + "/(form|deployed-form|rendered-form|form-variables|identity-links|comment|comment/[^/]+)",
      "/filter", "/filter/count", "/filter/" + ID, "/filter/" + ID + "/(list|count|singleResult)",
      "/process-definition", "/process-definition/count", "/process-definition/" + DEFINITION,
      "/process-definition/" + DEFINITION
          + "/(startForm|deployed-start-form|rendered-form|form-variables|xml|diagram)",
      "/user", "/user/count", "/user/" + ID + "/profile",
      "/group", "/group/count", "/group/" + ID, "/identity/groups",
      "/authorization/check",
      "/history/(task|process-instance|activity-instance|user-operation|identity-link-log)(/count)?",
      "/history/process-instance/" + ID);

  /** Queries that Tasklist posts with a JSON body (the expression guard has looked at it). */
  private static final List<Pattern> POSTED_QUERIES = compile(
      "/task", "/task/count", "/filter/" + ID + "/(list|count|singleResult)");

  /**
   * The engine's other query-by-POST resources, which Cockpit and Admin use: reading for
   * administrators (no reason asked); the officers' own rights stop at {@link #POSTED_QUERIES}.
   * Writes live on other paths ({@code /process-instance/delete}, {@code /job/<id>/retries} …).
   */
  private static final List<Pattern> ADMINISTRATORS_QUERIES = compile(
      "/(process-instance|execution|variable-instance|job|external-task|case-instance|case-execution|incident)(/count)?",
      "/history/(process-instance|activity-instance|task|variable-instance|detail|external-task-log|decision-instance"
          + "|case-instance|case-activity-instance|job-log|incident|user-operation)(/count)?");

  /**
   * Cockpit's query-by-POST resources beyond {@link #ADMINISTRATORS_QUERIES} (the job definitions
   * of a process, the history Cockpit reads): reading for supervisors and administrators.
   */
  private static final List<Pattern> COCKPIT_QUERIES = compile(
      "/job-definition(/count)?", "/process-definition(/count)?", "/decision-definition(/count)?", "/group(/count)?",
      "/history/(batch|identity-link-log|job-log)(/count)?");

  /** Cockpit's own plugin API: its queries by POST (the rest of it is read by GET). */
  private static final Pattern COCKPIT_PLUGIN_API =
      Pattern.compile("^/camunda/api/cockpit/plugin/[^/]+(/.*)?$");
  private static final Pattern COCKPIT_PLUGIN_QUERY = Pattern.compile(
      "^/camunda/api/cockpit/plugin/base/[^/]+/(process-instance(/count)?|incident(/count)?"
          + "|process-definition/[^/]+/called-process-definitions|process-instance/[^/]+/called-process-instances)$");

  static final String SUPERVISORS_READ_ONLY =
      "驾驶舱供各级网格长、部门负责人查看和督促办理，不能修改流程、变量或作业；需要更正时请联系系统管理员。";
  static final String COCKPIT_ONLY = "只有可以使用驾驶舱的人员才能调用驾驶舱的接口；办理待办请使用任务列表。";

  private static final Pattern CLAIM = Pattern.compile("^/task/" + ID + "/claim$");
  private static final Pattern UNCLAIM = Pattern.compile("^/task/" + ID + "/unclaim$");
  private static final Pattern COMPLETE = Pattern.compile("^/task/" + ID + "/(submit-form|complete)$");
  private static final Pattern START = Pattern.compile("^/process-definition/" + DEFINITION + "/(submit-form|start)$");

  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;

  private final CockpitUsers cockpitUsers;

  private final AdminReasons reasons;
  private final AdminActionRepository audit;
  private final TownClock clock;

  EngineApiGate(IdentityService identityService, TaskService taskService, FormService formService,
      RepositoryService repositoryService, CockpitUsers cockpitUsers, AdminReasons reasons,
      AdminActionRepository audit, TownClock clock) {
    this.cockpitUsers = cockpitUsers;
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.reasons = reasons;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiPath path = EngineApiPath.of(request);
    if (path == null) {
      String webappPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
      if (COCKPIT_PLUGIN_API.matcher(webappPath.replaceAll("/{2,}", "/")).matches()) {
        cockpitPluginApi(request, response, chain, webappPath.replaceAll("/{2,}", "/"));
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    CurrentUser user = userOf(request);
    if (user == null) {
      // Not logged in: on /engine-rest the authentication filter has answered 401 already; on the
      // webapps' API Camunda's own security answers 401 (and its CSRF filter hands the login page
      // its token, which an answer from here would not), so leave it to them.
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    String resource = path.resource();
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (read && (matchesAny(READS, resource) || user.isAdministrator())) {
      chain.doFilter(request, response);
      return;
    }
    if (method.equals("POST") && (matchesAny(POSTED_QUERIES, resource)
        || user.isAdministrator() && (matchesAny(ADMINISTRATORS_QUERIES, resource) || matchesAny(COCKPIT_QUERIES, resource)))) {
      chain.doFilter(request, response);
      return;
    }
    boolean cockpitQuery = method.equals("POST")
        && (matchesAny(ADMINISTRATORS_QUERIES, resource) || matchesAny(COCKPIT_QUERIES, resource));
    if ((read || cockpitQuery) && !user.isAdministrator() && usesCockpit(user)) {
      chain.doFilter(request, response); // a supervisor reading: the engine's authorizations decide what he gets
      return;
    }
    Matcher unclaim = UNCLAIM.matcher(resource);
    if (method.equals("POST") && unclaim.matches() && !user.isAdministrator()) {
      unclaim(request, response, user, unclaim.group(1), chain);
      return;
    }
    boolean officersWrite = method.equals("POST") && (CLAIM.matcher(resource).matches()
        || COMPLETE.matcher(resource).matches() || START.matcher(resource).matches());
    if (!officersWrite && !user.isAdministrator()) {
      // not a call an officer's own work needs (deployments, modifications, jobs …): refused before the body is read
      refuse(response, user, method, resource, usesCockpit(user) ? SUPERVISORS_READ_ONLY : ADMINISTRATORS_ONLY);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    JsonNode body = JSON.createObjectNode();
    if (method.equals("POST")) {
      try {
        JsonNode parsed = cached.body().length == 0 ? null : JSON.readTree(cached.body());
        if (parsed != null && parsed.isObject()) {
          body = parsed;
        }
      } catch (JsonProcessingException notJson) {
        ErrorResponses.engineError(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            "请求内容不是有效的 JSON。");
        return;
      }
    }
    String refusal = method.equals("POST") ? checkWrite(resource, body, user) : ADMINISTRATORS_ONLY;
    if (refusal == null) {
      chain.doFilter(cached, response); // an officer's own work, whoever does it
      return;
    }
    if (!user.isAdministrator()) {
      refuse(response, user, method, resource,
          ADMINISTRATORS_ONLY.equals(refusal) && usesCockpit(user) ? SUPERVISORS_READ_ONLY : refusal);
      return;
    }
    administratorsCall(cached, response, chain, user, path);
  }

  /**
   * Cockpit's plugin API: reading (GET, and its queries by POST) for whoever may use Cockpit, the
   * engine's authorizations deciding what each answer holds; anything else for administrators only.
   */
  private void cockpitPluginApi(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      String path) throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    CurrentUser user = session == null ? null : ApiAuthenticationFilter.fromSession(session);
    if (user == null || user.isAdministrator()) {
      chain.doFilter(request, response); // Camunda answers 401 itself; administrators read it all
      return;
    }
    String method = request.getMethod();
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (!usesCockpit(user)) {
      refuse(response, user, method, path, COCKPIT_ONLY);
    } else if (read || method.equals("POST") && COCKPIT_PLUGIN_QUERY.matcher(path).matches()) {
      chain.doFilter(request, response);
    } else {
      refuse(response, user, method, path, SUPERVISORS_READ_ONLY);
    }
  }

  /** Whether the engine lets this user use Cockpit ({@link CockpitUsers}). */
  private boolean usesCockpit(CurrentUser user) {
    return cockpitUsers.mayUse(user);
  }

  /**
   * Beyond an officer's own work: an administrator's call, which needs a reason and is recorded
   * ({@link AdminAction}) before it reaches the engine, and completed with the engine's answer.
   */
  private void administratorsCall(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
      CurrentUser user, EngineApiPath path) throws IOException, ServletException {
    Optional<String> reason = reasons.of(request);
    if (reason.isEmpty()) {
      LOG.info("Administrator's engine call without a reason refused for {}: {} {}", user.userId(),
          request.getMethod(), path.resource());
      ErrorResponses.engineError(response, HttpServletResponse.SC_BAD_REQUEST, "ReasonRequired",
          "这是管理员操作，须写明理由：在 Cockpit 或 Admin 页面右下角的“操作理由”中填写（至少 4 个字），"
              + "或调用接口时在请求头 " + AdminReasons.HEADER + " 中给出（URL 编码）。");
      return;
    }
    String body = request.body().length == 0 ? null : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
    String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    AdminAction action = audit.save(new AdminAction(clock.now(), user.userId(), request.getMethod(), address,
        reason.get(), body));
    try {
      chain.doFilter(request, response);
    } finally {
      action.answered(response.getStatus());
      audit.save(action);
    }
  }

  /** Null when the write may go to the engine, otherwise the reason it may not. */
  private String checkWrite(String resource, JsonNode body, CurrentUser user) {
    Matcher matcher;
    if ((matcher = CLAIM.matcher(resource)).matches()) {
      Task task = task(matcher.group(1));
      if (task == null) {
        return null; // the engine answers 404
      }
      boolean forHimself = onlyFields(body, Set.of("userId")) && user.userId().equals(body.path("userId").asText(null));
      // a task someone else holds: the engine refuses the claim itself (409 「已被其他人认领」)
      return forHimself ? null : CLAIM_FOR_YOURSELF;
    }
    if ((matcher = COMPLETE.matcher(resource)).matches()) {
      Task task = task(matcher.group(1));
      if (task == null) {
        return null;
      }
      if (!user.userId().equals(task.getAssignee())) {
        return NOT_YOUR_TASK;
      }
      if (!onlyFields(body, Set.of("variables"))) {
        return ADMINISTRATORS_ONLY;
      }
      Set<String> fields = formFields(() -> formService.getDeployedTaskForm(task.getId()));
      return fields == null ? NO_FORM : checkVariables(body.path("variables"), fields);
    }
    if ((matcher = START.matcher(resource)).matches()) {
      ProcessDefinition definition = definition(matcher.group(1), matcher.group(2));
      if (definition == null) {
        return null;
      }
      if (!onlyFields(body, Set.of("variables", "businessKey"))
          || !(body.path("businessKey").isMissingNode() || body.path("businessKey").isNull()
              || body.path("businessKey").asText().isEmpty())) {
        return ADMINISTRATORS_ONLY;
      }
      Set<String> fields = formFields(() -> formService.getDeployedStartForm(definition.getId()));
      return fields == null ? NO_FORM : checkVariables(body.path("variables"), fields);
    }
    return ADMINISTRATORS_ONLY;
  }

  /**
   * Unclaim. The engine's unclaim is "set the assignee to nobody", which needs UPDATE or
   * TASK_ASSIGN; officers hold only TASK_WORK on their tasks (they must not hand tasks to others).
   * So the gate gives back a task its holder holds himself, as a claim for nobody, which TASK_WORK
   * allows; it runs as the officer, so the engine checks his right and its operation log names him.
   */
  private void unclaim(HttpServletRequest request, HttpServletResponse response, CurrentUser user, String taskId,
      FilterChain chain) throws IOException, ServletException {
    Task task = task(taskId);
    if (task == null) {
      chain.doFilter(request, response); // the engine answers 404
      return;
    }
    if (!user.userId().equals(task.getAssignee())) {
      refuse(response, user, "POST", "/task/" + taskId + "/unclaim", NOT_YOUR_TASK);
      return;
    }
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    HttpSession session = request.getSession(false);
    if (!path.startsWith("/engine-rest") && (session == null || !ApiAuthenticationFilter.carriesCsrfToken(request, session))) {
      ErrorResponses.engineError(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "页面已过期，请刷新后重试。");
      return;
    }
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
    try {
      taskService.claim(taskId, null);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (org.camunda.bpm.engine.AuthorizationException refused) {
      refuse(response, user, "POST", "/task/" + taskId + "/unclaim", NOT_YOUR_TASK);
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      } else {
        identityService.clearAuthentication();
      }
    }
  }

  /** Variables: names among the form's fields, values in Tasklist's plain types. */
  static String checkVariables(JsonNode variables, Set<String> fields) {
    if (variables.isMissingNode() || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return "表单数据的格式不正确。";
    }
    Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!fields.contains(entry.getKey())) {
        return "表单中没有“" + entry.getKey() + "”这一项，不能提交：只能填写表单上的内容。";
      }
      JsonNode value = entry.getValue();
      if (!value.isObject() || !onlyFields(value, Set.of("value", "type", "valueInfo"))) {
        return "“" + entry.getKey() + "”的值格式不正确。";
      }
      JsonNode type = value.path("type");
      if (!(type.isMissingNode() || type.isNull() || (type.isTextual() && FORM_VALUE_TYPES.contains(type.asText())))) {
        return "“" + entry.getKey() + "”的值类型不允许：表单只能提交文字、数字、是否、日期和列表。";
      }
      JsonNode valueInfo = value.path("valueInfo");
      if (!(valueInfo.isMissingNode() || valueInfo.isNull() || (valueInfo.isObject() && valueInfo.isEmpty()))) {
        return "“" + entry.getKey() + "”的值类型不允许：表单只能提交文字、数字、是否、日期和列表。";
      }
    }
    return null;
  }

  private static boolean onlyFields(JsonNode node, Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      if (!allowed.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names a Camunda Form submits as variables: the first segment of each field's key or of a
   * group's or dynamic list's path (the fields inside a path are part of that one variable).
   * Null when there is no deployed Camunda Form.
   */
  private Set<String> formFields(java.util.function.Supplier<InputStream> form) {
    try (InputStream in = AsSystem.call(identityService, form)) {
      if (in == null) {
        return null;
      }
      Set<String> names = new HashSet<>();
      collect(JSON.readTree(in).path("components"), names);
      return names;
    } catch (RuntimeException | IOException noForm) {
      return null;
    }
  }

  static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      if (!path.isEmpty()) {
        names.add(path.split("\\.")[0]);
        continue;
      }
      if (!key.isEmpty()) {
        names.add(key.split("\\.")[0]);
      }
      collect(component.path("components"), names);
    }
  }

  private Task task(String id) {
    return AsSystem.call(identityService, () -> taskService.createTaskQuery().taskId(id).singleResult());
  }

  private ProcessDefinition definition(String id, String key) {
    return AsSystem.call(identityService, () -> id != null
        ? repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
            .latestVersion().singleResult());
  }

  /**
   * The user behind the request: on {@code /engine-rest} the engine authentication that
   * ProcessEngineAuthenticationFilter has set (it runs first), on the webapps' API the session's
   * webapp login, read as ApiAuthenticationFilter reads it.
   */
  private CurrentUser userOf(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith("/engine-rest")) {
      Authentication authentication = identityService.getCurrentAuthentication();
      return authentication == null || authentication.getUserId() == null ? null
          : CurrentUser.of(authentication.getUserId(),
              authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    return session == null ? null : ApiAuthenticationFilter.fromSession(session);
  }

  private static void refuse(HttpServletResponse response, CurrentUser user, String method, String resource,
      String message) throws IOException {
    LOG.info("Engine API call refused for {}: {} {} ({})", user.userId(), method, resource, message);
    ErrorResponses.engineError(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", message);
  }

  private static boolean matchesAny(List<Pattern> patterns, String resource) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(resource).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(String... regexes) {
    return java.util.Arrays.stream(regexes).map(r -> Pattern.compile("^" + r + "$")).toList();
  }
}
