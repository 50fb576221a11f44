package cn.safegrid.inspection;

import cn.safegrid.grid.GridOption;
import cn.safegrid.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the start form of an extra round (开展一次加密排查) reads from the app: the officer's grids. */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "隐患排查台账")
class ExtraRoundController {

  private final ExtraRounds extraRounds;

  ExtraRoundController(ExtraRounds extraRounds) {
    this.extraRounds = extraRounds;
  }

  @GetMapping("/extra-round-grids")
  @Operation(summary = "可开展加密排查的网格（表单用的选项）", description = "当前登录人可以为之开展加密排查的网格，"
      + "[{label: 中文名称, value: 网格编码}]：本人担任职务、按周排查的村级网格和企事业单位网格，与开启时的检查是同一条规则。"
      + "“开展一次加密排查”表单的“排查的网格”下拉框由此填充。不是这类网格成员的人返回 403 并说明原因。")
  List<GridOption> extraRoundGrids(CurrentUser user) {
    return extraRounds.optionsFor(user.userId());
  }
}
