package cn.safegrid.hazard;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Photo evidence of a hazard: as found (report) or as rectified. */
@Entity
@Table(name = "sg_hazard_photo")
public class HazardPhoto {

  /** When in the loop the photo was taken. */
  public enum Stage {
    REPORT("上报时"),
    RECTIFICATION("整改后"),
    VERIFICATION("复查时");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_photo")
  @SequenceGenerator(name = "hazard_photo", sequenceName = "sg_hazard_photo_seq", allocationSize = 50)
  private Long id;

  @Column(name = "hazard_id", nullable = false)
  private Long hazardId;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Stage stage;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected HazardPhoto() {}

  HazardPhoto(Long hazardId, Stage stage, String fileName, String contentType, byte[] data, String uploadedBy,
      Instant uploadedAt) {
    this.hazardId = hazardId;
    this.stage = stage;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = data.length;
    this.data = data;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public Long getHazardId() { return hazardId; }
  public Stage getStage() { return stage; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public int getSizeBytes() { return sizeBytes; }
  public byte[] getData() { return data; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
