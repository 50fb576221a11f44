package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.PersonNames.Parts;
import org.junit.jupiter.api.Test;

/** A registry name as Camunda's last name (姓) and first name (名), and back for display. */
class PersonNamesTest {

  @Test
  void aChineseNameSplitsAfterTheFirstCharacter() {
    assertThat(PersonNames.split("黄示敏")).isEqualTo(new Parts("黄", "示敏"));
    assertThat(PersonNames.split("王五")).isEqualTo(new Parts("王", "五"));
    assertThat(PersonNames.split(" 高示华 ")).isEqualTo(new Parts("高", "示华"));
  }

  @Test
  void aCompoundSurnameKeepsBothCharacters() {
    assertThat(PersonNames.split("欧阳某某")).isEqualTo(new Parts("欧阳", "某某"));
    assertThat(PersonNames.split("诸葛亮")).isEqualTo(new Parts("诸葛", "亮"));
    assertThat(PersonNames.split("司马光")).isEqualTo(new Parts("司马", "光"));
    // two characters are a one-character surname and a given name, even if they spell a 复姓
    assertThat(PersonNames.split("欧阳")).isEqualTo(new Parts("欧", "阳"));
    // 欧 alone is not the start of a compound surname
    assertThat(PersonNames.split("欧小明")).isEqualTo(new Parts("欧", "小明"));
  }

  @Test
  void aSpaceInAChineseNameMarksTheSurname() {
    assertThat(PersonNames.split("黄 示敏")).isEqualTo(new Parts("黄", "示敏"));
    assertThat(PersonNames.split("欧阳　某 某")).isEqualTo(new Parts("欧阳", "某某"));
  }

  @Test
  void otherNamesEndWithTheLastName() {
    assertThat(PersonNames.split("John Smith")).isEqualTo(new Parts("Smith", "John"));
    assertThat(PersonNames.split("Anna  Maria Li")).isEqualTo(new Parts("Li", "Anna Maria"));
  }

  @Test
  void aNameThatCannotBeSplitFillsBothFields() {
    assertThat(PersonNames.split("明")).isEqualTo(new Parts("明", "明"));
    assertThat(PersonNames.split("Admin")).isEqualTo(new Parts("Admin", "Admin"));
    assertThat(PersonNames.split("  ")).isEqualTo(new Parts("", ""));
    assertThat(PersonNames.split(null)).isEqualTo(new Parts("", ""));
  }

  @Test
  void theFullNameReadsSurnameFirstForChinese() {
    assertThat(PersonNames.fullName("示敏", "黄")).isEqualTo("黄示敏");
    assertThat(PersonNames.fullName("某某", "欧阳")).isEqualTo("欧阳某某");
    assertThat(PersonNames.fullName("明", "明")).isEqualTo("明");
    assertThat(PersonNames.fullName("John", "Smith")).isEqualTo("John Smith");
    assertThat(PersonNames.fullName("Admin", "Admin")).isEqualTo("Admin");
    assertThat(PersonNames.fullName("黄示敏", "")).isEqualTo("黄示敏");
    assertThat(PersonNames.fullName(null, "黄")).isEqualTo("黄");
    assertThat(PersonNames.fullName("管理员", "系统")).isEqualTo("系统管理员");
  }

  @Test
  void splittingAndJoiningGiveTheNameBack() {
    for (String name : new String[] {"黄示敏", "欧阳某某", "明", "王五", "John Smith", "Anna Maria Li", "买买提·吐尔逊"}) {
      Parts parts = PersonNames.split(name);
      assertThat(parts.firstName()).as(name).isNotEmpty();
      assertThat(parts.lastName()).as(name).isNotEmpty();
      assertThat(PersonNames.fullName(parts.firstName(), parts.lastName())).as(name).isEqualTo(name);
      assertThat(PersonNames.matches(name, parts.firstName(), parts.lastName())).isTrue();
    }
    assertThat(PersonNames.matches("黄示敏", "黄示敏", "")).as("the old mirror's names").isFalse();
  }
}
