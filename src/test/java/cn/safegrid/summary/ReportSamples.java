package cn.safegrid.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps downloaded workbooks under target/report-samples; docs/reports.md shows them printed. */
final class ReportSamples {

  private ReportSamples() {}

  static void keep(String name, byte[] bytes) throws IOException {
    Path dir = Path.of("target", "report-samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }
}
