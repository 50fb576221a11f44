package cn.safegrid.hazard;

import cn.safegrid.catalogue.CategoryUse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hazard ledger's part of the catalogue's integrity: a category open hazards use is not retired. */
@Component
@Transactional(readOnly = true)
class HazardCategoryUse implements CategoryUse {

  private final HazardRepository hazards;

  HazardCategoryUse(HazardRepository hazards) {
    this.hazards = hazards;
  }

  @Override
  public long openHazardsWith(String categoryCode) {
    return hazards.countByCategoryAndStatusNot(categoryCode, HazardStatus.CLOSED);
  }
}
