package cn.safegrid.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Hazards found in a statistics period in one category, and of them rectified by the period's end. */
@Embeddable
public class StatisticsCategory {

  @Column(name = "category_key", nullable = false) private String categoryKey;
  @Column(name = "category_name", nullable = false) private String categoryName;
  @Column(name = "general_count", nullable = false) private int generalCount;
  @Column(name = "major_count", nullable = false) private int majorCount;
  @Column(name = "general_rectified", nullable = false) private int generalRectified;
  @Column(name = "major_rectified", nullable = false) private int majorRectified;

  protected StatisticsCategory() {}

  StatisticsCategory(String categoryKey, String categoryName, int generalCount, int majorCount, int generalRectified,
      int majorRectified) {
    this.categoryKey = categoryKey;
    this.categoryName = categoryName;
    this.generalCount = generalCount;
    this.majorCount = majorCount;
    this.generalRectified = generalRectified;
    this.majorRectified = majorRectified;
  }

  public String getCategoryKey() { return categoryKey; }
  public String getCategoryName() { return categoryName; }
  public int getGeneralCount() { return generalCount; }
  public int getMajorCount() { return majorCount; }
  public int getGeneralRectified() { return generalRectified; }
  public int getMajorRectified() { return majorRectified; }
}
