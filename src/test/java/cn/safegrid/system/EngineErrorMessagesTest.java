package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Tasklist prints for the engine's refusals: the app's Chinese sentence, or a Chinese one by status. */
class EngineErrorMessagesTest {

  @Test
  void theAppsRefusalLosesTheEnginesPrefix() {
    assertThat(EngineErrorMessages.readable(400, "Cannot submit task form 12c42e86-ee5a-11f1-8f68-02fc00000001: 请填写整改责任单位"))
        .isEqualTo("请填写整改责任单位");
    assertThat(EngineErrorMessages.readable(400, "“消防水源”发现隐患，请写明隐患情况")).isEqualTo("“消防水源”发现隐患，请写明隐患情况");
  }

  @Test
  void englishEngineMessagesBecomeChineseAndServerErrorsHideTheirDetail() {
    assertThat(EngineErrorMessages.readable(403, "The user with id 'dong.liyong' does not have 'UPDATE' permission"))
        .isEqualTo("您没有权限进行这项操作。");
    assertThat(EngineErrorMessages.readable(404, "Cannot find task with id 42")).contains("已不存在");
    assertThat(EngineErrorMessages.readable(500, "Cannot instantiate process definition x: NullPointerException"))
        .isEqualTo(EngineErrorMessages.SERVER_ERROR);
    assertThat(EngineErrorMessages.readable(400, "Cannot submit task form 42abcdef: task is suspended"))
        .doesNotContain("suspended").contains("刷新");
  }
}
