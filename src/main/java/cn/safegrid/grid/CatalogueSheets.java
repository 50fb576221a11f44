package cn.safegrid.grid;

import cn.safegrid.grid.RegistryWorkbook.CellProblem;
import cn.safegrid.grid.RegistryWorkbook.ExtraSheet;
import cn.safegrid.grid.RegistryWorkbook.ExtraTable;
import cn.safegrid.grid.RegistryWorkbook.ReadRow;
import cn.safegrid.security.CurrentUser;
import java.util.List;
import java.util.Map;

/**
 * The town's catalogue in the registry workbook: its sheets (隐患类别, 排查表) are exported after the
 * registry's and imported with them, all or nothing, in the import's one transaction. Implemented
 * by the catalogue, which checks and applies its rows as its API does (the same rights, rules and
 * refusals); the registry only places the sheets in the workbook and the answers in it.
 */
public interface CatalogueSheets {

  /** The sheets, in workbook order, with their columns and row limits. */
  List<ExtraSheet> layouts();

  /** The sheets with the catalogue as it stands, for the export. */
  List<ExtraTable> export();

  /**
   * What the import would change in the catalogue, checked against the catalogue as it stands and
   * against the registry as the import leaves it ({@code registryAfter}: retiring a category a grid
   * still defaults to is refused), without changing anything.
   *
   * @param sheets the filled rows of each catalogue sheet the workbook has (a sheet it does not
   *     have is not in the map: that part of the catalogue stays as it is)
   */
  Checked check(Map<String, List<ReadRow>> sheets, CurrentUser importer, RegistryData registryAfter);

  /** A checked import of the catalogue's sheets. Problems are located at their cells. */
  interface Checked {

    /** Changes the importer may not make (403), exactly as the catalogue API refuses them. */
    List<CellProblem> refused();

    /** Rows the catalogue's rules refuse (400). */
    List<CellProblem> problems();

    /** Changes refused because of other work or a change made meanwhile by someone else (409). */
    List<CellProblem> conflicts();

    /** The categories as they will be after the import, for the registry's own rules. */
    CategoryCodes categoriesAfter();

    /**
     * Makes the changes through the catalogue, in the caller's transaction (rolled back with it).
     * A change refused now after all (someone changed the catalogue since {@link #check}) throws
     * the catalogue's answer located at its cell, so the whole import is rolled back.
     */
    void apply(CurrentUser importer, RegistryData registryAfter);

    /** What {@link #apply} changes, counted for the import's answer. */
    Outcome outcome();
  }

  /**
   * Counts of one import: the workbook's category rows and checklist items, categories created
   * and changed, and the version each changed checklist is saved as.
   */
  record Outcome(int categories, int checklistItems, int categoriesCreated, int categoriesUpdated,
      Map<String, Integer> newChecklistVersions) {

    public static final Outcome NONE = new Outcome(0, 0, 0, 0, Map.of());

    public int changes() {
      return categoriesCreated + categoriesUpdated + newChecklistVersions.size();
    }
  }
}
