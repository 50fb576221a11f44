package cn.safegrid.grid;

import java.util.List;

/** An edit or import that would break the registry's rules; nothing was saved. */
public class RegistryInvalidException extends RuntimeException {

  private final transient List<RegistryRules.Problem> problems;

  public RegistryInvalidException(List<RegistryRules.Problem> problems) {
    super("网格台账校验未通过（" + problems.size() + " 处问题），未保存任何修改：" + problems.get(0).message()
        + (problems.size() > 1 ? " 等" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<RegistryRules.Problem> problems() {
    return problems;
  }
}
