package cn.safegrid.grid;

import cn.safegrid.grid.RegistryImport.ImportSummary;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.Downloads;
import cn.safegrid.system.TownClock;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry as an Excel workbook, with the town's catalogue (隐患类别, 排查表) after it: supervisors
 * export it, the safety office imports it back (regulation 四（一）: the office keeps the ledgers).
 * See docs/registry-excel.md.
 */
@RestController
@RequestMapping("/api/registry")
class RegistryWorkbookController {

  static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Registry registry;
  private final RegistryAccess access;
  private final RegistryImport imports;
  private final TownClock clock;
  private final ObjectProvider<CatalogueSheets> catalogue;

  RegistryWorkbookController(Registry registry, RegistryAccess access, RegistryImport imports, TownClock clock,
      ObjectProvider<CatalogueSheets> catalogue) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.access = access;
    this.imports = imports;
    this.clock = clock;
  }

  @GetMapping("/export.xlsx")
  ResponseEntity<byte[]> export(CurrentUser user) {
    if (!access.readsEverything(user)) {
      throw ApiException.forbidden("只有系统管理员、领导小组办公室、镇领导和纪委可以导出网格台账。");
    }
    RegistryData data = registry.current().data();
    CatalogueSheets sheets = catalogue.getIfAvailable();
    byte[] workbook = RegistryWorkbook.write(data, sheets == null ? List.of() : sheets.export());
    String day = clock.today().format(DAY);
    String towns = data.towns().stream().map(RegistryData.TownRow::name).collect(Collectors.joining("、"));
    String townCodes = data.towns().stream().map(RegistryData.TownRow::code).collect(Collectors.joining("-"));
    String name = "网格台账-" + (towns.isEmpty() ? "" : towns + "-") + day + ".xlsx";
    String asciiName = "registry-" + (townCodes.isEmpty() ? "" : townCodes + "-") + day + ".xlsx";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(RegistryWorkbook.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(asciiName, name))
        .cacheControl(CacheControl.noStore()) // phone numbers of everybody
        .body(workbook);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importWorkbook(CurrentUser user, @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    access.requireEditor(user);
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "请选择要导入的 Excel 工作簿（.xlsx），表单字段名为 file。");
    }
    if (file.getSize() > MAX_UPLOAD_BYTES) {
      throw ApiException.tooLarge("工作簿不能超过 5 MB。");
    }
    try (InputStream in = file.getInputStream()) {
      return imports.importWorkbook(in, user);
    }
  }

}
