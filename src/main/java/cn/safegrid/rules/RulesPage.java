package cn.safegrid.rules;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The rule management page at /rules/ (a static page; its data comes from /api/rules). */
@Controller
class RulesPage {

  @GetMapping({"/rules", "/rules/"})
  String page() {
    return "forward:/rules/index.html";
  }
}
