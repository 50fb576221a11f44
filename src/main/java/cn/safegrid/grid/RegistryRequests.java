package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AreaRow;
import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.DepartmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.KeyPlaceRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.grid.RegistryData.TownRow;
import cn.safegrid.system.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bodies the registry API accepts. Bean Validation checks each body's shape (required fields,
 * lengths the database holds); {@link RegistryRules} then check the whole registry the edit would
 * leave behind (codes, phones, references, one leader per grid, …). The code of a row comes from
 * the body when it is created and from the path when it is changed.
 */
final class RegistryRequests {

  /** Validation group of a create request: the body must carry the new row's code. */
  interface Create {}

  private RegistryRequests() {}

  @Schema(name = "Town", description = "镇")
  record TownRequest(
      @Schema(description = "镇编码（小写字母、数字、连字符），新建时必填", example = "bieshan")
      @NotBlank(groups = Create.class, message = "请填写镇编码") @Size(max = 64, message = "镇编码不能超过 64 位") String code,
      @NotBlank(message = "请填写镇名称") @Size(max = 100, message = "镇名称不能超过 100 个字") String name,
      @NotBlank(message = "请填写所属区县") @Size(max = 100, message = "所属区县不能超过 100 个字") String district,
      @Schema(description = "隐患编号前缀，1–8 个大写字母", example = "BS")
      @NotBlank(message = "请填写隐患编号前缀") String hazardPrefix) {

    TownRow toRow(String code) {
      return new TownRow(code, trim(name), trim(district), trim(hazardPrefix));
    }
  }

  @Schema(name = "Area", description = "片（若干村组成，每片组成一个检查组）")
  record AreaRequest(
      @NotBlank(groups = Create.class, message = "请填写片编码") @Size(max = 64, message = "片编码不能超过 64 位") String code,
      @NotBlank(message = "请填写片名称") @Size(max = 100, message = "片名称不能超过 100 个字") String name,
      @NotBlank(message = "请选择所属镇") String townCode,
      @Schema(description = "片长（须为二级网格长）的人员编码") String leaderCode,
      @Schema(description = "副片长（须为二级副网格长）的人员编码") String deputyCode) {

    AreaRow toRow(String code) {
      return new AreaRow(code, trim(name), trim(townCode), trim(leaderCode), trim(deputyCode));
    }
  }

  @Schema(name = "Department", description = "部门（行业监管部门、站所、办公室）")
  record DepartmentRequest(
      @NotBlank(groups = Create.class, message = "请填写部门编码") @Size(max = 64, message = "部门编码不能超过 64 位") String code,
      @NotBlank(message = "请填写部门名称") @Size(max = 100, message = "部门名称不能超过 100 个字") String name,
      @NotBlank(message = "请选择所属镇") String townCode,
      @Schema(description = "部门负责人（须为二级副网格长）的人员编码") String headCode,
      @Schema(description = "分管领导（须为二级网格长）的人员编码") String supervisorCode,
      @Schema(description = "负责的行业领域（说明文字）")
      @Size(max = 1000, message = "行业领域说明不能超过 1000 个字") String categories) {

    DepartmentRow toRow(String code) {
      return new DepartmentRow(code, trim(name), trim(townCode), trim(headCode), trim(supervisorCode), trim(categories));
    }
  }

  @Schema(name = "Grid", description = "网格：镇、村、企事业单位或其基础网格")
  record GridRequest(
      @Schema(example = "village-xiaogang")
      @NotBlank(groups = Create.class, message = "请填写网格编码") @Size(max = 64, message = "网格编码不能超过 64 位") String code,
      @NotBlank(message = "请填写网格名称") @Size(max = 100, message = "网格名称不能超过 100 个字") String name,
      @NotNull(message = "请选择网格类型") GridKind kind,
      @NotBlank(message = "请选择所属镇") String townCode,
      @Schema(description = "上级网格编码：村和单位填镇级网格，基础网格填所属单位") String parentCode,
      @Schema(description = "所属片编码，只有村级网格填写") String areaCode,
      @Schema(description = "行业监管部门编码，只有企事业单位网格填写") String supervisingDepartmentCode,
      @Size(max = 200, message = "地址不能超过 200 个字") String address,
      @Schema(description = "每周排查次数；不填表示按规定的最低频次（村每周 1 次，企事业单位每周 2 次，规则表 inspection-frequency）；"
          + "填写时可以多于、不能少于规定次数，镇级网格和基础网格不填")
      @Min(value = 1, message = "每周排查次数至少为 1") @Max(value = 14, message = "每周排查次数不能超过 14") Integer inspectionsPerWeek,
      @Schema(description = "隐患默认类别编码（隐患类别目录中的编码）：在本单位排查发现、排查表未指定类别的隐患取此类别，"
          + "一般为行业监管部门分管的类别，如汽修厂填 auto-repair、敬老院填 elderly-care；不填则按排查项目的默认类别")
      @Size(max = 64, message = "隐患默认类别编码不能超过 64 位") String hazardCategory) {

    GridRow toRow(String code) {
      return new GridRow(code, trim(name), kind, trim(townCode), trim(parentCode), trim(areaCode),
          trim(supervisingDepartmentCode), trim(address), inspectionsPerWeek, trim(hazardCategory));
    }
  }

