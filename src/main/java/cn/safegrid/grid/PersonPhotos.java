package cn.safegrid.grid;

import cn.safegrid.grid.RegistryResponses.PhotoInfo;
import cn.safegrid.system.ApiException;
import cn.safegrid.system.ImageFiles;
import cn.safegrid.system.TownClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of people for the publicity board (regulation 四（二）: names, photos, phones). Only JPEG,
 * PNG and WebP ({@link ImageFiles}), at most 2 MB.
 * Photos are not part of {@link RegistryData}: they are stored beside the person, not edited with
 * the registry.
 */
@Service
class PersonPhotos {

  static final int MAX_BYTES = 2 * 1024 * 1024;

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
      throw ApiException.tooLarge("照片不能超过 2 MB，请压缩后再上传。");
    }
    byte[] data = bytes(file);
    String contentType = ImageFiles.requireImage(data, MAX_BYTES);
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

  private Person person(String code) {
    return people.findByCode(code).orElseThrow(() -> Rows.notFound("人员", code));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("upload unreadable", e);
    }
  }
}
