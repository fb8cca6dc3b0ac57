package org.gongzheng.shared.web;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
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
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller runs, which MockMvc never sees: a form or a JSON body over the size limit,
 * broken percent-encoding in a form or a query, a multipart body cut short, a path the firewall
 * rejects, a TRACE, an address Tomcat cannot decode, a form whose session has ended. Each gets the error page in the user's language
 * (signed in, where the request got that far) or problem+json under the API, and not the
 * container's or Boot's own answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerRefusalsOverHttpIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Over the container's 2 MB form limit: 250,000 Chinese characters are 2.25 MB percent-encoded. */
	private static final String TOO_LONG = "字".repeat(250_000);

	private static final String FORM = "application/x-www-form-urlencoded";

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	ContainerRefusalsOverHttpIntegrationTest(Fixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void aFormOverTheSizeLimitGetsTheErrorPageSayingSoInTheUsersLanguage() throws Exception {
		String username = fixtures.bureau().officer().getUsername();
		HttpClient browser = signedIn(username);

		HttpResponse<String> refused = postForm(browser, "/cases", "_csrf=" + csrf(browser) + "&title=" + encoded(TOO_LONG));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("提交的内容超过 2 MB，未能保存").contains(username).doesNotContain("Tomcat");

		get(browser, "/?lang=en");
		HttpResponse<String> english = postForm(browser, "/cases", "_csrf=" + csrf(browser) + "&title=" + encoded(TOO_LONG));

		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(english.body()).contains("What you submitted is larger than 2 MB and was not saved");
	}

	@Test
	void aFormWithBrokenEncodingIsABadRequestOnTheErrorPage() throws Exception {
		HttpClient browser = signedIn(fixtures.bureau().officer().getUsername());

		HttpResponse<String> refused = postForm(browser, "/cases", "_csrf=" + csrf(browser) + "&title=%E5%AD");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("请求中有无法识别的内容").doesNotContain("Tomcat");
	}

	@Test
	void aQueryWithBrokenEncodingIsABadRequestOnThePageAndInTheApi() throws Exception {
		HttpClient browser = signedIn(fixtures.bureau().officer().getUsername());

		HttpResponse<String> page = get(browser, "/cases?q=%E5%AD");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("请求中有无法识别的内容");

		HttpResponse<String> api = HttpClient.newHttpClient()
			.send(apiRequest("/api/v1/cases?q=%E5%AD").GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.body()).contains("\"code\":\"error.badRequest\"");
	}

	@Test
	void anOversizedFormSentToTheApiIsAProblemDetail() throws Exception {
		HttpResponse<String> refused = postToApi("/api/v1/cases", FORM,
				HttpRequest.BodyPublishers.ofString("title=" + encoded(TOO_LONG)));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"code\":\"error.form.tooLarge\"")
			.contains("\"detail\":\"What you submitted is larger than 2 MB");
	}

	@Test
	void anOversizedFormSentWithoutALengthIsRefusedAsTooLargeAsWell() throws Exception {
		byte[] form = ("title=" + encoded(TOO_LONG)).getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> refused = postToApi("/api/v1/cases", FORM,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("\"code\":\"error.form.tooLarge\"");
	}

	@Test
	void aJsonBodyOverTheSizeLimitIsRefusedWithOrWithoutALengthAndNothingIsSaved() throws Exception {
		String summary = "报警人称被打".repeat(200_000);
		byte[] json = ("{\"type\":\"ADMINISTRATIVE\",\"title\":\"超长请求案\",\"summary\":\"" + summary
				+ "\",\"reportSource\":\"WALK_IN\"}").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> stated = postToApi("/api/v1/cases", "application/json",
				HttpRequest.BodyPublishers.ofByteArray(json));
		HttpResponse<String> chunked = postToApi("/api/v1/cases", "application/json",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));

		for (HttpResponse<String> refused : java.util.List.of(stated, chunked)) {
			assertThat(refused.statusCode()).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body()).contains("\"code\":\"error.body.tooLarge\"")
				.contains("\"detail\":\"The request body is over 2 MB; nothing was saved.");
		}
		assertThat(jdbc.queryForObject("select count(*) from cases where title = '超长请求案'", Long.class)).isZero();

		HttpResponse<String> within = postToApi("/api/v1/cases", "application/json", HttpRequest.BodyPublishers
			.ofString("{\"title\":\"案\",\"summary\":\"" + "长".repeat(5_000) + "\"}"));
		assertThat(within.statusCode()).isEqualTo(400);
		assertThat(within.body()).contains("\"field\":\"summary\"");
	}

	@Test
	void aFormWithMoreFieldsThanTheContainerTakesIsRefusedWithAProblemDetail() throws Exception {
		HttpResponse<String> refused = postToApi("/api/v1/cases", FORM,
				HttpRequest.BodyPublishers.ofString("a=1&".repeat(1_500)));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"code\":\"error.badRequest\"");
	}

	@Test
	void aMultipartBodyCutShortIsABadRequestInTheApi() throws Exception {
		HttpResponse<String> refused = postToApi("/api/v1/supervision/runs", "multipart/form-data; boundary=x",
				HttpRequest.BodyPublishers.ofString("--x\r\n"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"code\":\"error.badRequest\"");
	}

	@Test
	void aBodyOfATypeNeitherMethodOfASharedAddressReadsNamesTheTypesItTakes() throws Exception {
		// A material is added as JSON or as an upload, two methods at one address: the type is refused
		// before either is chosen, so the answer comes from the error endpoint.
		HttpResponse<String> refused = postToApi("/api/v1/cases/1/materials", "text/plain",
				HttpRequest.BodyPublishers.ofString("hello"));

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"code\":\"error.unsupportedMediaType\"")
			.contains("text/plain").contains("application/json").contains("multipart/form-data");
	}

	@Test
	void whatTheFirewallOrTheContainerRefusesUnderTheApiIsAProblemDetailToo() throws Exception {
		HttpResponse<String> firewall = HttpClient.newHttpClient()
			.send(apiRequest("/api/v1/cases/1;jsessionid=x").GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(firewall.statusCode()).isEqualTo(400);
		assertThat(firewall.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(firewall.body()).contains("\"code\":\"error.badRequest\"").doesNotContain("timestamp");

		HttpResponse<String> trace = HttpClient.newHttpClient()
			.send(apiRequest("/api/v1/cases").method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(trace.statusCode()).isEqualTo(405);
		assertThat(trace.body()).contains("\"detail\":\"This address does not take TRACE requests.\"");
	}

	@Test
	void whatTheFirewallRefusesAtAPageAddressIsAProblemDetailForAnyoneButABrowser() throws Exception {
		HttpResponse<String> script = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/cases;jsessionid=x")).header("Accept", "application/json").GET().build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(script.body()).contains("\"code\":\"error.badRequest\"").doesNotContain("timestamp");

		HttpResponse<String> browser = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/cases;jsessionid=x")).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(browser.statusCode()).isEqualTo(400);
		assertThat(browser.body()).contains("<html lang=\"zh-CN\">").contains("请求中有无法识别的内容");
	}

	@Test
	void theErrorEndpointOpenedAsAnAddressIsNotFoundRatherThanAServerError() throws Exception {
		for (String accept : new String[] { "application/json", "text/html" }) {
			HttpResponse<String> opened = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri("/error")).header("Accept", accept).GET().build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(opened.statusCode()).as(accept).isEqualTo(404);
			assertThat(opened.body()).as(accept).contains("您要查找的内容不存在");
		}
	}

	@Test
	void aTraceToAPageGetsTheErrorPageNamingTheRefusedMethodInTheUsersLanguage() throws Exception {
		HttpClient browser = signedIn(fixtures.bureau().officer().getUsername());

		HttpResponse<String> chinese = trace(browser, "/cases");

		assertThat(chinese.statusCode()).isEqualTo(405);
		assertThat(chinese.body()).contains("此地址不接受 TRACE 请求。").doesNotContain("请求中有无法识别的内容");

		get(browser, "/?lang=en");
		HttpResponse<String> english = trace(browser, "/cases");

		assertThat(english.statusCode()).isEqualTo(405);
		assertThat(english.body()).contains("This address does not take TRACE requests.");
	}

	@Test
	void aFormSentAfterTheSessionEndedLeadsToSignInSayingWhatWasSentWasNotSaved() throws Exception {
		HttpClient before = signedIn(fixtures.bureau().officer().getUsername());
		String token = csrf(before);
		HttpClient afterRestart = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> refused = postForm(afterRestart, "/cases", "_csrf=" + token + "&title=Lost");

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?timeout"));
		assertThat(get(afterRestart, "/login?timeout").body()).contains("登录已超时（或系统已重启），刚才提交的内容没有保存");

		HttpResponse<String> signOut = postForm(afterRestart, "/logout", "_csrf=" + token);

		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
	}

	@Test
	void aSignInPageLeftOpenTooLongLeadsToAFreshOneInsteadOfAForbiddenPage() throws Exception {
		String token = csrf(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "/login");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		get(browser, "/login?lang=en");

		HttpResponse<String> refused = postForm(browser, "/login", "username=" + fixtures.bureau().officer().getUsername()
				+ "&password=" + Fixtures.PASSWORD + "&_csrf=" + token);

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?expired"));
		assertThat(get(browser, "/login?expired").body()).contains("The sign-in page had expired. Please sign in again.");
	}

	@Test
	void aStaleTokenSaysThePageExpiredAndSavesNothingWhileNoTokenIsSimplyRefused() throws Exception {
		HttpClient browser = signedIn(fixtures.bureau().officer().getUsername());
		get(browser, "/?lang=en");

		HttpResponse<String> refused = postForm(browser, "/cases", "_csrf=from-an-earlier-sign-in&title=Never+saved");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("X-Refusal"))
			.hasValueSatisfying(notice -> assertThat(notice).startsWith("This+page+has+expired"));
		assertThat(refused.body()).contains("This page has expired").contains("was not saved")
			.doesNotContain("You are not allowed to do this");
		assertThat(jdbc.queryForObject("select count(*) from cases where title = 'Never saved'", Integer.class)).isZero();

		HttpResponse<String> handMade = postForm(browser, "/cases", "title=Never+saved");

		assertThat(handMade.statusCode()).isEqualTo(403);
		assertThat(handMade.body()).contains("You are not allowed to do this").doesNotContain("This page has expired");
	}

	@Test
	void aPartOfAPageFetchedAfterTheSessionEndedLoadsTheSignInPageAsAWhole() throws Exception {
		HttpResponse<String> part = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/cases?state=ACCEPTED")).header("HX-Request", "true").build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(part.statusCode()).isEqualTo(401);
		assertThat(part.headers().firstValue("HX-Redirect")).hasValue("/login");
		assertThat(part.body()).doesNotContain("<form");
	}

	@Test
	void anAddressTomcatCannotDecodeIsAnsweredInTheCallersLanguageAndNotByTomcatsOwnReport() throws Exception {
		String page = rawGet("/cases/%zz", "Cookie: GONGZHENG_LANG=en");

		assertThat(page).startsWith("HTTP/1.1 400").contains("Content-Type: text/html;charset=UTF-8")
			.contains("<html lang=\"en\">")
			.contains("The request contains something that cannot be read.")
			.doesNotContain("HTTP Status 400");

		String chinese = rawGet("/cases/%zz");

		assertThat(chinese).contains("<html lang=\"zh-CN\">").contains("请求中有无法识别的内容");

		String api = rawGet("/api/v1/cases/%", "Accept-Language: en");

		assertThat(api).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
			.contains("\"code\":\"error.badRequest\"")
			.contains("\"detail\":\"The request contains something that cannot be read. Check it and try again.\"");
	}

	@Test
	void anApiCallWhoseLanguageHeaderCannotBeReadIsAnsweredInChinese() throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((fixtures.bureau().legal().getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

		String answer = rawGet("/api/v1/cases/999999999", "Authorization: Basic " + credentials, "Accept-Language: 中文");

		assertThat(answer).startsWith("HTTP/1.1 404").contains("Content-Type: application/problem+json")
			.contains("\"code\":\"case.notFound\"")
			.contains("案件不存在");
	}

	/**
	 * HttpClient will not send an address with a bare {@code %}, nor a header that is not ASCII, so
	 * these are written by hand; a header is sent as UTF-8, as some clients do.
	 */
	private String rawGet(String path, String... headers) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> postToApi(String path, String contentType, HttpRequest.BodyPublisher body)
			throws Exception {
		HttpRequest request = apiRequest(path).header("Content-Type", contentType).POST(body).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder apiRequest(String path) {
		String credentials = fixtures.bureau().legal().getUsername() + ":" + Fixtures.PASSWORD;
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en");
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = postForm(browser, "/login", "username=" + username + "&password=" + Fixtures.PASSWORD
				+ "&_csrf=" + csrf(browser, "/login"));
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

	private String csrf(HttpClient browser) throws Exception {
		return csrf(browser, "/intake");
	}

	private String csrf(HttpClient browser, String path) throws Exception {
		Matcher token = CSRF.matcher(get(browser, path).body());
		assertThat(token.find()).as("a CSRF token on " + path).isTrue();
		return encoded(token.group(1));
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> trace(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.method("TRACE", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(HttpClient browser, String path, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.header("Content-Type", FORM)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
