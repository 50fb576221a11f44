package cn.safegrid.summary;

import cn.safegrid.system.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in town days: a month (the monthly summary), a quarter or a year (the hazard
 * statistics), from its first day 00:00 to the first day of the next period 00:00, town time. A
 * hazard reported on 31 March at 23:30 Beijing time (15:30 UTC) belongs to March and to the first
 * quarter; at 00:10 on 1 April to April and the second quarter.
 */
public record ReportPeriod(PeriodKind kind, LocalDate start) {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

  public ReportPeriod {
    start = switch (kind) {
      case MONTH -> start.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(start.getYear(), (start.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(start.getYear(), 1, 1);
    };
  }

  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(PeriodKind.MONTH, month.atDay(1));
  }

  public static ReportPeriod quarter(int year, int quarter) {
    return new ReportPeriod(PeriodKind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  public static ReportPeriod year(int year) {
    return new ReportPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
  }

  /** The period of this kind that holds the day. */
  public static ReportPeriod of(PeriodKind kind, LocalDate day) {
    return new ReportPeriod(kind, day);
  }

  /** The first day after the period. */
  public LocalDate end() {
    return switch (kind) {
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  public ReportPeriod previous() {
    return new ReportPeriod(kind, switch (kind) {
      case MONTH -> start.minusMonths(1);
      case QUARTER -> start.minusMonths(3);
      case YEAR -> start.minusYears(1);
    });
  }

  public Instant from(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  public Instant to(ZoneId zone) {
    return end().atStartOfDay(zone).toInstant();
  }

  public int quarterNo() {
    return (start.getMonthValue() - 1) / 3 + 1;
  }

  /** 2026-03, 2026-Q1, 2026: in business keys, file names and the API. */
  public String code() {
    return switch (kind) {
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + quarterNo();
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  /** 2026年3月, 2026年第一季度, 2026年度. */
  public String label() {
    return switch (kind) {
      case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
      case QUARTER -> start.getYear() + "年第" + QUARTER_NAMES[quarterNo() - 1] + "季度";
      case YEAR -> start.getYear() + "年度";
    };
  }

  /** 2026年3月1日至3月31日. */
  public String span() {
    LocalDate last = end().minusDays(1);
    DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy年M月d日");
    DateTimeFormatter day = DateTimeFormatter.ofPattern("M月d日");
    return full.format(start) + "至" + (last.getYear() == start.getYear() ? day : full).format(last);
  }

  /**
   * A period as the API's callers write it: {@code 2026-03} for a month, {@code 2026-Q1} for a
   * quarter, {@code 2026} for a year — the kinds in {@code allowed}. 400 with a Chinese message
   * otherwise.
   */
  public static ReportPeriod parse(String text, String field, PeriodKind... allowed) {
    String value = text == null ? "" : text.trim();
    for (PeriodKind kind : allowed) {
      Matcher m = switch (kind) {
        case MONTH -> MONTH.matcher(value);
        case QUARTER -> QUARTER.matcher(value);
        case YEAR -> YEAR.matcher(value);
      };
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2999) {
          break;
        }
        switch (kind) {
          case MONTH -> {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
              return month(YearMonth.of(year, month));
            }
          }
          case QUARTER -> {
            return quarter(year, Integer.parseInt(m.group(2)));
          }
          case YEAR -> {
            return year(year);
          }
        }
      }
    }
    StringBuilder forms = new StringBuilder();
    for (PeriodKind kind : allowed) {
      forms.append(forms.length() == 0 ? "" : "、").append(switch (kind) {
        case MONTH -> "月份如 2026-03";
        case QUARTER -> "季度如 2026-Q1";
        case YEAR -> "年度如 2026";
      });
    }
    throw ApiException.invalidField(field, "期间“" + value + "”无效：请写" + forms + "。");
  }
}
