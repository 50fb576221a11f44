package cn.safegrid.grid;

import java.util.Set;

/**
 * A registry name as Camunda's last name (姓) and first name (名), and back.
 *
 * <p>Camunda keeps a user's name in two fields and Admin will not save a profile with either one
 * empty, so the mirror splits the registry's single name:
 *
 * <ul>
 *   <li>A Chinese name (its first character is a Han character): the family name is the first
 *       character, or the first two when the name starts with one of the {@link #COMPOUND_SURNAMES}
 *       and is at least three characters long: 黄示敏 → 黄 + 示敏, 欧阳某某 → 欧阳 + 某某, but 欧阳 →
 *       欧 + 阳. A space the registry wrote wins: 黄 示敏 → 黄 + 示敏.
 *   <li>Any other name: the last word is the last name, the words before it the first name:
 *       Anna Maria Li → Anna Maria + Li.
 *   <li>A name that cannot be split (one character, one word): the whole name in both fields, so
 *       that Admin can still save the profile: 明 → 明 + 明.
 * </ul>
 *
 * <p>{@link #fullName} puts the two back together for display: a Chinese name as 姓名 without a
 * space (黄示敏), any other as "first last", and a name held in both fields once. Camunda's own
 * webapps print {@code firstName + " " + lastName} instead, which reads 示敏 黄.
 */
public final class PersonNames {

  /** Two-character family names (复姓) that are recognised; any other name has a one-character one. */
  static final Set<String> COMPOUND_SURNAMES = Set.of(
      "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
      "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门", "申屠", "万俟", "闻人", "澹台",
      "公冶", "太史", "赫连", "百里", "司空", "呼延", "淳于", "濮阳", "拓跋");

  /** A name split for Camunda: {@code lastName} is the family name (姓), {@code firstName} the given name (名). */
  public record Parts(String lastName, String firstName) {}

  private PersonNames() {}

  /** Splits a registry name; blank or {@code null} gives two empty parts. */
  public static Parts split(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return new Parts("", "");
    }
    if (isChinese(trimmed)) {
      int space = indexOfWhitespace(trimmed);
      if (space > 0) {
        return new Parts(trimmed.substring(0, space), trimmed.substring(space).strip().replaceAll("(?U)\\s+", ""));
      }
      int length = trimmed.codePointCount(0, trimmed.length());
      if (length < 2) {
        return new Parts(trimmed, trimmed);
      }
      int familyChars = length >= 3 && COMPOUND_SURNAMES.contains(prefix(trimmed, 2)) ? 2 : 1;
      int cut = trimmed.offsetByCodePoints(0, familyChars);
      return new Parts(trimmed.substring(0, cut), trimmed.substring(cut));
    }
    String[] words = trimmed.split("(?U)\\s+");
    if (words.length < 2) {
      return new Parts(trimmed, trimmed);
    }
    String last = words[words.length - 1];
    String first = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    return new Parts(last, first);
  }

  /**
   * The name to print for a Camunda user's two fields: 姓名 for a Chinese name, "first last"
   * otherwise, one of them when the other is empty or both are the same.
   */
  public static String fullName(String firstName, String lastName) {
    String first = firstName == null ? "" : firstName.strip();
    String last = lastName == null ? "" : lastName.strip();
    if (first.isEmpty() || last.isEmpty() || first.equals(last)) {
      return first.isEmpty() ? last : first;
    }
    return isChinese(last) ? last + first : first + " " + last;
  }

  /** Whether the registry's name is what the user's two fields hold. */
  static boolean matches(String name, String firstName, String lastName) {
    Parts parts = split(name);
    return parts.firstName().equals(firstName) && parts.lastName().equals(lastName);
  }

  private static boolean isChinese(String name) {
    return Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String prefix(String s, int codePoints) {
    return s.substring(0, s.offsetByCodePoints(0, codePoints));
  }
}
