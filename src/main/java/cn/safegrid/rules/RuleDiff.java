package cn.safegrid.rules;

import cn.safegrid.rules.RuleTable.Column;
import cn.safegrid.rules.RuleTable.Row;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two versions of a rule table compared rule by rule: rules added, removed, changed (cell by cell)
 * and moved (under the FIRST hit policy the order decides). Rules are paired by their id, and rules
 * whose id changed by identical conditions.
 */
final class RuleDiff {

  private RuleDiff() {}

  @Schema(name = "RuleCellChange", description = "一个单元格的修改")
  record CellChange(@Schema(description = "列（标签）") String column, @Schema(description = "原内容") String before,
      @Schema(description = "新内容") String after) {}

  @Schema(name = "RuleRowChange", description = "一条规则的变化")
  record RowChange(@Schema(description = "规则 ID") String rule, @Schema(description = "规则（新版本中的编号和说明）") String title,
      @Schema(description = "原编号（新增的规则为空）") Integer before, @Schema(description = "新编号（删除的规则为空）") Integer after,
      @Schema(description = "修改的单元格") List<CellChange> cells,
      @Schema(description = "顺序是否变化（命中策略 FIRST 下顺序决定哪条规则生效）") boolean moved) {}

  @Schema(name = "RuleDiff", description = "两个版本的逐条比较")
  record Result(@Schema(description = "原版本号") int from, @Schema(description = "新版本号") int to,
      @Schema(description = "一句话概要") String summary, @Schema(description = "表头的变化（命中策略、列）") List<String> header,
      @Schema(description = "新增的规则") List<RowChange> added, @Schema(description = "删除的规则") List<RowChange> removed,
      @Schema(description = "修改或移动的规则") List<RowChange> changed) {}

  static Result between(int fromVersion, RuleTable from, int toVersion, RuleTable to) {
    List<String> header = new ArrayList<>();
    if (!Objects.equals(from.hitPolicy(), to.hitPolicy())) {
      header.add("命中策略：" + from.hitPolicy() + " → " + to.hitPolicy());
    }
    if (!Objects.equals(from.decisionName(), to.decisionName())) {
      header.add("名称：" + from.decisionName() + " → " + to.decisionName());
    }
    columns("输入", from.inputs(), to.inputs(), header);
    columns("输出", from.outputs(), to.outputs(), header);

    Map<Row, Row> pairs = pair(from.rules(), to.rules());
    Map<Row, Row> reverse = new HashMap<>();
    pairs.forEach((a, b) -> reverse.put(b, a));
    List<RowChange> added = to.rules().stream().filter(r -> !reverse.containsKey(r))
        .map(r -> new RowChange(r.id(), r.title(), null, r.number(), cells(null, r, to), false)).toList();
    List<RowChange> removed = from.rules().stream().filter(r -> !pairs.containsKey(r))
        .map(r -> new RowChange(r.id(), r.title(), r.number(), null, cells(r, null, from), false)).toList();

    // order among the rules both versions have
    List<Row> keptOld = from.rules().stream().filter(pairs::containsKey).toList();
    List<Row> keptNew = to.rules().stream().filter(reverse::containsKey).toList();
    Map<Row, Integer> oldRank = new HashMap<>();
    for (int i = 0; i < keptOld.size(); i++) {
      oldRank.put(pairs.get(keptOld.get(i)), i);
    }
    List<RowChange> changed = new ArrayList<>();
    for (int i = 0; i < keptNew.size(); i++) {
      Row b = keptNew.get(i);
      Row a = reverse.get(b);
      List<CellChange> cells = changedCells(a, from, b, to);
      boolean moved = oldRank.get(b) != i;
      if (!cells.isEmpty() || moved) {
        changed.add(new RowChange(b.id(), b.title(), a.number(), b.number(), cells, moved));
      }
    }
    return new Result(fromVersion, toVersion, summary(header, added, removed, changed), header, added, removed, changed);
  }

  private static void columns(String kind, List<Column> before, List<Column> after, List<String> header) {
    String a = before.stream().map(c -> c.title() + "（" + c.name() + "）").collect(Collectors.joining("、"));
    String b = after.stream().map(c -> c.title() + "（" + c.name() + "）").collect(Collectors.joining("、"));
    if (!a.equals(b)) {
      header.add(kind + "：" + a + " → " + b);
    }
  }

