package cn.safegrid.summary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger page behind each number: the ledger lists ({@code /ledger/hazards.html},
 * {@code /ledger/inspections.html}) with the period, the row's value and the measure as their own
 * filter parameters — the same filter model the ledger's API answers, so the list shows exactly
 * the counted records to the same officer.
 */
final class DashboardLinks {

  static final String HAZARDS = "/ledger/hazards.html";
  static final String ROUNDS = "/ledger/inspections.html";

  /** Each hazard measure and the ledger filter that lists it (reported: the period's list itself). */
  private static final Map<String, String[]> HAZARD_MEASURES = new LinkedHashMap<>();
  /** Each round measure and the inspection ledger's filter. */
  private static final Map<String, String[]> ROUND_MEASURES = new LinkedHashMap<>();

  static {
    HAZARD_MEASURES.put("reported", new String[0]);
    HAZARD_MEASURES.put("closed", new String[] {"open", "false"});
    HAZARD_MEASURES.put("open", new String[] {"open", "true"});
    HAZARD_MEASURES.put("overdue", new String[] {"overdue", "true"});
    HAZARD_MEASURES.put("escalated", new String[] {"escalated", "true"});
    HAZARD_MEASURES.put("closedOnTime", new String[] {"onTime", "true"});
    HAZARD_MEASURES.put("notOnTime", new String[] {"onTime", "false"});
    ROUND_MEASURES.put("rounds", new String[0]);
    ROUND_MEASURES.put("onTime", new String[] {"outcome", "ON_TIME"});
    ROUND_MEASURES.put("late", new String[] {"outcome", "LATE"});
    ROUND_MEASURES.put("missed", new String[] {"outcome", "MISSED"});
    ROUND_MEASURES.put("pending", new String[] {"outcome", "PENDING"});
  }

  private DashboardLinks() {}

  /** The hazards reported between {@code from} and {@code to}, narrowed by {@code filters} (name, value pairs). */
  static Map<String, String> hazards(LocalDate from, LocalDate to, String... filters) {
    return links(HAZARDS, HAZARD_MEASURES, "reportedFrom", "reportedTo", from, to, filters);
  }

  /** The rounds due between {@code from} and {@code to}, narrowed by {@code filters} (name, value pairs). */
  static Map<String, String> rounds(LocalDate from, LocalDate to, String... filters) {
    return links(ROUNDS, ROUND_MEASURES, "dueFrom", "dueTo", from, to, filters);
  }

  /** The hazards the backlog counts: open, overdue, major and open — whenever reported. */
  static Map<String, String> backlog(String area) {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("open", page(HAZARDS, "areaCode", area, "open", "true"));
    links.put("overdue", page(HAZARDS, "areaCode", area, "overdue", "true"));
    links.put("majorOpen", page(HAZARDS, "areaCode", area, "grade", "major", "open", "true"));
    return links;
  }

  /** Some of the links only (a trend point carries a few). */
  static Map<String, String> only(Map<String, String> links, String... keys) {
    Map<String, String> some = new LinkedHashMap<>();
    for (String key : keys) {
      some.put(key, links.get(key));
    }
    return some;
  }

  private static Map<String, String> links(String page, Map<String, String[]> measures, String fromName,
      String toName, LocalDate from, LocalDate to, String... filters) {
    Map<String, String> links = new LinkedHashMap<>();
    measures.forEach((measure, filter) -> {
      String[] all = new String[4 + filters.length + filter.length];
      all[0] = fromName;
      all[1] = from.toString();
      all[2] = toName;
      all[3] = to.toString();
      System.arraycopy(filters, 0, all, 4, filters.length);
      System.arraycopy(filter, 0, all, 4 + filters.length, filter.length);
      links.put(measure, page(page, all));
    });
    return links;
  }

  /** The page with these parameters (name, value pairs; a null or blank value is left out). */
  private static String page(String page, String... parameters) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(page);
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      if (parameters[i + 1] != null && !parameters[i + 1].isBlank()) {
        uri.queryParam(parameters[i], parameters[i + 1]);
      }
    }
    return uri.encode().build().toUriString();
  }
}
