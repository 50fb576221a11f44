package cn.safegrid.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production ({@code postgres}) profile without a real administrator
 * password. Runs before any bean exists, so the engine never creates an admin with a weak password.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

  static final String PASSWORD_VARIABLE = "SAFEGRID_ADMIN_PASSWORD";
  static final int MIN_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    String password = environment.getProperty(PASSWORD_VARIABLE);
    String demoPassword = environment.getProperty("safegrid.demo.password", "demo");
    String problem = problemWith(password, demoPassword);
    if (problem != null) {
      throw new IllegalStateException(
          "SafeGrid 拒绝启动：" + problem + " (SafeGrid refuses to start: set " + PASSWORD_VARIABLE
              + " to a password of at least " + MIN_LENGTH + " characters that is not the demo password.)");
    }
  }

  /** Returns what is wrong with the password in Chinese, or null when it is acceptable. */
  static String problemWith(String password, String demoPassword) {
    if (password == null || password.isBlank()) {
      return "未设置环境变量 " + PASSWORD_VARIABLE + "（管理员密码）";
    }
    if (password.equals(demoPassword) || password.equalsIgnoreCase("demo") || password.equalsIgnoreCase("admin")) {
      return "管理员密码不能使用演示密码";
    }
    if (password.length() < MIN_LENGTH) {
      return "管理员密码至少需要 " + MIN_LENGTH + " 个字符";
    }
    return null;
  }
}
