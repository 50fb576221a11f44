package cn.safegrid.grid;

import java.util.Optional;

/**
 * The hazard categories of the town's catalogue, for the registry's rule that a grid's or a key
 * place's default category is one the catalogue holds and has not retired. Implemented by the
 * catalogue; the registry only asks.
 */
public interface CategoryCodes {

  /** Empty when {@code code} is an active category; otherwise why it may not be used. */
  Optional<String> refusal(String code);
}
