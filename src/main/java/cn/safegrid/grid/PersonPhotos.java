package cn.safegrid.grid;

import cn.safegrid.grid.RegistryResponses.PhotoInfo;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.TownClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of people for the publicity board (regulation 四（二）: names, photos, phones). Only JPEG,
 * PNG and WebP, recognised by their first bytes whatever the upload declares, and at most 2 MB.
 * Photos are not part of {@link RegistryData}: they are stored beside the person, not edited with
 * the registry.
 */
@Service
class PersonPhotos {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

  private final PersonRepository people;
  private final PersonPhotoRepository photos;
  private final TownClock clock;

  PersonPhotos(PersonRepository people, PersonPhotoRepository photos, TownClock clock) {
    this.people = people;
    this.photos = photos;
    this.clock = clock;
  }

  @Transactional
  PhotoInfo store(String personCode, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "请选择要上传的照片。");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiException.tooLarge("照片不能超过 2 MB（当前约 " + (file.getSize() * 10 / (1024 * 1024)) / 10.0
          + " MB），请压缩后再上传。");
    }
    byte[] data = bytes(file);
    String contentType = imageType(data).orElseThrow(() -> ApiException.unsupportedMediaType(
        "只能上传 JPEG、PNG 或 WebP 格式的照片，“" + file.getOriginalFilename() + "”不是这几种图片。"));
    Person person = person(personCode);
    PersonPhoto photo = photos.save(new PersonPhoto(person.getId(), contentType, data, clock.now()));
    return new PhotoInfo(personCode, photo.getContentType(), data.length, photo.getUploadedAt());
  }

  @Transactional(readOnly = true)
  Optional<PersonPhoto> find(String personCode) {
    return people.findByCode(personCode).flatMap(p -> photos.findById(p.getId()));
  }

  /** Removes the person's photo; false when he had none. */
  @Transactional
  boolean delete(String personCode) {
    Person person = person(personCode);
    if (!photos.existsById(person.getId())) {
      return false;
    }
    photos.deleteById(person.getId());
    return true;
  }

  /** The image type the bytes are, by their signature: image/jpeg, image/png or image/webp. */
  static Optional<String> imageType(byte[] data) {
    if (startsWith(data, 0, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(data, 0, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP)) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private Person person(String code) {
    return people.findByCode(code).orElseThrow(() -> Rows.notFound("人员", code));
  }

  private static boolean startsWith(byte[] data, int offset, byte[] signature) {
    return data.length >= offset + signature.length
        && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("upload unreadable", e);
    }
  }
}
