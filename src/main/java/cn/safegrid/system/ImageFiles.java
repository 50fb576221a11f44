package cn.safegrid.system;

import java.util.Optional;

/**
 * Recognises the image formats SafeGrid accepts (JPEG, PNG, WebP) by their first bytes — never by
 * the name or the declared type, which a client may set to anything.
 */
public final class ImageFiles {

  private ImageFiles() {}

  /** The content type of an accepted image, or empty when the bytes are no such image. */
  public static Optional<String> contentTypeOf(byte[] bytes) {
    if (bytes == null || bytes.length < 12) {
      return Optional.empty();
    }
    if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if ((bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return Optional.of("image/png");
    }
    if (bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
        && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  /**
   * Checks an upload: present, at most {@code maxBytes}, and an accepted image. Returns its content
   * type; refuses with 400, 413 or 415 and a message the uploader can act on.
   */
  public static String requireImage(byte[] bytes, long maxBytes) {
    if (bytes == null || bytes.length == 0) {
      throw ApiException.invalidField("file", "请选择要上传的照片");
    }
    if (bytes.length > maxBytes) {
      throw ApiException.tooLarge("照片不能超过 " + (maxBytes / (1024 * 1024)) + " MB，请压缩后再上传");
    }
    return contentTypeOf(bytes).orElseThrow(() ->
        ApiException.unsupportedMediaType("只能上传 JPG、PNG 或 WebP 格式的照片"));
  }
}
