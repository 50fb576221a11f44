package cn.safegrid.grid;

import static cn.safegrid.grid.RegistryWorkbookReadTest.cell;
import static cn.safegrid.grid.RegistryWorkbookReadTest.excelRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.security.CurrentUser;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * One set of rights for every door (issue 9, item 5): what the REST API refuses a safety-office
 * editor who is not an administrator, the Excel import refuses him too, with the same message and
 * the rows concerned — and the registry and Camunda's identities stay as they were. The same for
 * the catalogue's sheets of the workbook and the catalogue API.
 */
@SafeGridTest
class RegistryRightsTest {

  static final String CLERK = Http.basic("chen.yanhai", "demo"); // 领导小组办公室干事, not an administrator
  static final String ADMIN = Http.basic("wang.celi", "demo");
  static final String EXPORT = "/api/registry/export.xlsx";
  static final String IMPORT = "/api/registry/import";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired RegistryImport imports;

  Http http;
  RegistryBackup backup;
  Set<String> administrators;
  Set<String> office;

  @BeforeEach
  void remember() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
    administrators = members(Groups.CAMUNDA_ADMIN);
    office = members(GridGroups.SAFETY_OFFICE);
  }

  @AfterEach
  void putBack() {
    backup.restore();
  }

  @Test
  void theAdministratorFlagIsRefusedOverRestAndExcelAlike() throws Exception {
    Map<String, Object> person = json.convertValue(body(http.get("/api/registry/people/p-084", CLERK)), Map.class);
    person.put("administrator", true);
    ResponseEntity<String> rest = http.put("/api/registry/people/p-084", CLERK, person);
    assertThat(rest.getStatusCode().value()).isEqualTo(403);
    assertThat(body(rest).get("message").asText()).isEqualTo(RegistryAccess.ADMINISTRATORS_ONLY);

    int[] row = new int[1];
    byte[] workbook = edit(export(), w -> {
      cell(w.getSheet("人员"), "p-084", "系统管理员").setCellValue("是");
      row[0] = excelRow(w.getSheet("人员"), "p-084");
    });
    ResponseEntity<String> excel = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);

    assertThat(excel.getStatusCode().value()).isEqualTo(403);
    assertThat(body(excel).get("message").asText()).contains(RegistryAccess.ADMINISTRATORS_ONLY).contains("未导入任何数据");
    JsonNode field = body(excel).get("fieldErrors").get(0);
    assertThat(field.get("field").asText()).isEqualTo("人员!第" + row[0] + "行!系统管理员");
    assertThat(field.get("message").asText()).contains("陈演刚");
    assertNothingChanged();
    assertThat(members(Groups.CAMUNDA_ADMIN)).doesNotContain("chen.yangang");
  }

  @Test
  void anAdministratorCannotBeDeactivatedLeftOutOrRenamedByTheOfficeOverEitherDoor() throws Exception {
    assertThat(http.delete("/api/registry/people/p-062", CLERK).getStatusCode().value()).isEqualTo(403);

    byte[] inactive = edit(export(), w -> cell(w.getSheet("人员"), "p-062", "在职").setCellValue("否"));
    byte[] renamed = edit(export(), w -> cell(w.getSheet("人员"), "p-062", "登录名").setCellValue("wang.celi2"));
    byte[] leftOut = edit(export(), w -> {
      Sheet people = w.getSheet("人员");
      people.removeRow(people.getRow(excelRow(people, "p-062") - 1));
    });
    for (byte[] workbook : List.of(inactive, renamed, leftOut)) {
      ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);
      assertThat(answer.getStatusCode().value()).isEqualTo(403);
      assertThat(body(answer).get("message").asText()).contains(RegistryAccess.ADMINISTRATORS_ONLY);
      assertThat(body(answer).get("fieldErrors").toString()).contains("王测丽");
    }
    assertNothingChanged();
  }

  @Test
  void theOfficeCannotMakeOthersEditorsOverRestOrExcel() throws Exception {
    ResponseEntity<String> rest = http.put("/api/registry/departments/safety-office/members", CLERK,
        List.of("p-062", "p-063", "p-084"));
    assertThat(rest.getStatusCode().value()).isEqualTo(403);
    assertThat(body(rest).get("message").asText()).isEqualTo(RegistryAccess.OFFICE_MEMBERS_ONLY);

    byte[] member = edit(export(), w -> {
      Sheet members = w.getSheet("部门成员");
      Row row = members.createRow(members.getLastRowNum() + 1);
      row.createCell(0).setCellValue("safety-office");
      row.createCell(1).setCellValue("p-084");
    });
    byte[] head = edit(export(), w -> cell(w.getSheet("部门"), "safety-office", "负责人人员编码").setCellValue("p-084"));
    for (byte[] workbook : List.of(member, head)) {
      ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);
      assertThat(answer.getStatusCode().value()).isEqualTo(403);
      assertThat(body(answer).get("message").asText()).contains(RegistryAccess.OFFICE_MEMBERS_ONLY);
      assertThat(body(answer).get("fieldErrors").toString()).contains("陈演刚");
    }
    assertNothingChanged();
    assertThat(members(GridGroups.SAFETY_OFFICE)).doesNotContain("chen.yangang");
  }

  @Test
  void theOfficeStillKeepsTheRestOfTheRegistryOverBothDoors() throws Exception {
    byte[] workbook = edit(export(), w -> cell(w.getSheet("人员"), "p-084", "职务").setCellValue("大庄村村民代表（网格员）"));
    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(backup.stored().person("p-084").orElseThrow().title()).isEqualTo("大庄村村民代表（网格员）");
  }

  @Test
  void anAdministratorHandsOutTheFlagOverExcel() throws Exception {
    byte[] workbook = edit(export(), w -> cell(w.getSheet("人员"), "p-084", "系统管理员").setCellValue("是"));
    ResponseEntity<String> answer = http.postFile(IMPORT, ADMIN, "file", "台账.xlsx", workbook);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(members(Groups.CAMUNDA_ADMIN)).contains("chen.yangang");
  }

  /**
   * The catalogue's sheets (issue 10): whom the catalogue API refuses a new category, the workbook
   * refuses it too, and whom it lets, the workbook lets — the one rule {@link RegistryAccess#canEdit}.
   * Over HTTP, who may not edit is refused at the import's door; the import itself (as another
   * door would call it) refuses him the catalogue row at its cell with the API's message.
   */
  @ParameterizedTest
  @ValueSource(strings = {"chen.yanhai", "wang.celi", "zheng.cehong", "gao.shihua"})
  void theCatalogueSheetsAreRefusedExactlyToWhomTheCatalogueApiRefusesThem(String login) throws Exception {
    String who = Http.basic(login, "demo");
    String overRest = "test-rights-rest-" + login.replace('.', '-') + "-" + System.nanoTime() % 100_000;
    ResponseEntity<String> rest = http.post("/api/catalogue/categories", who, Map.of("code", overRest,
        "name", "权限测试", "group", "其他", "routeToCatchAll", true));

    String overExcel = overRest.replace("-rest-", "-excel-");
    int[] row = new int[1];
    byte[] workbook = edit(export(), w -> {
      Sheet categories = w.getSheet("隐患类别");
      Row added = categories.createRow(categories.getLastRowNum() + 1);
      List<String> headers = new java.util.ArrayList<>();
      categories.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      added.createCell(headers.indexOf("类别编码")).setCellValue(overExcel);
      added.createCell(headers.indexOf("名称")).setCellValue("权限测试");
      added.createCell(headers.indexOf("分组")).setCellValue("其他");
      added.createCell(headers.indexOf("兜底分办")).setCellValue("是");
      row[0] = added.getRowNum() + 1;
    });
    ResponseEntity<String> excel = http.postFile(IMPORT, who, "file", "台账.xlsx", workbook);

    boolean apiLets = rest.getStatusCode().value() == 201;
    assertThat(rest.getStatusCode().value()).as(rest.getBody()).isIn(201, 403);
    assertThat(excel.getStatusCode().value()).as(excel.getBody()).isEqualTo(apiLets ? 200 : 403);
    assertThat(http.get("/api/catalogue/categories/" + overExcel, ADMIN).getStatusCode().value())
        .isEqualTo(apiLets ? 200 : 404);
    if (!apiLets) {
      assertNothingChanged();
      String apiSays = body(rest).get("message").asText();
      List<String> groups = identityService.createGroupQuery().groupMember(login).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      CurrentUser user = CurrentUser.of(login, groups);
      assertThatThrownBy(() -> imports.importWorkbook(new ByteArrayInputStream(workbook), user))
          .isInstanceOfSatisfying(RegistryRefusedException.class, refused -> {
            assertThat(refused.status().value()).isEqualTo(403);
            assertThat(refused.fieldErrors()).contains(
                new cn.safegrid.system.ApiError.FieldError("隐患类别!第" + row[0] + "行!类别编码", apiSays));
          });
      assertThat(http.get("/api/catalogue/categories/" + overExcel, ADMIN).getStatusCode().value()).isEqualTo(404);
    }
  }

  @Test
  void aRegistryChangeTheOfficeMayNotMakeKeepsTheCatalogueRowsOfTheSameWorkbookOut() throws Exception {
    String code = "test-rights-both-" + System.nanoTime() % 100_000;
    byte[] workbook = edit(export(), w -> {
      cell(w.getSheet("人员"), "p-084", "系统管理员").setCellValue("是");
      Sheet categories = w.getSheet("隐患类别");
      Row added = categories.createRow(categories.getLastRowNum() + 1);
      added.createCell(0).setCellValue(code);
      added.createCell(1).setCellValue("权限测试");
      added.createCell(3).setCellValue("其他");
      added.createCell(6).setCellValue("是");
    });
    ResponseEntity<String> answer = http.postFile(IMPORT, CLERK, "file", "台账.xlsx", workbook);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
    assertThat(http.get("/api/catalogue/categories/" + code, ADMIN).getStatusCode().value()).isEqualTo(404);
    assertNothingChanged();
  }

  private void assertNothingChanged() {
    backup.assertUnchanged();
    assertThat(members(Groups.CAMUNDA_ADMIN)).isEqualTo(administrators);
    assertThat(members(GridGroups.SAFETY_OFFICE)).isEqualTo(office);
  }

  private Set<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId)
        .collect(Collectors.toSet());
  }

  private byte[] export() {
    return http.getBytes(EXPORT, CLERK).getBody();
  }

  private JsonNode body(ResponseEntity<String> response) throws IOException {
    return json.readTree(response.getBody());
  }

  static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
