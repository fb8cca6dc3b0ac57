package org.gongzheng.organization;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API clients sign in with an access token the officer made and can revoke, instead of the password. */
@IntegrationTest
class ApiTokenIntegrationTest {

	private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"created-token\"[^>]*value=\"(gz_[A-Za-z0-9_-]{43})\"");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	ApiTokenIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void aTokenMadeOnThePageIsShownOnceAndSignsApiCallsIn() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		mvc.perform(get("/account/tokens").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-tokens\"")));

		var flash = mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", "移动执法终端")
			.param("validDays", "30"))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn().getFlashMap();
		String page = mvc.perform(get("/account/tokens").with(user(officer)).flashAttrs(flash))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn().getResponse().getContentAsString();
		Matcher shown = SHOWN_TOKEN.matcher(page);
		assertThat(shown.find()).as("the token on the page").isTrue();
		String token = shown.group(1);

		mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(officer.getUsername()));
		mvc.perform(get("/account/tokens").with(user(officer)))
			.andExpect(content().string(containsString("移动执法终端")))
			.andExpect(content().string(containsString(token.substring(0, 8) + "…")))
			.andExpect(content().string(not(containsString(token))));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'API_TOKEN_CREATED' and actor = ?",
				Integer.class, officer.getUsername())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from api_tokens where token_hash like ?", Integer.class, "%" + token))
			.as("only the token's hash is kept").isZero();
	}

	@Test
	void eachProblemOfTheFormIsShownBesideItsField() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", " ").param("validDays", "400"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("有效天数须在 1 至 365 之间")));
		mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", "x").param("validDays", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"validDays-error\"")));
		assertThat(jdbc.queryForObject("select count(*) from api_tokens where account_id = ?", Integer.class,
				officer.accountId())).isZero();
	}

	@Test
	void theApiMakesTokensOnlyWithThePasswordListsAndRevokesThemAndARevokedOneIsRefused() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		String token = make(officer, "对接系统");
		mvc.perform(get("/api/v1/me/tokens").with(bearer(token)))
			.andExpect(jsonPath("$[0].name").value("对接系统"))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].token").doesNotExist());
		long id = jdbc.queryForObject("select id from api_tokens where account_id = ?", Long.class, officer.accountId());

		mvc.perform(post("/api/v1/me/tokens").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"another\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("apiToken.needsPassword"));
		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(basic(bureau.reviewer()))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(basic(officer))).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(jsonPath("$.code").value("error.apiToken"));
		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(basic(officer))).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/me/tokens").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"validDays\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "validDays")));
	}

	@Test
	void aTokenStopsWorkingOnceThePasswordIsChangedOrTheAccountDisabled() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		String before = make(officer, "终端");
		mvc.perform(put("/api/v1/me/password").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"N3w-passw0rd\"}".formatted(Fixtures.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(bearer(before))).andExpect(status().isUnauthorized());

		String after = make(officer, "N3w-passw0rd", "终端（新）");
		mvc.perform(get("/api/v1/me/tokens").with(bearer(after)))
			.andExpect(jsonPath("$[1].status").value("PASSWORD_CHANGED"));
		long version = jdbc.queryForObject("select version from accounts where id = ?", Long.class, officer.accountId());
		mvc.perform(post("/admin/officers/{id}/account/roles", officer.officerId()).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(version)).param("roles", "OFFICER"))
			.andExpect(redirectedUrl("/admin/officers/" + officer.officerId()));
		mvc.perform(get("/api/v1/me").with(bearer(after))).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredOrMadeUpTokenIsRefused() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		String token = make(officer, "短期");
		jdbc.update("update api_tokens set expires_at = now() - interval '1 minute' where account_id = ?", officer.accountId());

		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(bearer("gz_" + "A".repeat(43)))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(bearer("not-a-token"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/account/tokens").with(user(officer)))
			.andExpect(content().string(containsString("已过期")));
	}

	@Test
	void anAdministratorSeesAnOfficersTokensAndRevokesThemAllForALostDevice() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		String phone = make(officer, "手机");
		String tablet = make(officer, "平板");
		String tokens = "/api/v1/officers/" + officer.officerId() + "/tokens";
		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(containsString("访问令牌：2 个可用")));
		mvc.perform(get(tokens).with(user(bureau.admin()))).andExpect(jsonPath("$.length()").value(2));
		mvc.perform(delete(tokens).with(basic(officer))).andExpect(status().isForbidden());
		mvc.perform(delete(tokens).with(user(fixtures.bureau().admin()))).andExpect(status().isNotFound());

		mvc.perform(post("/admin/officers/{id}/account/tokens/revoke", officer.officerId()).with(user(bureau.admin()))
			.with(csrf())).andExpect(redirectedUrl("/admin/officers/" + officer.officerId()));

		mvc.perform(get("/api/v1/me").with(bearer(phone))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(bearer(tablet))).andExpect(status().isUnauthorized());
		mvc.perform(get(tokens).with(user(bureau.admin()))).andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/v1/me").with(basic(officer))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select details from audit_log where action = 'API_TOKENS_REVOKED_ALL' and object_id = ?",
				String.class, String.valueOf(officer.accountId()))).isEqualTo(officer.getUsername() + " 2 tokens");
	}

	@Test
	void whatACallSignedInWithATokenDoesIsAuditedWithTheToken() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		String token = make(officer, "终端");
		long id = jdbc.queryForObject("select id from api_tokens where account_id = ?", Long.class, officer.accountId());

		mvc.perform(delete("/api/v1/me/sessions").with(bearer(token))).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/me/sessions").with(basic(officer))).andExpect(status().isNoContent());

		assertThat(jdbc.queryForList("select details from audit_log where action = 'ACCOUNT_SESSIONS_ENDED' and actor = ? order by id",
				String.class, officer.getUsername()))
			.containsExactly(officer.getUsername() + " [access token " + id + " (" + token.substring(0, 8) + "…)]",
					officer.getUsername());
	}

	private String make(SignedInOfficer officer, String name) throws Exception {
		return make(officer, Fixtures.PASSWORD, name);
	}

	private String make(SignedInOfficer officer, String password, String name) throws Exception {
		String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(officer.getUsername(), password))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\"}".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private static RequestPostProcessor basic(SignedInOfficer officer) {
		return httpBasic(officer.getUsername(), Fixtures.PASSWORD);
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}
}
