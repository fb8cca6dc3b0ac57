package org.gongzheng.casework;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IntakeIdempotencyApiIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private String title;

	IntakeIdempotencyApiIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
		title = "接口重发案" + System.nanoTime();
	}

	@Test
	void theSameIntakeSentTwiceAtOnceWithOneKeyRegistersOneCaseAndTheRetryIsToldSo() throws Exception {
		String key = UUID.randomUUID().toString();
		Callable<MockHttpServletResponse> send = () -> mvc.perform(intake(bureau.officer(), key, "家中财物被盗"))
			.andReturn().getResponse();
		ExecutorService two = Executors.newFixedThreadPool(2);
		List<MockHttpServletResponse> answers;
		try {
			answers = two.invokeAll(List.of(send, send)).stream().map(IntakeIdempotencyApiIntegrationTest::answer).toList();
		}
		finally {
			two.shutdown();
		}
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 200);
		assertThat(answers.get(0).getHeader("Location")).isEqualTo(answers.get(1).getHeader("Location"));
		assertThat(answers).filteredOn(a -> a.getStatus() == 200)
			.extracting(a -> a.getHeader("Idempotent-Replayed")).containsExactly("true");
		mvc.perform(intake(bureau.officer(), key.toUpperCase(), "家中财物被盗"))
			.andExpect(status().isOk())
			.andExpect(header().string("Location", answers.get(0).getHeader("Location")))
			.andExpect(jsonPath("$.title").value(title));
		assertThat(cases()).isEqualTo(1);
	}

	@Test
	void theKeySentAgainWithADifferentIntakeIsRefusedNamingTheCaseItRegistered() throws Exception {
		String key = UUID.randomUUID().toString();
		String number = com.jayway.jsonpath.JsonPath.read(mvc.perform(intake(bureau.officer(), key, "家中财物被盗"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");

		mvc.perform(intake(bureau.officer(), key, "车内财物被盗"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.intake.keyReused"))
			.andExpect(jsonPath("$.detail").value(containsString(number)));
		mvc.perform(intake(bureau.officer(), key, "车内财物被盗").header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("with a new Idempotency-Key")));
		assertThat(cases()).isEqualTo(1);
	}

	@Test
	void aKeyIsEachOfficersOwnAndAnIntakeWithoutOneIsRegisteredEachTimeItIsSent() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(intake(bureau.officer(), key, "家中财物被盗")).andExpect(status().isCreated());
		mvc.perform(intake(bureau.colleague(), key, "家中财物被盗")).andExpect(status().isCreated());
		mvc.perform(intake(bureau.officer(), null, "家中财物被盗")).andExpect(status().isCreated());
		mvc.perform(intake(bureau.officer(), null, "家中财物被盗")).andExpect(status().isCreated());
		assertThat(cases()).isEqualTo(4);
	}

	@Test
	void aKeyThatIsNotAUuidIsRefusedOnTheKeyAndRegistersNothing() throws Exception {
		mvc.perform(intake(bureau.officer(), "retry-1", "家中财物被盗"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UUID")));
		assertThat(cases()).isZero();
	}

	private MockHttpServletRequestBuilder intake(SignedInOfficer officer, String key, String summary) {
		MockHttpServletRequestBuilder request = post("/api/v1/cases").with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "CRIMINAL", "title": "%s", "summary": "%s", "reportSource": "WALK_IN"}"""
				.formatted(title, summary));
		return key == null ? request : request.header("Idempotency-Key", key);
	}

	private int cases() {
		return jdbc.queryForObject("select count(*) from cases where title = ?", Integer.class, title);
	}

	private static MockHttpServletResponse answer(Future<MockHttpServletResponse> sent) {
		try {
			return sent.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