  private static Map<Row, Row> pair(List<Row> before, List<Row> after) {
    Map<Row, Row> pairs = new LinkedHashMap<>();
    Map<String, Row> afterById = new HashMap<>();
    after.forEach(r -> afterById.putIfAbsent(r.id(), r));
    List<Row> unpairedAfter = new ArrayList<>(after);
    for (Row a : before) {
      Row b = afterById.get(a.id());
      if (b != null && unpairedAfter.remove(b)) {
        pairs.put(a, b);
      }
    }
    for (Row a : before) {
      if (pairs.containsKey(a)) {
        continue;
      }
      for (Row b : unpairedAfter) {
        if (b.inputEntries().equals(a.inputEntries())) {
          pairs.put(a, b);
          unpairedAfter.remove(b);
          break;
        }
      }
    }
    return pairs;
  }

  private static List<CellChange> cells(Row before, Row after, RuleTable table) {
    Row row = before != null ? before : after;
    List<CellChange> cells = new ArrayList<>();
    for (int i = 0; i < table.inputs().size() && i < row.inputEntries().size(); i++) {
      String text = row.inputEntries().get(i);
      cells.add(new CellChange(table.inputs().get(i).title(), before == null ? null : text, after == null ? null : text));
    }
    for (int i = 0; i < table.outputs().size() && i < row.outputEntries().size(); i++) {
      String text = row.outputEntries().get(i);
      cells.add(new CellChange(table.outputs().get(i).title(), before == null ? null : text, after == null ? null : text));
    }
    return cells;
  }

  private static List<CellChange> changedCells(Row a, RuleTable from, Row b, RuleTable to) {
    List<CellChange> cells = new ArrayList<>();
    compare(from.inputs(), a.inputEntries(), to.inputs(), b.inputEntries(), cells);
    compare(from.outputs(), a.outputEntries(), to.outputs(), b.outputEntries(), cells);
    if (!Objects.equals(blankToNull(a.description()), blankToNull(b.description()))) {
      cells.add(new CellChange("说明", a.description(), b.description()));
    }
    return cells;
  }

  private static void compare(List<Column> fromColumns, List<String> fromCells, List<Column> toColumns,
      List<String> toCells, List<CellChange> into) {
    for (int j = 0; j < toColumns.size() && j < toCells.size(); j++) {
      Column column = toColumns.get(j);
      String after = toCells.get(j);
      String before = null;
      for (int i = 0; i < fromColumns.size() && i < fromCells.size(); i++) {
        if (Objects.equals(fromColumns.get(i).name(), column.name())) {
          before = fromCells.get(i);
        }
      }
      if (!Objects.equals(normal(before), normal(after))) {
        into.add(new CellChange(column.title(), before, after));
      }
    }
  }

  private static String normal(String cell) {
    return cell == null || RuleTable.anyValue(cell) ? "-" : cell.replaceAll("\\s+", "");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String summary(List<String> header, List<RowChange> added, List<RowChange> removed, List<RowChange> changed) {
    long moved = changed.stream().filter(RowChange::moved).count();
    long edited = changed.stream().filter(c -> !c.cells().isEmpty()).count();
    if (header.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
      return "内容相同";
    }
    StringBuilder text = new StringBuilder();
    text.append("新增 ").append(added.size()).append(" 条、删除 ").append(removed.size()).append(" 条、修改 ")
        .append(edited).append(" 条规则");
    if (moved > 0) {
      text.append("，").append(moved).append(" 条调整了顺序");
    }
    if (!header.isEmpty()) {
      text.append("；表头：").append(String.join("；", header));
    }
    List<String> details = new ArrayList<>();
    added.forEach(r -> details.add("新增" + r.title()));
    removed.forEach(r -> details.add("删除" + r.title()));
    changed.stream().filter(c -> !c.cells().isEmpty()).forEach(c -> details.add(c.title() + "：" + c.cells().stream()
        .map(cell -> cell.column() + " " + show(cell.before()) + " → " + show(cell.after())).collect(Collectors.joining("，"))));
    if (!details.isEmpty()) {
      text.append("。").append(String.join("；", details.subList(0, Math.min(details.size(), 12))));
      if (details.size() > 12) {
        text.append("；等 ").append(details.size()).append(" 处");
      }
    }
    return text.toString();
  }

  private static String show(String cell) {
    return cell == null || RuleTable.anyValue(cell) ? "-" : cell;
  }
}
