package cn.safegrid.system;

/**
 * What an officer reads when he opens Cockpit or Admin without the right to use it: which app it
 * is, who uses it, and where his own work is (Tasklist, the ledgers). Plain HTML without script,
 * styled inline, so that it shows under any content policy.
 */
final class WebappRefusal {

  private WebappRefusal() {}

  /** The sentence for the app's login page (Camunda shows it after 「登录失败」). */
  static String message(String app) {
    return "cockpit".equals(app)
        ? "您没有使用驾驶舱的权限。驾驶舱供镇领导、片长、部门负责人和网格长查看、督促隐患整改；办理您的待办请使用任务列表（/camunda/app/tasklist/）。"
        : "您没有使用系统管理的权限。系统管理只供系统管理员使用；办理您的待办请使用任务列表（/camunda/app/tasklist/）。";
  }

  static String page(String app) {
    boolean cockpit = "cockpit".equals(app);
    String name = cockpit ? "驾驶舱" : "系统管理";
    String who = cockpit
        ? "驾驶舱供镇领导、片长、部门负责人、网格长以及领导小组办公室、纪委查看各自负责范围内的隐患整改和隐患排查，督促按期办结。"
        : "系统管理只供系统管理员使用（用户、用户组和权限）。人员、网格和职务请在网格台账中维护。";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>没有%1$s的使用权限 - 安全生产网格化管理</title>
        </head>
        <body style="margin:0;background:#f4f4f4;font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#333">
        <main style="max-width:640px;margin:80px auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:32px 36px">
        <h1 style="font-size:22px;margin:0 0 16px">您没有%1$s的使用权限</h1>
        <p style="line-height:1.8">%2$s</p>
        <p style="line-height:1.8">您的待办事项（受理、整改、复查隐患，隐患排查等）请在<strong>任务列表</strong>中办理；您负责范围内的隐患和排查记录可在台账中查看。</p>
        <p style="margin:28px 0 8px">
        <a href="/camunda/app/tasklist/" style="display:inline-block;background:#1a5aa6;color:#fff;text-decoration:none;padding:8px 18px;border-radius:4px">打开任务列表</a>
        <a href="/ledger/hazards.html" style="display:inline-block;margin-left:12px;color:#1a5aa6">隐患台账</a>
        <a href="/ledger/inspections.html" style="display:inline-block;margin-left:12px;color:#1a5aa6">排查台账</a>
        </p>
        <p style="color:#777;font-size:13px;line-height:1.7;margin-top:24px">如果您应当有%1$s的权限，请联系领导小组办公室在网格台账中核对您的职务；如需换用其他账号，请先在任务列表中退出登录。</p>
        </main>
        </body>
        </html>
        """.formatted(name, who);
  }
}
