package cn.safegrid.hazard;

import cn.safegrid.catalogue.Catalogue;
import cn.safegrid.grid.Officers;
import cn.safegrid.grid.Registry;
import cn.safegrid.grid.RegistryIndex;
import cn.safegrid.security.CurrentUser;
import cn.safegrid.system.Downloads;
import cn.safegrid.system.Paging;
import cn.safegrid.system.Spreadsheet;
import cn.safegrid.system.TownClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The hazard ledger (台账) over HTTP: report, search, read, export, and photo evidence. */
@RestController
@RequestMapping("/api/hazards")
@Tag(name = "隐患台账", description = "上报隐患、查询台账、导出 Excel、上传照片")
class HazardController {

  static final Set<String> SORTABLE = Set.of("reportedAt", "rectificationDue", "number", "status", "gridCode",
      "closedAt", "escalation");

  private final HazardQueries queries;
  private final HazardLedger ledger;
  private final HazardPhotos photos;
  private final HazardWorkbook workbook;
  private final HazardReporting reporting;
  private final TownClock clock;
  private final Officers officers;
  private final Registry registry;
  private final CurrentSteps steps;
  private final Catalogue catalogue;

  HazardController(HazardQueries queries, HazardLedger ledger, HazardPhotos photos, HazardWorkbook workbook,
      HazardReporting reporting, TownClock clock, Officers officers, Registry registry, CurrentSteps steps,
      Catalogue catalogue) {
    this.catalogue = catalogue;
    this.queries = queries;
    this.ledger = ledger;
    this.photos = photos;
    this.workbook = workbook;
    this.reporting = reporting;
    this.clock = clock;
    this.officers = officers;
    this.registry = registry;
    this.steps = steps;
  }

  /** What a reporter sends; the same names as the report form and the REST start of the process. */
  record ReportRequest(String gridCode, String hazardCategory, String grade, String location, String description) {}

  @PostMapping
  @Operation(summary = "上报隐患：校验后启动隐患闭环整改流程，返回隐患编号")
  ResponseEntity<HazardView> report(@RequestBody ReportRequest request, CurrentUser user) {
    Hazard reported = reporting.report(new HazardReport(request.gridCode(), request.hazardCategory(), request.grade(),
        request.location(), request.description(), null, null));
    Hazard hazard = queries.visible(user, reported.getNumber());
    return ResponseEntity.created(URI.create("/api/hazards/" + hazard.getNumber()))
        .body(HazardView.of(hazard, clock.now(), registry.current()));
  }

  @GetMapping
  @Operation(summary = "查询隐患台账（按网格、片、部门、牵头部门、类别、等级、状态、督办、是否逾期、是否销号、是否按期整改、是否升级督办、上报日期筛选，分页排序）")
  Page<HazardView> list(CurrentUser user, HazardFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @RequestParam(defaultValue = "reportedAt,desc") String sort) {
    RegistryIndex index = registry.current();
    return queries.page(user, filter, Paging.page(page, size, Paging.sort(sort, SORTABLE)))
        .map(h -> HazardView.of(h, clock.now(), index));
  }

