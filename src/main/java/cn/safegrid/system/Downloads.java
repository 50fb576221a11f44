package cn.safegrid.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the API hands out for download. */
public final class Downloads {

  private Downloads() {}

  /** {@code attachment; filename="ascii.xlsx"; filename*=UTF-8''%E7%BD%91…} (RFC 6266, RFC 5987). */
  public static String attachment(String asciiFallback, String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * A ledger's Excel export as a download: named in Chinese (with an ASCII fallback), never cached
   * (ledgers hold names and phone numbers).
   */
  public static ResponseEntity<byte[]> excel(String asciiFallback, String name, byte[] bytes) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(asciiFallback, name))
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
        .body(bytes);
  }
}
