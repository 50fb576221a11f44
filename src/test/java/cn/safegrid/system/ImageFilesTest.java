package cn.safegrid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Photos are recognised by their first bytes, whatever name or type the upload claims. */
class ImageFilesTest {

  @Test
  void recognisesJpegPngAndWebp() throws Exception {
    assertThat(ImageFiles.contentTypeOf(image("jpg"))).contains("image/jpeg");
    assertThat(ImageFiles.contentTypeOf(image("png"))).contains("image/png");
    byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ImageFiles.contentTypeOf(webp)).contains("image/webp");
  }

  @Test
  void refusesEverythingElse() throws Exception {
    assertThat(ImageFiles.contentTypeOf(image("gif"))).isEmpty();
    assertThat(ImageFiles.contentTypeOf("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ImageFiles.contentTypeOf("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(ImageFiles.contentTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(ImageFiles.contentTypeOf(new byte[0])).isEmpty();
  }

  private static byte[] image(String format) throws Exception {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }
}
