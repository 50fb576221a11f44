package cn.safegrid.grid;

/** A person's role in a grid (regulation 三（一）–（三）). */
public enum GridRole {
  /**
   * 一级网格长: a principal leader of the town (镇主要领导干部: the party secretary, the mayor); only
   * in the town grid, which may have up to {@link RegistryRules#MAX_LEVEL_ONE_LEADERS} of them.
   */
  LEVEL1_LEADER("一级网格长", true),
  /** 二级网格长: a deputy head in charge of sectors (departments) and an area; town grid. */
  LEVEL2_LEADER("二级网格长", true),
  /** 二级副网格长: department heads and deputy area leaders; town grid. */
  DEPUTY_LEVEL2_LEADER("二级副网格长", true),
  /** 网格长: village party secretary, or a unit's legal person. */
  GRID_LEADER("网格长", false),
  /** 副网格长: village committee cadres, or a unit's deputies. */
  DEPUTY_GRID_LEADER("副网格长", false),
  /** 网格员: villager representatives, department members, unit staff. */
  GRID_MEMBER("网格员", false),
  /** 包村干部: a town cadre assigned to one village; a town grid member. */
  LIAISON_CADRE("包村干部", true);

  private final String label;
  private final boolean townOnly;

  GridRole(String label, boolean townOnly) {
    this.label = label;
    this.townOnly = townOnly;
  }

  public String label() {
    return label;
  }

  /** Roles that exist only in the town grid. */
  public boolean townOnly() {
    return townOnly;
  }

  /** Leader of a grid: the town grid's level-1 leader, any other grid's grid leader. */
  public boolean isGridLeader() {
    return this == LEVEL1_LEADER || this == GRID_LEADER;
  }

  /** Members of {@code grid-<code>-leaders}: the leader and his deputies at the grid's own level. */
  public boolean leadsGrid() {
    return this == LEVEL1_LEADER || this == LEVEL2_LEADER || this == GRID_LEADER || this == DEPUTY_GRID_LEADER;
  }
}
