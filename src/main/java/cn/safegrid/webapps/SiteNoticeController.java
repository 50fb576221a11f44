package cn.safegrid.webapps;

import cn.safegrid.grid.Officers;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' notice (系统公告) over HTTP: everybody logged in reads it (the webapps show it
 * at the top of every page), administrators set or remove it (Admin → 系统 → 系统公告).
 */
@RestController
@RequestMapping("/api/notice")
@Tag(name = "系统公告", description = "系统管理员发布给所有用户的公告（显示在任务列表、驾驶舱、系统管理页面顶部）")
class SiteNoticeController {

  static final String ADMINISTRATORS_ONLY = "只有系统管理员可以发布或撤下系统公告。";

  private final SiteNoticeRepository notices;
  private final TownClock clock;
  private final Officers officers;

  SiteNoticeController(SiteNoticeRepository notices, TownClock clock, Officers officers) {
    this.notices = notices;
    this.clock = clock;
    this.officers = officers;
  }

  /** The notice as the webapps show it. */
  record Notice(String text, String updatedBy, String updatedByName, Instant updatedAt) {}

  record NoticeRequest(String text) {}

  @GetMapping
  @Operation(summary = "当前的系统公告；没有公告时为 204")
  ResponseEntity<Notice> current() {
    return notices.findById(SiteNotice.THE_NOTICE).map(this::view).map(ResponseEntity::ok)
        .orElse(ResponseEntity.noContent().build());
  }

  @PutMapping
  @Transactional
  @Operation(summary = "发布或修改系统公告（仅系统管理员；不超过 500 字）")
  Notice publish(@RequestBody NoticeRequest request, CurrentUser user) {
    requireAdministrator(user);
    String text = request == null || request.text() == null ? "" : request.text().strip();
    if (text.isEmpty()) {
      throw ApiException.invalidField("text", "请填写公告内容；要撤下公告，请点“撤下公告”。");
    }
    if (text.length() > SiteNotice.MAX_LENGTH) {
      throw ApiException.invalidField("text", "公告内容不能超过 " + SiteNotice.MAX_LENGTH + " 字，现在是 " + text.length() + " 字。");
    }
    SiteNotice notice = notices.findById(SiteNotice.THE_NOTICE).orElse(null);
    if (notice == null) {
      notice = new SiteNotice(text, user.userId(), clock.now());
    } else {
      notice.change(text, user.userId(), clock.now());
    }
    return view(notices.save(notice));
  }

  @DeleteMapping
  @Transactional
  @Operation(summary = "撤下系统公告（仅系统管理员）")
  ResponseEntity<Void> remove(CurrentUser user) {
    requireAdministrator(user);
    notices.findById(SiteNotice.THE_NOTICE).ifPresent(notices::delete);
    return ResponseEntity.noContent().build();
  }

  private Notice view(SiteNotice notice) {
    return new Notice(notice.getText(), notice.getUpdatedBy(), officers.nameOf(notice.getUpdatedBy()),
        notice.getUpdatedAt());
  }

  private static void requireAdministrator(CurrentUser user) {
    if (!user.isAdministrator()) {
      throw ApiException.forbidden(ADMINISTRATORS_ONLY);
    }
  }
}
