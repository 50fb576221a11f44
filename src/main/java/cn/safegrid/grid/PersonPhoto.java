package cn.safegrid.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The photo of a person for the publicity board (regulation 四（二）). Kept apart so lists stay light. */
@Entity
@Table(name = "sg_person_photo")
public class PersonPhoto {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] data;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected PersonPhoto() {}

  public PersonPhoto(Long personId, String contentType, byte[] data, Instant uploadedAt) {
    this.personId = personId;
    this.contentType = contentType;
    this.data = data;
    this.uploadedAt = uploadedAt;
  }

  public Long getPersonId() { return personId; }
  public String getContentType() { return contentType; }
  public byte[] getData() { return data; }
  public Instant getUploadedAt() { return uploadedAt; }
}
