package org.gongzheng.casework;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real servlet container, whose multipart limits MockMvc does not apply: a
 * file with a long Chinese name (three bytes a character in the part's header) is accepted and
 * listed under its own name without any folder part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadOverHttpIntegrationTest {

	private final Fixtures fixtures;

	private final TestCases testCases;

	@LocalServerPort
	private int port;

	UploadOverHttpIntegrationTest(Fixtures fixtures, TestCases testCases) {
		this.fixtures = fixtures;
		this.testCases = testCases;
	}

	@Test
	void aFileWithALongChineseNameIsAcceptedAndShownWithoutItsFolders() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "长文件名上传案");
		String name = "C:\\扫描件\\" + "关于张某某涉嫌殴打他人案现场勘验检查及询问情况的书证材料".repeat(6) + ".pdf";

		HttpResponse<String> response = upload(bureau, lawCase.getId(), name);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.body()).contains("\"fileName\":\"关于张某某").doesNotContain("扫描件");
	}

	private HttpResponse<String> upload(Fixtures.Bureau bureau, long caseId, String fileName) throws Exception {
		String boundary = "gongzheng-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"material\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"type\":\"DOCUMENTARY_EVIDENCE\",\"title\":\"书证\"}\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String credentials = bureau.officer().getUsername() + ":" + Fixtures.PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/materials"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		// Java 17's HttpClient is not AutoCloseable; it is released with the test.
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
