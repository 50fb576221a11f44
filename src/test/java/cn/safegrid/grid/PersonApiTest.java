package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** People through the registry API: create, deactivate and restore logins, administrator rights, photos. */
@SafeGridTest
class PersonApiTest {

  static final String OFFICE = Http.basic("wang.celi", "demo");
  static final String PEOPLE = "/api/registry/people";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired PersonRepository people;
  @Autowired PersonPhotoRepository photos;

  Http http;
  RegistryBackup backup;

  @BeforeEach
  void remember() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
  }

  @AfterEach
  void putBack() {
    people.findByCode("p-064").ifPresent(p -> {
      if (photos.existsById(p.getId())) {
        photos.deleteById(p.getId());
      }
    });
    backup.restore();
  }

  @Test
  void deactivatingAPersonKeepsHimButRemovesHisLoginAndRestoringBringsItBack() throws Exception {
    var deactivated = http.delete(PEOPLE + "/p-084", OFFICE);
    assertThat(deactivated.getStatusCode().value()).isEqualTo(200);
    assertThat(body(deactivated).get("active").asBoolean()).isFalse();
    JsonNode kept = body(http.get(PEOPLE + "/p-084", OFFICE));
    assertThat(kept.get("name").asText()).isEqualTo("陈演刚");
    assertThat(kept.get("active").asBoolean()).isFalse();
    assertThat(identityService.createUserQuery().userId("chen.yangang").count()).isZero();
    assertThat(http.get("/api/registry/me", Http.basic("chen.yangang", "demo")).getStatusCode().value()).isEqualTo(401);

    Map<String, Object> restored = json.convertValue(kept, Map.class);
    restored.put("active", true);
    var reactivated = http.put(PEOPLE + "/p-084", OFFICE, restored);
    assertThat(reactivated.getStatusCode().value()).isEqualTo(200);
    assertThat(body(reactivated).get("active").asBoolean()).isTrue();
    assertThat(identityService.createUserQuery().userId("chen.yangang").count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupMember("chen.yangang").groupId("grid-village-dazhuang").count())
        .isEqualTo(1);
    assertThat(http.get("/api/registry/me", Http.basic("chen.yangang", "demo")).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aNewPersonWithALoginBecomesACamundaUser() throws Exception {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("code", "p-api-test");
    person.put("name", "测试员");
    person.put("phone", "13900009999");
    person.put("title", "测试");
    person.put("loginId", "api.tester");
    var created = http.post(PEOPLE, OFFICE, person);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(body(created).get("active").asBoolean()).isTrue();
    assertThat(identityService.createUserQuery().userId("api.tester").count()).isEqualTo(1);
    assertThat(http.post(PEOPLE, OFFICE, person).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void onlyAnAdministratorHandsOutAdministratorRights() throws Exception {
    String clerk = Http.basic("chen.yanhai", "demo");
    Map<String, Object> person = json.convertValue(body(http.get(PEOPLE + "/p-084", clerk)), Map.class);
    person.put("administrator", true);
    var refused = http.put(PEOPLE + "/p-084", clerk, person);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(body(refused).get("message").asText()).isEqualTo(PersonController.ADMINISTRATORS_ONLY);
    assertThat(http.delete(PEOPLE + "/p-062", clerk).getStatusCode().value()).isEqualTo(403);
    backup.assertUnchanged();

    person.put("administrator", false);
    person.put("title", "大庄村村民代表（网格员）");
    assertThat(http.put(PEOPLE + "/p-084", clerk, person).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aPhotoIsStoredAndShownToThoseWhoMayReadThePerson() throws Exception {
    byte[] png = tinyPng();
    var uploaded = upload("p-064", "gao.png", MediaType.IMAGE_PNG, png);
    assertThat(uploaded.getStatusCode().value()).isEqualTo(200);
    assertThat(body(uploaded).get("contentType").asText()).isEqualTo("image/png");

    ResponseEntity<byte[]> photo = http.getBytes(PEOPLE + "/p-064/photo", Http.basic("dong.liyong", "demo"));
    assertThat(photo.getStatusCode().value()).isEqualTo(200);
    assertThat(photo.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(photo.getBody()).isEqualTo(png);
    assertThat(http.getBytes(PEOPLE + "/p-064/photo", Http.basic("chen.yangang", "demo")).getStatusCode().value())
        .isEqualTo(404);
    assertThat(http.getBytes(PEOPLE + "/p-065/photo", OFFICE).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aTextFileIsNoPhotoWhateverItClaims() throws Exception {
    var refused = upload("p-064", "notes.png", MediaType.IMAGE_PNG, "这不是照片".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.getStatusCode().value()).isEqualTo(415);
    assertThat(body(refused).get("message").asText()).contains("PNG 或 WebP");
    assertThat(http.getBytes(PEOPLE + "/p-064/photo", OFFICE).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aPhotoOverTwoMegabytesIsTooLarge() throws Exception {
    byte[] png = tinyPng();
    byte[] large = Arrays.copyOf(png, PersonPhotos.MAX_BYTES + 1);
    var refused = upload("p-064", "large.png", MediaType.IMAGE_PNG, large);
    assertThat(refused.getStatusCode().value()).isEqualTo(413);
    assertThat(body(refused).get("message").asText()).contains("2 MB");
    assertThat(http.getBytes(PEOPLE + "/p-064/photo", OFFICE).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void onlyEditorsUploadPhotos() throws Exception {
    var refused = upload("p-067", "me.png", MediaType.IMAGE_PNG, tinyPng(), Http.basic("dong.liyong", "demo"));
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
  }

  // ----

  private ResponseEntity<String> upload(String person, String filename, MediaType type, byte[] bytes) {
    return upload(person, filename, type, bytes, OFFICE);
  }

  private ResponseEntity<String> upload(String person, String filename, MediaType type, byte[] bytes, String auth) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(type);
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return filename;
      }
    }, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange(HttpMethod.PUT, PEOPLE + "/" + person + "/photo", auth, new HttpEntity<>(parts, headers));
  }

  private static byte[] tinyPng() throws Exception {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xC0392B);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }
}
