package cn.safegrid.catalogue;

/**
 * Open work that uses a hazard category, so that the catalogue does not retire a category still in
 * use (the hazard ledger implements it: hazards not yet closed).
 */
public interface CategoryUse {

  /** How many hazards of this category are not yet closed (未销号). */
  long openHazardsWith(String categoryCode);
}
