package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryRequests.Create;
import cn.safegrid.grid.RegistryRequests.PersonRequest;
import cn.safegrid.grid.RegistryResponses.PhotoInfo;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * People of the registry and their photos for the publicity board. Editors and supervisors read
 * everybody; other officers their contact list ({@link RegistryView}). People are never deleted:
 * DELETE deactivates, so history keeps the name, and the mirror removes the Camunda user.
 */
@RestController
@RequestMapping("/api/registry/people")
@Tag(name = "人员", description = "人员、停用与恢复、公示照片")
class PersonController {

  static final String ADMINISTRATORS_ONLY = RegistryAccess.ADMINISTRATORS_ONLY;

  private final Registry registry;
  private final RegistryAccess access;
  private final PersonPhotos photos;

  PersonController(Registry registry, RegistryAccess access, PersonPhotos photos) {
    this.registry = registry;
    this.access = access;
    this.photos = photos;
  }

  @GetMapping
  @Operation(summary = "人员列表", description = "可查看全部台账的人看到全部人员；其他人看到自己的通讯录："
      + "所管网格的人员及其上级领导、本部门同事、所在片检查组、镇领导、部门负责人和片长。")
  List<PersonRow> people(@Parameter(description = "只列出在职（true）或已停用（false）的人员")
      @RequestParam(required = false) Boolean active, CurrentUser user) {
    return access.view(user).people().stream()
        .filter(p -> active == null || active == p.isActive())
        .toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "读取一个人员", description = "不存在或无权查看时返回 404。")
  PersonRow person(@PathVariable String code, CurrentUser user) {
    return access.view(user).person(code);
  }

  @PostMapping
  @Operation(summary = "新建人员", description = "有登录名且在职的人员同时成为 Camunda 用户。编码已存在时返回 409。")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PersonRow> createPerson(@Validated({Default.class, Create.class}) @RequestBody PersonRequest body,
      CurrentUser user) {
    access.requireEditor(user);
    PersonRow person = body.toRow(RegistryRequests.trim(body.code()), null);
    registry.edit(user, current -> current.withPeople(Rows.added(current.people(), PersonRow::code, person, "人员")));
    return RegistryController.created("/api/registry/people/" + person.code(), person);
  }

  @PutMapping("/{code}")
  @Operation(summary = "修改人员", description = "active 设为 true 可恢复已停用的人员（重新建立 Camunda 用户）；"
      + "active、administrator 不填时保持不变。")
  PersonRow updatePerson(@PathVariable String code, @Valid @RequestBody PersonRequest body, CurrentUser user) {
    access.requireEditor(user);
    String key = RegistryRequests.sameCode(code, body.code());
    RegistryData saved = registry.edit(user, current -> {
      PersonRow before = Rows.existing(current.people(), PersonRow::code, key, "人员");
      PersonRow after = body.toRow(key, before);
      return current.withPeople(Rows.replaced(current.people(), PersonRow::code, key, after, "人员"));
    });
    return saved.person(key).orElseThrow();
  }

  @DeleteMapping("/{code}")
  @Operation(summary = "停用人员", description = "人员记录保留（历史记录中仍显示姓名），不再能登录；他已认领的待办任务"
      + "交回候选组（取消认领）；有只交给他本人、没有候选组的任务时返回 409。返回停用后的人员。")
  PersonRow deactivatePerson(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    RegistryData saved = registry.edit(user, current -> {
      PersonRow before = Rows.existing(current.people(), PersonRow::code, code, "人员");
      PersonRow after = new PersonRow(before.code(), before.name(), before.phone(), before.title(), before.loginId(),
          false, before.administrator(), before.ruleAdministrator());
      return current.withPeople(Rows.replaced(current.people(), PersonRow::code, code, after, "人员"));
    });
    return saved.person(code).orElseThrow();
  }

  @PutMapping(path = "/{code}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传公示照片", description = "multipart 字段 file；只接受 JPEG、PNG、WebP（按文件内容识别），"
      + "不超过 2 MB（超过返回 413，非图片返回 415）。")
  PhotoInfo uploadPhoto(@PathVariable String code, @RequestPart("file") MultipartFile file, CurrentUser user) {
    access.requireEditor(user);
    return photos.store(code, file);
  }

  @GetMapping("/{code}/photo")
  @Operation(summary = "读取公示照片", description = "没有照片时返回 404。")
  ResponseEntity<byte[]> photo(@PathVariable String code, CurrentUser user) {
    access.view(user).person(code);
    PersonPhoto photo = photos.find(code)
        .orElseThrow(() -> ApiException.notFound("人员“" + code + "”还没有照片。"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.getContentType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .lastModified(photo.getUploadedAt())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .body(photo.getData());
  }

  @DeleteMapping("/{code}/photo")
  @Operation(summary = "删除公示照片")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deletePhoto(@PathVariable String code, CurrentUser user) {
    access.requireEditor(user);
    if (!photos.delete(code)) {
      throw ApiException.notFound("人员“" + code + "”还没有照片。");
    }
  }
}
