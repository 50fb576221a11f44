package cn.safegrid.grid;

import java.util.Optional;

/**
 * The fewest inspection rounds a week the rules ask of a kind of grid (the rule table
 * inspection-frequency.dmn: 三（二）2 villages at least once, 三（三）2 units at least twice), for the
 * registry's rule that a grid may set more rounds a week, never fewer. Implemented where the rule
 * table is read (the inspection schedule); the registry only asks.
 */
public interface InspectionMinimums {

  /** At least {@code roundsPerWeek} rounds a week, as {@code clause} of the regulation says. */
  record Minimum(int roundsPerWeek, String clause) {}

  /** The minimum for grids of this kind; empty when they do not inspect on a schedule (town, sub-grid). */
  Optional<Minimum> of(GridKind kind);
}
