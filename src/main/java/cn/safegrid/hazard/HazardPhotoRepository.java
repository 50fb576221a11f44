package cn.safegrid.hazard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HazardPhotoRepository extends JpaRepository<HazardPhoto, Long> {

  /** Photo facts without their bytes. */
  interface PhotoInfo {
    Long getId();
    HazardPhoto.Stage getStage();
    String getFileName();
    String getContentType();
    int getSizeBytes();
    String getUploadedBy();
    java.time.Instant getUploadedAt();
  }

  @Query("select p.id as id, p.stage as stage, p.fileName as fileName, p.contentType as contentType,"
      + " p.sizeBytes as sizeBytes, p.uploadedBy as uploadedBy, p.uploadedAt as uploadedAt"
      + " from HazardPhoto p where p.hazardId = ?1 order by p.uploadedAt, p.id")
  List<PhotoInfo> findInfoByHazardId(Long hazardId);
}
