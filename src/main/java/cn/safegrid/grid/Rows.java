package cn.safegrid.grid;

import cn.safegrid.system.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The list operations the API's edits apply to the registry's rows, keyed by code: add a new row
 * (409 if the code is taken), replace or remove an existing one (404 if there is none).
 */
final class Rows {

  private Rows() {}

  /** {@code rows} with {@code row} added; 409 when a row of that code exists. */
  static <R> List<R> added(List<R> rows, Function<R, String> code, R row, String what) {
    String key = code.apply(row);
    if (rows.stream().anyMatch(r -> key.equals(code.apply(r)))) {
      throw ApiException.conflict(what + "编码“" + key + "”已存在，请换一个编码，或修改已有的" + what + "。");
    }
    List<R> result = new ArrayList<>(rows);
    result.add(row);
    return result;
  }

  /** {@code rows} with the row of {@code key} replaced by {@code row}; 404 when there is none. */
  static <R> List<R> replaced(List<R> rows, Function<R, String> code, String key, R row, String what) {
    existing(rows, code, key, what);
    return rows.stream().map(r -> key.equals(code.apply(r)) ? row : r).toList();
  }

  /** {@code rows} without the row of {@code key}; 404 when there is none. */
  static <R> List<R> removed(List<R> rows, Function<R, String> code, String key, String what) {
    existing(rows, code, key, what);
    return without(rows, r -> key.equals(code.apply(r)));
  }

  static <R> List<R> without(List<R> rows, Predicate<R> doomed) {
    return rows.stream().filter(doomed.negate()).toList();
  }

  /** The row of {@code key}; 404 when there is none. */
  static <R> R existing(List<R> rows, Function<R, String> code, String key, String what) {
    Optional<R> found = rows.stream().filter(r -> key.equals(code.apply(r))).findFirst();
    return found.orElseThrow(() -> notFound(what, key));
  }

  static ApiException notFound(String what, String key) {
    return ApiException.notFound("找不到" + what + "“" + key + "”。");
  }
}
