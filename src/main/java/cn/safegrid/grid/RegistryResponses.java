package cn.safegrid.grid;

import cn.safegrid.grid.RegistryData.AssignmentRow;
import cn.safegrid.grid.RegistryData.GridRow;
import cn.safegrid.grid.RegistryData.PersonRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * What the registry API answers besides the registry's own rows: assignments with the names and
 * Chinese labels a screen shows, the current user's profile, photo metadata.
 */
final class RegistryResponses {

  private RegistryResponses() {}

  @Schema(name = "AssignmentView", description = "网格职务，带人员姓名、网格名称和中文职务名称")
  record AssignmentView(String gridCode, String gridName, String personCode, String personName, GridRole role,
      @Schema(example = "网格长") String roleLabel, String villageCode, String villageName, String duty) {

    static AssignmentView of(AssignmentRow a, RegistryIndex index) {
      return new AssignmentView(a.gridCode(), index.grid(a.gridCode()).map(GridRow::name).orElse(null),
          a.personCode(), index.person(a.personCode()).map(PersonRow::name).orElse(null),
          a.role(), a.role().label(), a.villageCode(),
          index.grid(a.villageCode()).map(GridRow::name).orElse(null), a.duty());
    }

    static List<AssignmentView> of(List<AssignmentRow> rows, RegistryIndex index) {
      return rows.stream().map(a -> of(a, index)).toList();
    }
  }

  @Schema(name = "DepartmentRef", description = "部门：编码、名称，以及本人是否为负责人")
  record DepartmentRef(String code, String name, boolean head) {}

  @Schema(name = "Me", description = "当前登录人：人员信息、职务、部门、Camunda 组、可见网格和是否可以修改台账")
  record Me(
      String userId,
      @Schema(description = "台账中的人员；系统管理员等不在台账中的账号为 null") PersonRow person,
      List<AssignmentView> assignments,
      List<DepartmentRef> departments,
      List<String> groups,
      List<String> visibleGrids,
      boolean canEdit,
      boolean readsEverything) {}

  @Schema(name = "PhotoInfo", description = "已保存的人员照片")
  record PhotoInfo(String personCode, String contentType, int size, Instant uploadedAt) {}
}
