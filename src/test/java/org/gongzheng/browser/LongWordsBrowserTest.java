package org.gongzheng.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word wider than the screen (serial numbers joined by commas, a web address) in what an officer
 * wrote once ran past the page's right edge on a phone, and a material's record was cut off at its
 * box: a reviewer could not see all of what they were to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongWordsBrowserTest {

	private static final String SERIALS = "861234567890123,".repeat(8) + "861234567890131";

	private final Fixtures fixtures;

	@LocalServerPort
	private int port;

	LongWordsBrowserTest(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	@Test
	void onAPhoneALongWordInATitleANameOrARecordBreaksWithinTheScreen() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String officer = bureau.officer().getUsername();
		long caseId = idIn(post(officer, "/api/v1/cases", """
				{"type": "ADMINISTRATIVE", "title": "手机被盗案%s", "summary": "被盗手机串号%s",
				 "reportSource": "WALK_IN", "occurredPlace": "%s"}""".formatted(SERIALS, SERIALS, SERIALS)));
		long materialId = idIn(post(officer, "/api/v1/cases/" + caseId + "/materials", """
				{"type": "INQUIRY_RECORD", "title": "询问笔录%s", "body": "问：手机串号是多少？\\n答：%s"}"""
			.formatted(SERIALS, SERIALS)));
		post(officer, "/api/v1/cases/" + caseId + "/parties", """
				{"kind": "ORGANIZATION", "role": "VICTIM", "name": "公司%s"}""".formatted(SERIALS.substring(0, 90)));

		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(officer, Fixtures.PASSWORD);
			for (String page : new String[] { "/cases/" + caseId, "/cases/" + caseId + "/materials/" + materialId }) {
				browser.go(page);
				Object overflow = browser.script("""
						return document.documentElement.scrollWidth - document.documentElement.clientWidth""");
				assertThat(((Number) overflow).intValue()).as("width beyond the screen on " + page).isLessThanOrEqualTo(0);
			}
			browser.screenshot("phone-long-words");
		}
	}

	private String post(String username, String path, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response.body();
	}

	private static long idIn(String json) {
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}
}