  @Schema(name = "Person", description = "人员（网格长、网格员、部门负责人等）")
  record PersonRequest(
      @Schema(example = "p-067")
      @NotBlank(groups = Create.class, message = "请填写人员编码") @Size(max = 64, message = "人员编码不能超过 64 位") String code,
      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字") String name,
      @Schema(description = "手机号（11 位）或带区号的固话", example = "13900000067")
      @NotBlank(message = "请填写电话") @Size(max = 20, message = "电话不能超过 20 位") String phone,
      @Schema(description = "职务，印在公示牌上", example = "小岗村村民代表")
      @Size(max = 100, message = "职务不能超过 100 个字") String title,
      @Schema(description = "登录名（Camunda 用户）；不填则不能登录", example = "dong.liyong")
      @Size(max = 64, message = "登录名不能超过 64 位") String loginId,
      @Schema(description = "是否在职；修改时不填则保持不变") Boolean active,
      @Schema(description = "是否系统管理员（只有系统管理员可以修改）；修改时不填则保持不变") Boolean administrator,
      @Schema(description = "是否规则管理员：可以修改、部署、回滚规则表（只有系统管理员可以修改）；修改时不填则保持不变")
      Boolean ruleAdministrator) {

    /** The row to save; {@code active} and the two administrator flags left out keep {@code current}'s values. */
    PersonRow toRow(String code, PersonRow current) {
      Boolean isActive = active != null ? active : current == null ? Boolean.TRUE : current.isActive();
      Boolean isAdministrator = administrator != null ? administrator : current != null && current.isAdministrator();
      Boolean isRuleAdministrator = ruleAdministrator != null ? ruleAdministrator
          : current != null && current.isRuleAdministrator();
      return new PersonRow(code, trim(name), trim(phone), trim(title), trim(loginId), isActive, isAdministrator,
          isRuleAdministrator);
    }
  }

  @Schema(name = "Assignment", description = "网格职务：某人在某网格担任的职务")
  record AssignmentRequest(
      @Schema(description = "网格编码；可不填，填写时须与地址中的网格一致") String gridCode,
      @NotBlank(message = "请选择人员（personCode）") String personCode,
      @NotNull(message = "请选择职务（role）") GridRole role,
      @Schema(description = "包村干部联系的村（村级网格编码），只有包村干部填写") String villageCode,
      @Size(max = 200, message = "职责说明不能超过 200 个字") String duty) {

    AssignmentRow toRow(String grid) {
      if (gridCode != null && !gridCode.isBlank() && !gridCode.trim().equals(grid)) {
        throw ApiException.invalidField("gridCode", "职务中的网格“" + gridCode + "”与地址中的网格“" + grid + "”不一致。");
      }
      return new AssignmentRow(grid, trim(personCode), role, trim(villageCode), trim(duty));
    }
  }

  @Schema(name = "KeyPlace", description = "重点部位或危险源：列入所属网格的《重点隐患排查表》")
  record KeyPlaceRequest(
      @Schema(description = "重点部位编码：网格编码加部位，如 village-xiaogang-granary", example = "village-xiaogang-granary")
      @NotBlank(message = "请填写重点部位编码（code）") @Size(max = 64, message = "重点部位编码不能超过 64 位") String code,
      @Schema(description = "所属网格编码；可不填，填写时须与地址中的网格一致") String gridCode,
      @Schema(example = "村粮库")
      @NotBlank(message = "请填写重点部位名称（name）") @Size(max = 100, message = "重点部位名称不能超过 100 个字") String name,
      @Schema(description = "是否危险源（危化品、燃气、氧气瓶、喷漆房等）；不填 = 否") Boolean hazardSource,
      @Size(max = 500, message = "说明不能超过 500 个字") String description,
      @Schema(description = "隐患默认类别编码：在此部位发现的隐患默认取此类别，如沼气池填 biogas；不填则按所属网格")
      @Size(max = 64, message = "隐患默认类别编码不能超过 64 位") String hazardCategory) {

    KeyPlaceRow toRow(String grid) {
      if (gridCode != null && !gridCode.isBlank() && !gridCode.trim().equals(grid)) {
        throw ApiException.invalidField("gridCode", "重点部位中的网格“" + gridCode + "”与地址中的网格“" + grid + "”不一致。");
      }
      return new KeyPlaceRow(trim(code), grid, trim(name), hazardSource, trim(description), trim(hazardCategory));
    }
  }

  /** The code a change applies to: the path's; a body that names another code is refused. */
  static String sameCode(String path, String body) {
    if (body != null && !body.isBlank() && !body.trim().equals(path)) {
      throw ApiException.invalidField("code", "请求体中的编码“" + body + "”与地址中的编码“" + path
          + "”不一致；编码创建后不能修改。");
    }
    return path;
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
