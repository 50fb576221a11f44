package cn.safegrid.system;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A process variable that holds a value of another type than the process reads, e.g. a start
 * variable {@code grade} sent over the REST API as {@code {"value":5,"type":"Integer"}}. A bad
 * request (400 over the engine REST API, see {@link EngineRestConfig}), with a Chinese message.
 */
public class WrongVariableType extends BadUserRequestException {

  WrongVariableType(String name, Class<?> expected, Object actual) {
    super("变量“" + name + "”的类型不对：应为" + label(expected) + "，提交的是" + label(actual.getClass())
        + "。请按表单填写后重新提交。");
  }

  static String label(Class<?> type) {
    if (type == String.class) {
      return "文本（String）";
    }
    if (type == Long.class || type == Integer.class || type == Short.class) {
      return "整数（" + type.getSimpleName() + "）";
    }
    if (type == Double.class) {
      return "数字（Double）";
    }
    if (type == Boolean.class) {
      return "是/否（Boolean）";
    }
    if (Date.class.isAssignableFrom(type)) {
      return "日期（Date）";
    }
    if (List.class.isAssignableFrom(type)) {
      return "列表（Json）";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "对象（Json）";
    }
    return "其他类型";
  }
}
