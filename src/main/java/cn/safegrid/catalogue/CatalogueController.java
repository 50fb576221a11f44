package cn.safegrid.catalogue;

import cn.safegrid.catalogue.CatalogueRequests.CategoryRequest;
import cn.safegrid.catalogue.CatalogueRequests.ChecklistRequest;
import cn.safegrid.catalogue.CatalogueViews.CategoryView;
import cn.safegrid.catalogue.CatalogueViews.ChangeView;
import cn.safegrid.catalogue.CatalogueViews.ChecklistView;
import cn.safegrid.catalogue.CatalogueViews.Option;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue API: every logged-in user reads; administrators and the safety office change
 * (the registry's editors, checked in {@link Catalogue}).
 */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "隐患类别和排查表", description = "本镇的隐患类别目录和日常隐患排查表：登录即可读取；系统管理员和领导小组办公室可以修改")
class CatalogueController {

  private final Catalogue catalogue;

  CatalogueController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/categories")
  @Operation(summary = "隐患类别目录", description = "全部类别（含已停用的），按排序号；routeToCatchAll 为 true 的类别路由表中没有规则，由领导小组办公室分办。")
  List<CategoryView> categories(CurrentUser user) {
    return catalogue.categories();
  }

  @GetMapping("/categories/{code}")
  @Operation(summary = "读取一个隐患类别")
  CategoryView category(@PathVariable String code, CurrentUser user) {
    return catalogue.category(code).orElseThrow(() -> ApiException.notFound("隐患类别“" + code + "”不存在"));
  }

  @PostMapping("/categories")
  @Operation(summary = "新建隐患类别", description = "编码已存在、名称或分组为空时返回 400。路由表（hazard-routing.dmn）中没有该编码的规则时，"
      + "须写明 \"routeToCatchAll\": true 确认由领导小组办公室分办，否则返回 400。新类别立即出现在上报表单和之后开启的排查中。")
  ResponseEntity<CategoryView> createCategory(@RequestBody CategoryRequest body, CurrentUser user) {
    CategoryView created = catalogue.createCategory(user, body);
    return ResponseEntity.created(URI.create("/api/catalogue/categories/" + created.code())).body(created);
  }

  @PutMapping("/categories/{code}")
  @Operation(summary = "修改或停用隐患类别", description = "编码不能修改。停用（active=false）时，若仍有未销号的隐患属于该类别（回答中给出件数），"
      + "或排查表项目以它为默认类别，返回 409。已登记的隐患和排查记录保留登记时的类别名称。")
  CategoryView updateCategory(@PathVariable String code, @RequestBody CategoryRequest body, CurrentUser user) {
    return catalogue.updateCategory(user, code, body);
  }

  @GetMapping("/category-options")
  @Operation(summary = "表单用的类别选项", description = "使用中的类别（“分组 · 名称”），最后是“其他”；上报隐患表单的类别下拉框由此填充。")
  List<Option> categoryOptions(CurrentUser user) {
    return catalogue.categoryOptions();
  }

  @GetMapping("/checklists/{checklist}")
  @Operation(summary = "排查表（当前版本）", description = "village：村级日常隐患排查表；unit：企事业单位日常隐患排查表。之后开启的排查按此版本。")
  ChecklistView checklist(@PathVariable String checklist, CurrentUser user) {
    return catalogue.checklist(checklist);
  }

  @GetMapping("/checklists/{checklist}/versions/{version}")
  @Operation(summary = "排查表的某一版本", description = "每次排查记录了开启时的版本号（排查台账的 checklistVersion）。")
  ChecklistView checklistVersion(@PathVariable String checklist, @PathVariable int version, CurrentUser user) {
    return catalogue.checklist(checklist, version);
  }

  @PutMapping("/checklists/{checklist}")
  @Operation(summary = "保存排查表的全部项目", description = "按顺序给出全部项目，保存为新版本；已开启的排查不变，之后开启的排查使用新版本。"
      + "项目编码重复或无效、名称为空、默认类别不存在或已停用时返回 400。")
  ChecklistView saveChecklist(@PathVariable String checklist, @RequestBody ChecklistRequest body, CurrentUser user) {
    return catalogue.saveChecklist(user, checklist, body);
  }

  @GetMapping("/changes")
  @Operation(summary = "目录的修改记录", description = "最近 200 次：谁在何时修改了哪个类别或排查表。")
  List<ChangeView> changes(CurrentUser user) {
    return catalogue.changes();
  }
}
