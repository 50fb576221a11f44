package cn.safegrid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safegrid.SafeGridApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile does not start with a missing, short or demo administrator password. */
class AdminPasswordPolicyTest {

  @Test
  void refusesMissingShortAndDemoPasswords() {
    assertThat(AdminPasswordPolicy.problemWith(null, "demo")).contains("SAFEGRID_ADMIN_PASSWORD");
    assertThat(AdminPasswordPolicy.problemWith("  ", "demo")).contains("SAFEGRID_ADMIN_PASSWORD");
    assertThat(AdminPasswordPolicy.problemWith("demo", "demo")).contains("演示密码");
    assertThat(AdminPasswordPolicy.problemWith("short-pw", "demo")).contains("至少");
    assertThat(AdminPasswordPolicy.problemWith("a-long-and-real-secret", "demo")).isNull();
  }

  @Test
  void postgresProfileWithTheDemoPasswordDoesNotStart() {
    var app = new SpringApplicationBuilder(SafeGridApplication.class)
        .profiles("postgres")
        .properties("SAFEGRID_ADMIN_PASSWORD=demo", "SAFEGRID_DB_URL=jdbc:postgresql://localhost:1/none");
    assertThatThrownBy(app::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("拒绝启动")
        .hasMessageContaining("演示密码");
  }

  @Test
  void postgresProfileWithoutAPasswordDoesNotStart() {
    var app = new SpringApplicationBuilder(SafeGridApplication.class)
        .profiles("postgres")
        .properties("SAFEGRID_DB_URL=jdbc:postgresql://localhost:1/none");
    assertThatThrownBy(app::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SAFEGRID_ADMIN_PASSWORD");
  }
}
