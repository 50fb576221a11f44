package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Hazards found in a period in one category, general and major. The key is the category's code, or
 * its name for a hazard filed without one; the name is the one the ledger recorded.
 */
@Embeddable
public class CategoryCount {

  @Column(name = "category_key", nullable = false)
  private String categoryKey;

  @Column(name = "category_name", nullable = false)
  private String categoryName;

  @Column(name = "general_count", nullable = false)
  private int generalCount;

  @Column(name = "major_count", nullable = false)
  private int majorCount;

  protected CategoryCount() {}

  public CategoryCount(String categoryKey, String categoryName, int generalCount, int majorCount) {
    this.categoryKey = categoryKey;
    this.categoryName = categoryName;
    this.generalCount = generalCount;
    this.majorCount = majorCount;
  }

  public String getCategoryKey() { return categoryKey; }
  public String getCategoryName() { return categoryName; }
  public int getGeneralCount() { return generalCount; }
  public int getMajorCount() { return majorCount; }
  public int total() { return generalCount + majorCount; }
}
