package org.gongzheng.traffic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clip register of the camera docks, through the API and the page, and what the decision page makes of it. */
@IntegrationTest
class BodycamClipIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final MockMvc mvc;

	private final TrafficFixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private TrafficFixtures.Traffic traffic;

	private String device;

	BodycamClipIntegrationTest(MockMvc mvc, TrafficFixtures fixtures, JdbcTemplate jdbc, Clock clock) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void newBrigadeAndCamera() {
		traffic = fixtures.traffic();
		device = "DSJ-C" + (System.nanoTime() % 1_000_000);
	}

	private ResultActions register(SignedInOfficer officer, String deviceCode, Instant from, Instant to)
			throws Exception {
		return mvc.perform(post("/api/v1/traffic/bodycam-clips").with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"deviceCode": "%s", "recordedFrom": "%s", "recordedTo": "%s", "note": "采集站 01"}"""
				.formatted(deviceCode, from, to)));
	}

	private Instant minutesAgo(long minutes) {
		return clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(minutes, ChronoUnit.MINUTES);
	}

	@Test
	void aTrafficOfficerRegistersAClipAndItIsListedForTheBrigadeAndAudited() throws Exception {
		String response = register(traffic.officer(), device.toLowerCase(), minutesAgo(60), minutesAgo(30))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deviceCode").value(device))
			.andExpect(jsonPath("$.registeredBy").value(traffic.officer().officerId()))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'BODYCAM_CLIP' and object_id = ?"
				+ " and action = 'BODYCAM_CLIP_REGISTERED'", Integer.class, String.valueOf(id))).isEqualTo(1);

		mvc.perform(get("/api/v1/traffic/bodycam-clips").param("device", device).with(user(traffic.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].note").value("采集站 01"));
		mvc.perform(get("/api/v1/traffic/bodycam-clips").param("device", device)
				.param("day", minutesAgo(60).atZone(ZONE).toLocalDate().plusDays(2).toString())
				.with(user(traffic.officer())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void badClipsAreRefusedPerFieldAndADuplicateStartIsAConflict() throws Exception {
		register(traffic.officer(), "DSJ/01", minutesAgo(60), minutesAgo(90))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("deviceCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("recordedTo")));
		mvc.perform(post("/api/v1/traffic/bodycam-clips").with(user(traffic.officer()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"deviceCode\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("recordedFrom")));
		assertThat(jdbc.queryForObject("select count(*) from bodycam_clips where unit_id = ?", Integer.class,
				traffic.officer().unitId())).isZero();

		register(traffic.officer(), device, minutesAgo(60), minutesAgo(30)).andExpect(status().isCreated());
		register(traffic.officer(), device, minutesAgo(60), minutesAgo(20))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void clipsOfAnotherBrigadeAreOutOfScopeAndLegalAffairsMayOnlyRead() throws Exception {
		register(traffic.officer(), device, minutesAgo(60), minutesAgo(30)).andExpect(status().isCreated());
		TrafficFixtures.Traffic other = fixtures.traffic();
		mvc.perform(get("/api/v1/traffic/bodycam-clips").param("device", device).with(user(other.officer())))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/traffic/clips").param("device", device).with(user(other.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("采集站 01"))));
		register(traffic.bureau().legal(), device, minutesAgo(20), minutesAgo(10)).andExpect(status().isForbidden());
	}

	@Test
	void thePageRegistersAClipAndShowsProblemsInlineIncludingADuplicateStart() throws Exception {
		String from = LocalDateTime.ofInstant(minutesAgo(60), ZONE).toString();
		String to = LocalDateTime.ofInstant(minutesAgo(30), ZONE).toString();
		mvc.perform(post("/traffic/clips").with(user(traffic.officer())).with(csrf())
				.param("deviceCode", device).param("recordedFrom", from).param("recordedTo", from))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束时间应晚于开始时间")));
		mvc.perform(post("/traffic/clips").with(user(traffic.officer())).with(csrf())
				.param("deviceCode", device).param("recordedFrom", from).param("recordedTo", to))
			.andExpect(redirectedUrl("/traffic/clips"));
		mvc.perform(post("/traffic/clips").with(user(traffic.officer())).with(csrf())
				.param("deviceCode", device).param("recordedFrom", from).param("recordedTo", to))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("在该开始时间已登记过视频")));
		mvc.perform(get("/traffic/clips").param("device", device).with(user(traffic.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(device)));
		mvc.perform(get("/traffic/clips?lang=en").with(user(traffic.officer())))
			.andExpect(content().string(containsString("Body-worn camera clips")));
		mvc.perform(get("/traffic/onsite").with(user(traffic.officer())))
			.andExpect(content().string(containsString("/traffic/clips")));
	}

	@Test
	void theDecisionShowsWhetherARegisteredClipCoversItsTime() throws Exception {
		Instant at = minutesAgo(10);
		String body = """
				{"driverName": "张三", "licenceNumber": "%s", "plateNumber": "青B12345", "plateType": "SMALL",
				 "violationCode": "1625", "place": "人民路与解放路交叉口", "occurredAt": "%s",
				 "bodycamClip": "%s/0815-01", "fine": 100, "points": 6}"""
			.formatted(OnSiteDecisionIntegrationTest.licence("19900101",
					String.valueOf(100 + System.nanoTime() % 900)), at, device.toLowerCase());
		String response = mvc.perform(post("/api/v1/traffic/onsite-decisions").with(user(traffic.officer()))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.clipRegistered").value(false))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		mvc.perform(get("/traffic/onsite/{id}", id).with(user(traffic.officer())))
			.andExpect(content().string(containsString("尚无登记视频覆盖违法时间")));

		register(traffic.officer(), device, at.plus(9, ChronoUnit.MINUTES), at.plus(20, ChronoUnit.MINUTES))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/traffic/onsite-decisions/{id}", id).with(user(traffic.officer())))
			.andExpect(jsonPath("$.clipRegistered").value(true));
		mvc.perform(get("/traffic/onsite/{id}", id).with(user(traffic.officer())))
			.andExpect(content().string(containsString("已有登记视频覆盖违法时间")));
	}
}
