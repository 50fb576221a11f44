package cn.safegrid.hazard;

import cn.safegrid.system.ApiException;
import cn.safegrid.system.ImageFiles;
import cn.safegrid.system.TownClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photo evidence of hazards: checked, stored and entered in the audit trail. */
@Service
@Transactional
public class HazardPhotos {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_PER_HAZARD = 30;

  private final HazardPhotoRepository photos;
  private final HazardLedger ledger;
  private final TownClock clock;

  HazardPhotos(HazardPhotoRepository photos, HazardLedger ledger, TownClock clock) {
    this.photos = photos;
    this.ledger = ledger;
    this.clock = clock;
  }

  public HazardPhotoRepository.PhotoInfo add(Hazard hazard, HazardPhoto.Stage stage, String fileName, byte[] bytes,
      String uploader) {
    String contentType = ImageFiles.requireImage(bytes, MAX_BYTES);
    if (photos.findInfoByHazardId(hazard.getId()).size() >= MAX_PER_HAZARD) {
      throw ApiException.conflict("每个隐患最多保存 " + MAX_PER_HAZARD + " 张照片");
    }
    HazardPhoto photo = photos.save(new HazardPhoto(hazard.getId(), stage, cleanName(fileName), contentType, bytes,
        uploader, clock.now()));
    ledger.record(hazard, uploader, HazardAction.PHOTO_ADDED, hazard.getStatus(), hazard.getStatus(),
        stage.label() + "照片：" + (photo.getFileName() == null ? "照片" : photo.getFileName()));
    return photos.findInfoByHazardId(hazard.getId()).stream().filter(p -> p.getId().equals(photo.getId()))
        .findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<HazardPhotoRepository.PhotoInfo> of(Hazard hazard) {
    return photos.findInfoByHazardId(hazard.getId());
  }

  @Transactional(readOnly = true)
  public HazardPhoto get(Hazard hazard, Long photoId) {
    return photos.findById(photoId).filter(p -> p.getHazardId().equals(hazard.getId()))
        .orElseThrow(() -> ApiException.notFound("照片不存在"));
  }

  private static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    String name = fileName.replaceAll("[\\\\/]+", "/");
    name = name.substring(name.lastIndexOf('/') + 1).trim();
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
