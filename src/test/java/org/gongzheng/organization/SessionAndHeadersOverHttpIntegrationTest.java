package org.gongzheng.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cookie and the security headers as the server really writes them, which MockMvc never shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionAndHeadersOverHttpIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void theSessionCookieStaysWithThisSiteAndOutOfScripts() throws Exception {
		HttpResponse<Void> signIn = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(signIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void pagesKeepTheirAddressFramesAndScriptsToThisSite() throws Exception {
		HttpResponse<Void> signIn = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(signIn.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(signIn.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(signIn.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self';"));
	}
}
