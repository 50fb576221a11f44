package cn.safegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safegrid.grid.RegistryData.PersonRow;
import cn.safegrid.support.Http;
import cn.safegrid.support.SafeGridTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Bounded imports (issue 9): a workbook far larger than any town's registry is refused at once
 * with a message saying which sheet and what the limit is, and never holds the registry lock; an
 * edit arriving while the registry is locked waits for it instead of failing with 500.
 */
@SafeGridTest
class RegistryImportLimitsTest {

  static final String ADMIN = Http.basic("wang.celi", "demo");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired Registry registry;

  Http http;
  RegistryBackup backup;

  @BeforeEach
  void remember() {
    http = new Http(port);
    backup = RegistryBackup.take(context);
  }

  @AfterEach
  void putBack() {
    backup.restore();
  }

  @Test
  void aSixtyThousandRowWorkbookIsRefusedAtOnceWithAClearMessage() throws Exception {
    long building = System.nanoTime();
    byte[] workbook = withExtraPeople(http.getBytes("/api/registry/export.xlsx", ADMIN).getBody(), 60_000);
    System.out.printf("60,000-row workbook: %d bytes, built in %d ms%n", workbook.length,
        (System.nanoTime() - building) / 1_000_000);

    long start = System.nanoTime();
    ResponseEntity<String> answer = http.postFile("/api/registry/import", ADMIN, "file", "台账.xlsx", workbook);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("60,000-row import answered %d in %d ms%n", answer.getStatusCode().value(), millis);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("message").asText()).startsWith("“人员”表有 ").contains("超过每次最多 5000 行的上限")
        .contains("未导入任何数据");
    assertThat(body.get("fieldErrors").get(0).get("field").asText()).isEqualTo("人员");
    backup.assertUnchanged();
  }

  /** The exported workbook with {@code count} more people, streamed (SXSSF) onto the 人员 sheet. */
  static byte[] withExtraPeople(byte[] export, int count) throws java.io.IOException {
    try (XSSFWorkbook template = new XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
      int first = template.getSheet("人员").getLastRowNum() + 1;
      SXSSFWorkbook streaming = new SXSSFWorkbook(template, 500);
      try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
        Sheet people = streaming.getSheet("人员");
        for (int i = 0; i < count; i++) {
          Row row = people.createRow(first + i);
          row.createCell(0).setCellValue("x" + i);
          row.createCell(1).setCellValue("某" + i);
          row.createCell(2).setCellValue(13_000_000_000d + i);
        }
        streaming.write(out);
        return out.toByteArray();
      } finally {
        streaming.dispose();
      }
    }
  }

  @Test
  void anEditWhileTheRegistryIsLockedWaitsAndSucceeds() throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CompletableFuture<RegistryData> holder = CompletableFuture.supplyAsync(() -> registry.edit(current -> {
      locked.countDown();
      try {
        Thread.sleep(2_000); // an import applying its rows
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return current;
    }));
    assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

    @SuppressWarnings("unchecked")
    Map<String, Object> person = json.convertValue(
        json.readTree(http.get("/api/registry/people/p-084", ADMIN).getBody()), Map.class);
    person.put("title", "大庄村村民代表（网格员）");
    ResponseEntity<String> answer = http.put("/api/registry/people/p-084", ADMIN, person);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    holder.get(30, TimeUnit.SECONDS);
    assertThat(backup.stored().person("p-084").map(PersonRow::title)).contains("大庄村村民代表（网格员）");
  }

  @Test
  void anEditWhileAnotherNodeHoldsTheRegistryLockWaitsOrAnswers409NeverA500() throws Exception {
    RegistryStateRepository state = context.getBean(RegistryStateRepository.class);
    org.springframework.transaction.support.TransactionTemplate transaction =
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
    CountDownLatch locked = new CountDownLatch(1);
    // another node: the database lock only, not this node's queue
    CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
      state.lockForEdit().orElseThrow();
      locked.countDown();
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

    @SuppressWarnings("unchecked")
    Map<String, Object> person = json.convertValue(
        json.readTree(http.get("/api/registry/people/p-084", ADMIN).getBody()), Map.class);
    person.put("title", "大庄村村民代表（网格员）");
    ResponseEntity<String> answer = http.put("/api/registry/people/p-084", ADMIN, person);
    otherNode.get(30, TimeUnit.SECONDS);

    System.out.println("edit during another node's lock: " + answer.getStatusCode().value());
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(200, 409);
    if (answer.getStatusCode().value() == 409) {
      assertThat(json.readTree(answer.getBody()).get("message").asText()).isEqualTo(Registry.BUSY);
      backup.assertUnchanged();
    }
  }
}
