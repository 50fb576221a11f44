package cn.safegrid.system;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The ledgers' list and export parameters, the same for every ledger: {@code page} (from 0),
 * {@code size} (1 to {@value #MAX_PAGE_SIZE}), {@code sort} ({@code property} or
 * {@code property,asc|desc}, descending unless {@code asc}, from the ledger's own list), and the
 * export limit of {@value #MAX_EXPORT_ROWS} rows.
 */
public final class Paging {

  public static final int MAX_PAGE_SIZE = 200;
  public static final int MAX_EXPORT_ROWS = 10_000;
  /** The last row a page may reach: beyond it the database's row offset (an int) would overflow. */
  static final long MAX_OFFSET = 10_000_000;

  private Paging() {}

  /** One page of a list; 400 for a negative page or a size outside 1 to {@value #MAX_PAGE_SIZE}. */
  public static PageRequest page(int page, int size, Sort sort) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiException.invalid("分页参数有误：page 从 0 开始，size 在 1 到 " + MAX_PAGE_SIZE + " 之间");
    }
    if ((long) page * size > MAX_OFFSET) {
      throw ApiException.invalid("页码 page=" + page + " 太大：请缩小筛选范围，或按日期分段查看");
    }
    return PageRequest.of(page, size, sort);
  }

  /** The {@code sort} parameter; 400 naming the properties allowed when it names another. */
  public static Sort sort(String sort, Set<String> sortable) {
    String[] parts = sort.split(",", -1);
    String property = parts[0].trim();
    String allowed = "，可用：" + String.join("、", new TreeSet<>(sortable)) + "，写法如 sort=" + new TreeSet<>(sortable).first() + ",desc";
    if (property.isEmpty()) {
      throw ApiException.invalid("排序参数 sort 缺少字段名" + allowed);
    }
    if (!sortable.contains(property)) {
      throw ApiException.invalid("不能按“" + shortened(property) + "”排序" + allowed);
    }
    String direction = parts.length > 1 ? parts[1].trim() : "";
    if (parts.length > 2 || !(direction.isEmpty() || direction.equalsIgnoreCase("asc") || direction.equalsIgnoreCase("desc"))) {
      throw ApiException.invalid("排序参数 sort 有误：写作“字段”或“字段,asc”“字段,desc”" + allowed);
    }
    boolean ascending = direction.equalsIgnoreCase("asc");
    return ascending ? Sort.by(property).ascending() : Sort.by(property).descending();
  }

  /** A value quoted back to the user, cut to a readable length. */
  static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** What an export asks for: the first {@value #MAX_EXPORT_ROWS} rows and one more, to tell when there are too many. */
  public static Pageable export(Sort sort) {
    return PageRequest.of(0, MAX_EXPORT_ROWS + 1, sort);
  }

  /** The rows of an export; 400 when more than {@value #MAX_EXPORT_ROWS} match ({@code what}: 隐患, 排查记录 …). */
  public static <T> List<T> exportRows(Page<T> page, String what) {
    if (page.getNumberOfElements() > MAX_EXPORT_ROWS) {
      throw ApiException.invalid("符合条件的" + what + "超过 " + MAX_EXPORT_ROWS + " 条，请缩小筛选范围（如按日期分段）后再导出");
    }
    return page.getContent();
  }
}
