package cn.safegrid.summary;

import cn.safegrid.system.ApiException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days the dashboard looks at: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}), a year
 * ({@code 2026}) or a custom range of town days ({@code from}/{@code to}, inclusive, at most a
 * year). Days are Asia/Shanghai days (the town's zone): the period starts at 00:00 of {@code from}
 * and ends at 24:00 of {@code to}, town time.
 */
public record DashboardPeriod(Kind kind, LocalDate from, LocalDate to, String code, String label) {

  /** The longest custom period, in days (a leap year). */
  public static final int MAX_DAYS = 366;

  public enum Kind {
    MONTH("月"), QUARTER("季度"), YEAR("年"), CUSTOM("自定义");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /**
   * The period the request names: {@code from} and {@code to} together (custom), else
   * {@code period}, else the current month of {@code today}. Anything else is a 400 in words the
   * user can act on.
   */
  public static DashboardPeriod of(String period, String from, String to, LocalDate today) {
    boolean custom = notBlank(from) || notBlank(to);
    if (custom) {
      if (notBlank(period)) {
        throw ApiException.invalidField("period", "请只选一种时段：按月、季度、年（period），或自定义起止日期（from、to），不要同时使用。");
      }
      return custom(day(from, "from", "开始日期"), day(to, "to", "结束日期"));
    }
    if (!notBlank(period)) {
      return month(YearMonth.from(today));
    }
    String text = period.trim();
    Matcher matcher = MONTH.matcher(text);
    if (matcher.matches()) {
      int month = Integer.parseInt(matcher.group(2));
      if (month < 1 || month > 12) {
        throw invalidPeriod(text);
      }
      return month(YearMonth.of(year(matcher.group(1), text), month));
    }
    matcher = QUARTER.matcher(text);
    if (matcher.matches()) {
      int year = year(matcher.group(1), text);
      int quarter = Integer.parseInt(matcher.group(2));
      LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
      return new DashboardPeriod(Kind.QUARTER, start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter,
          year + "年第" + quarter + "季度");
    }
    matcher = YEAR.matcher(text);
    if (matcher.matches()) {
      int year = year(matcher.group(1), text);
      return new DashboardPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year),
          year + "年");
    }
    throw invalidPeriod(text);
  }

  public static DashboardPeriod month(YearMonth month) {
    return new DashboardPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), month.toString(),
        month.getYear() + "年" + month.getMonthValue() + "月");
  }

  public static DashboardPeriod custom(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiException.invalidField("to", "结束日期（" + to + "）早于开始日期（" + from + "），请重新选择。");
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_DAYS) {
      throw ApiException.invalidField("to", "自定义时段最长一年（" + MAX_DAYS + " 天），所选 " + from + " 至 " + to + " 共 "
          + days + " 天；更长的时段请分年查看，或查看年度隐患统计。");
    }
    return new DashboardPeriod(Kind.CUSTOM, from, to, from + "/" + to, words(from) + "至" + words(to));
  }

  /** 00:00 of the first day, town time. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** 24:00 of the last day, town time (exclusive). */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The number of days. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** A part of the period: a week or a month, cut to the period's own first and last day. */
  public record Bucket(String code, String label, LocalDate from, LocalDate to) {}

  /** The ISO weeks (Monday to Sunday) the period touches, each cut to the period. */
  public List<Bucket> weeks() {
    List<Bucket> weeks = new ArrayList<>();
    for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
        monday = monday.plusWeeks(1)) {
      LocalDate start = monday.isBefore(from) ? from : monday;
      LocalDate end = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
      int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      String code = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", week);
      weeks.add(new Bucket(code, "第" + week + "周（" + start.getMonthValue() + "." + start.getDayOfMonth() + "—"
          + end.getMonthValue() + "." + end.getDayOfMonth() + "）", start, end));
    }
    return weeks;
  }

  /** The calendar months the period touches, each cut to the period. */
  public List<Bucket> months() {
    List<Bucket> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
      LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
      LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
      boolean whole = start.equals(month.atDay(1)) && end.equals(month.atEndOfMonth());
      months.add(new Bucket(month.toString(), month.getYear() + "年" + month.getMonthValue() + "月"
          + (whole ? "" : "（" + start.getDayOfMonth() + "日—" + end.getDayOfMonth() + "日）"), start, end));
    }
    return months;
  }

  private static String words(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  private static int year(String digits, String text) {
    int year = Integer.parseInt(digits);
    if (year < 2000 || year > 2100) {
      throw ApiException.invalidField("period", "时段“" + text + "”的年份超出范围（2000—2100 年）。");
    }
    return year;
  }

  private static LocalDate day(String text, String field, String name) {
    if (!notBlank(text)) {
      throw ApiException.invalidField(field, "自定义时段请同时填写开始日期（from）和结束日期（to），格式如 2026-03-01。");
    }
    try {
      LocalDate day = LocalDate.parse(text.trim());
      if (day.getYear() < 2000 || day.getYear() > 2100) {
        throw ApiException.invalidField(field, name + "“" + text.trim() + "”超出范围（2000—2100 年）。");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(field, name + "“" + shown(text.trim()) + "”不是有效的日期，格式应为 2026-03-01。");
    }
  }

  private static ApiException invalidPeriod(String text) {
    return ApiException.invalidField("period", "时段“" + shown(text) + "”无法识别：按月写 2026-03，按季度写 2026-Q1，按年写 2026；"
        + "自定义时段请用开始日期 from 和结束日期 to。");
  }

  /** A value as the message repeats it: at most 40 characters. */
  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
