package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryIndex.GroupDefinition;
import cn.safegrid.system.AsSystem;
import cn.safegrid.system.SafeGridProperties;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mirrors the registry into Camunda identity: every active person with a login is a user, every
 * department, grid, grid's leaders and area a group with exactly its people, and the role groups
 * (town-leaders, safety-office, discipline, camunda-admin) hold who the registry says. Runs in the
 * edit's transaction; running it again on the same registry changes nothing.
 *
 * <p>The registry is the authority: a user's last name (姓) and first name (名) are his registry
 * name split by {@link PersonNames#split}, and a group's name is {@link GridGroups#names}; an edit
 * of either in Camunda Admin is put back at the next mirror, like a membership removed by hand.
 * Camunda's {@code camunda-admin} is renamed {@link GridGroups#ADMINISTRATORS_NAME}.
 *
 * <p>Only users the registry created (sg_mirrored_login) are changed or removed; the configured
 * administrator and users created by hand in Admin are left alone. Passwords and e-mail addresses
 * (the registry has none) are never touched after creation.
 */
@Component
class IdentityMirror {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityMirror.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final MirroredLoginRepository mirrored;
  private final AccessRights accessRights;
  private final TasklistFilters filters;
  private final SafeGridProperties properties;
  private final InstanceReaders instanceReaders;

  IdentityMirror(IdentityService identity, MirroredLoginRepository mirrored, AccessRights accessRights,
      TasklistFilters filters, SafeGridProperties properties, InstanceReaders instanceReaders) {
    this.instanceReaders = instanceReaders;
    this.identity = identity;
    this.mirrored = mirrored;
    this.accessRights = accessRights;
    this.filters = filters;
    this.properties = properties;
  }

  void mirror(RegistryData registry) {
    AsSystem.run(identity, () -> {
      RegistryIndex index = new RegistryIndex(registry);
      Map<String, PersonRow> logins = registry.people().stream().filter(PersonRow::canLogIn)
          .collect(Collectors.toMap(PersonRow::loginId, p -> p, (a, b) -> a));
      Set<String> managed = mirrored.findAll().stream().map(MirroredLogin::getLoginId).collect(Collectors.toSet());
      users(logins, managed);
      groups(index);
      administrators(registry, managed);
      accessRights.grant(index);
      filters.mirror(index, logins.keySet(), removedLogins(managed, logins.keySet()));
      instanceReaders.sync(index);
    });
  }

  private void users(Map<String, PersonRow> logins, Set<String> managed) {
    Map<String, User> existing = new HashMap<>();
    identity.createUserQuery().list().forEach(u -> existing.put(u.getId(), u));
    for (PersonRow person : logins.values()) {
      User user = existing.get(person.loginId());
      if (user == null) {
        user = identity.newUser(person.loginId());
        user.setPassword(initialPassword());
        fill(user, person);
        identity.saveUser(user);
        mirrored.save(new MirroredLogin(person.loginId()));
        LOG.info("Created Camunda user {} for {}", person.loginId(), person.code());
      } else if (managed.contains(person.loginId()) && !sameNames(user, person)) {
        fill(user, person);
        identity.saveUser(user);
      } else if (!managed.contains(person.loginId())) {
        // a user created by hand before the registry named him: adopt it, keep its password
        mirrored.save(new MirroredLogin(person.loginId()));
        if (!sameNames(user, person)) {
          fill(user, person);
          identity.saveUser(user);
        }
      }
    }
    for (String login : removedLogins(managed, logins.keySet())) {
      if (existing.containsKey(login)) {
        identity.deleteUser(login);
        LOG.info("Removed Camunda user {} (deactivated or renamed in the registry)", login);
      }
      mirrored.deleteById(login);
    }
  }

  private void groups(RegistryIndex index) {
    Map<String, GroupDefinition> wanted = index.groups();
    Map<String, String> names = GridGroups.names(index, wanted.values());
    Map<String, Group> existing = new HashMap<>();
    identity.createGroupQuery().list().forEach(g -> existing.put(g.getId(), g));
    for (GroupDefinition definition : wanted.values()) {
      Group group = existing.get(definition.id());
      String name = names.get(definition.id());
      if (group == null) {
        group = identity.newGroup(definition.id());
        group.setName(name);
        group.setType(definition.type());
        identity.saveGroup(group);
      } else if (!name.equals(group.getName()) || !definition.type().equals(group.getType())) {
        group.setName(name);
        group.setType(definition.type());
        identity.saveGroup(group);
      }
      Set<String> current = members(definition.id());
      for (String login : definition.memberLogins()) {
        if (!current.contains(login)) {
          identity.createMembership(login, definition.id());
        }
      }
      for (String login : current) {
        if (!definition.memberLogins().contains(login)) {
          identity.deleteMembership(login, definition.id());
        }
      }
    }
    for (String id : existing.keySet()) {
      if (GridGroups.isManaged(id) && !wanted.containsKey(id)) {
        identity.deleteGroup(id);
      }
    }
    Group administrators = existing.get(Groups.CAMUNDA_ADMIN);
    if (administrators != null && (!GridGroups.ADMINISTRATORS_NAME.equals(administrators.getName())
        || !GridGroups.ADMINISTRATORS_TYPE.equals(administrators.getType()))) {
      // created by the starter as "camunda BPM Administrators" of type SYSTEM; Admin lists it in Chinese
      administrators.setName(GridGroups.ADMINISTRATORS_NAME);
      administrators.setType(GridGroups.ADMINISTRATORS_TYPE);
      identity.saveGroup(administrators);
    }
  }

  private void administrators(RegistryData registry, Set<String> managedBefore) {
    Set<String> wanted = registry.people().stream().filter(p -> p.canLogIn() && p.isAdministrator())
        .map(PersonRow::loginId).collect(Collectors.toSet());
    Set<String> managed = mirrored.findAll().stream().map(MirroredLogin::getLoginId).collect(Collectors.toSet());
    managed.addAll(managedBefore);
    Set<String> current = members(Groups.CAMUNDA_ADMIN);
    wanted.stream().filter(login -> !current.contains(login))
        .forEach(login -> identity.createMembership(login, Groups.CAMUNDA_ADMIN));
    long remaining = current.size() + wanted.stream().filter(l -> !current.contains(l)).count();
    for (String login : current) {
      // never leave camunda-admin without a direct member (the Admin setup endpoint record)
      if (managed.contains(login) && !wanted.contains(login) && remaining > 1) {
        identity.deleteMembership(login, Groups.CAMUNDA_ADMIN);
        remaining--;
      }
    }
  }

  private Set<String> members(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> removedLogins(Set<String> managed, Set<String> active) {
    return managed.stream().filter(login -> !active.contains(login)).collect(Collectors.toSet());
  }

  private static void fill(User user, PersonRow person) {
    PersonNames.Parts name = PersonNames.split(person.name());
    user.setFirstName(name.firstName());
    user.setLastName(name.lastName());
  }

  private static boolean sameNames(User user, PersonRow person) {
    return PersonNames.matches(person.name(), user.getFirstName(), user.getLastName());
  }

  private String initialPassword() {
    if (properties.demo().enabled()) {
      return properties.demo().password();
    }
    byte[] secret = new byte[18];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

}