  @GetMapping("/filter-options")
  @Operation(summary = "台账筛选条件的可选值（编码和中文名称）：您能查看的隐患所在的网格、片、部门、类别、等级、状态、督办情况")
  HazardView.FilterOptions filterOptions(CurrentUser user) {
    RegistryIndex index = registry.current();
    Map<String, String> inLedger = queries.gridsInLedger(user);
    List<HazardView.Option> grids = new ArrayList<>();
    // in the registry's order (town, villages, units), then grids the registry no longer has
    index.data().grids().stream().filter(g -> inLedger.containsKey(g.code()))
        .forEach(g -> grids.add(new HazardView.Option(g.code(), g.name())));
    inLedger.forEach((code, name) -> {
      if (index.grid(code).isEmpty()) {
        grids.add(new HazardView.Option(code, name));
      }
    });
    // every category of the catalogue, retired ones too: the ledger holds hazards filed under them
    List<HazardView.Option> categories = new ArrayList<>(catalogue.categories().stream()
        .map(c -> new HazardView.Option(c.code(), c.active() ? c.name() : c.name() + "（已停用）")).toList());
    categories.add(new HazardView.Option(Catalogue.OTHER, Catalogue.OTHER_NAME));
    List<HazardView.Option> areas = new ArrayList<>(
        index.data().areas().stream().map(a -> new HazardView.Option(a.code(), a.name())).toList());
    areas.add(new HazardView.Option(HazardFilter.NONE, "不属于片（镇直单位等）"));
    List<HazardView.Option> departments =
        index.data().departments().stream().map(d -> new HazardView.Option(d.code(), d.name())).toList();
    // the lead units: the departments and the two routes that are not departments (HazardLedger.resolve)
    List<HazardView.Option> leads = new ArrayList<>(departments);
    leads.add(new HazardView.Option(HazardLedger.AREA_GROUP, "片检查组（所在片）"));
    leads.add(new HazardView.Option(HazardLedger.VILLAGE_GRID, "所在网格（村、单位）"));
    leads.add(new HazardView.Option(HazardFilter.NONE, "尚未分办"));
    return new HazardView.FilterOptions(grids, areas, departments,
        categories,
        Arrays.stream(HazardGrade.values()).map(g -> new HazardView.Option(g.code(), g.label())).toList(),
        Arrays.stream(HazardStatus.values()).map(s -> new HazardView.Option(s.name(), s.label())).toList(),
        Arrays.stream(Escalation.values()).map(e -> new HazardView.Option(e.name(), e.label())).toList(), leads);
  }

  @GetMapping(value = "/export.xlsx", produces = Spreadsheet.CONTENT_TYPE)
  @Operation(summary = "按当前筛选条件导出隐患台账（Excel）")
  ResponseEntity<byte[]> export(CurrentUser user, HazardFilter filter,
      @RequestParam(defaultValue = "reportedAt,desc") String sort) {
    byte[] bytes = workbook.write(queries.export(user, filter, Paging.sort(sort, SORTABLE)));
    String day = DateTimeFormatter.BASIC_ISO_DATE.format(clock.today());
    return Downloads.excel("hazards-" + day + ".xlsx", "隐患台账-" + day + ".xlsx", bytes);
  }

  @GetMapping("/{number}")
  @Operation(summary = "隐患详情：台账记录、完整办理记录、照片和当前办理环节（任务、办理人或候选组、期限）")
  HazardView.Detail detail(@PathVariable String number, CurrentUser user) {
    Hazard hazard = queries.visible(user, number);
    return new HazardView.Detail(HazardView.of(hazard, clock.now(), registry.current()),
        ledger.trailOf(hazard.getId()).stream().map(HazardView::of).toList(),
        photos.of(hazard).stream().map(p -> HazardView.of(number, p, officers)).toList(),
        steps.of(hazard.getProcessInstanceId(), " " + hazard.getNumber()));
  }

  @PostMapping(value = "/{number}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传隐患照片（JPG/PNG/WebP，单张不超过 5 MB；stage：REPORT 上报时、RECTIFICATION 整改后、VERIFICATION 复查时）")
  ResponseEntity<HazardView.Photo> addPhoto(@PathVariable String number, @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "REPORT") HazardPhoto.Stage stage, CurrentUser user) {
    Hazard hazard = queries.visible(user, number);
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var photo = photos.add(hazard, stage, file.getOriginalFilename(), bytes, user.userId());
    var view = HazardView.of(number, photo, officers);
    return ResponseEntity.created(URI.create(view.url())).body(view);
  }

  @GetMapping("/{number}/photos")
  @Operation(summary = "隐患的照片列表")
  List<HazardView.Photo> photos(@PathVariable String number, CurrentUser user) {
    Hazard hazard = queries.visible(user, number);
    return photos.of(hazard).stream().map(p -> HazardView.of(number, p, officers)).toList();
  }

  @GetMapping("/{number}/photos/{photoId}")
  @Operation(summary = "查看一张隐患照片")
  ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable Long photoId, CurrentUser user) {
    HazardPhoto photo = photos.get(queries.visible(user, number), photoId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getContentType()))
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.getData());
  }

}
