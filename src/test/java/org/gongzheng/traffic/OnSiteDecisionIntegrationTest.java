package org.gongzheng.traffic;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.IntegrationTest;
import org.gongzheng.Pdfs;
import org.gongzheng.Races;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.traffic.internal.OnSiteCommand;
import org.gongzheng.traffic.internal.OnSiteDecisions;
import org.gongzheng.traffic.internal.PlateType;
import org.gongzheng.traffic.internal.ScoringCycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On-site decisions through the API and the phone page. The fixture bureau has no local standard,
 * so the national statutory ranges apply: red light ordinary grade 80-150 yuan, 6 points.
 */
@IntegrationTest
class OnSiteDecisionIntegrationTest {

	private final MockMvc mvc;

	private final TrafficFixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final OnSiteDecisions decisions;

	private final TransactionTemplate transactions;

	private TrafficFixtures.Traffic traffic;

	private int year;

	OnSiteDecisionIntegrationTest(MockMvc mvc, TrafficFixtures fixtures, JdbcTemplate jdbc, Clock clock,
			OnSiteDecisions decisions, TransactionTemplate transactions) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clock = clock;
		this.decisions = decisions;
		this.transactions = transactions;
	}

	@BeforeEach
	void newBrigade() {
		traffic = fixtures.traffic();
		year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
	}

	static String licence(String birth, String sequence) {
		String body = "110101" + birth + sequence;
		return body + ResidentIdentityNumber.checkCharacterFor(body);
	}

	private String body(String licence, String plate, String code, String fine, int points, String extra) {
		return body(clock.instant().minus(10, ChronoUnit.MINUTES), licence, plate, code, fine, points, extra);
	}

	private String body(Instant at, String licence, String plate, String code, String fine, int points, String extra) {
		return """
				{"driverName": "张三", "licenceNumber": "%s", "plateNumber": "%s", "plateType": "SMALL",
				 "violationCode": "%s", "place": "人民路与解放路交叉口", "occurredAt": "%s",
				 "bodycamClip": "DSJ-0001/20261122-0815", "fine": %s, "points": %d %s}"""
			.formatted(licence, plate, code, at, fine, points, extra == null ? "" : ", " + extra);
	}

	private ResultActions issue(SignedInOfficer officer, String json, String language) throws Exception {
		return mvc.perform(post("/api/v1/traffic/onsite-decisions").with(user(officer))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private int decisionsOn(String licence) {
		return jdbc.queryForObject("select count(*) from onsite_decisions where licence_number = ?", Integer.class, licence);
	}

	private int pointsOn(String licence) {
		return jdbc.queryForObject("select coalesce(sum(points), 0) from point_records where licence_number = ?",
				Integer.class, licence);
	}

	private static String fullWidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
		return wide.toString();
	}

	private int documentsOfBrigade() {
		return jdbc.queryForObject("select count(*) from legal_documents where authority_unit_id = ?", Integer.class,
				traffic.brigade().getId());
	}

	@Test
	void aTrafficOfficerIssuesARedLightDecisionOnTheSpotAndItsPointsCountInTheCycle() throws Exception {
		String driver = licence("19850312", "031");
		String response = issue(traffic.officer(), body(driver, "青B12345", "1625", "100", 6,
				"\"licenceFirstIssuedOn\": \"2012-05-08\""), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value(traffic.word() + "行罚决字〔" + year + "〕1号"))
			.andExpect(jsonPath("$.fineFen").value(10000))
			.andExpect(jsonPath("$.points").value(6))
			.andExpect(jsonPath("$.grade").value("ORDINARY"))
			.andExpect(jsonPath("$.outOfRange").value(false))
			.andExpect(jsonPath("$.cycle.total").value(6))
			.andExpect(jsonPath("$.cycle.fromLicenceDate").value(true))
			.andExpect(jsonPath("$.cycle.from").value(ScoringCycle.containing(
					clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), LocalDate.of(2012, 5, 8)).from().toString()))
			.andReturn().getResponse().getContentAsString();
		long documentId = ((Number) JsonPath.read(response, "$.documentId")).longValue();
		String pdfUrl = JsonPath.read(response, "$.pdfUrl");
		assertThat(pdfUrl).isEqualTo("/api/v1/documents/" + documentId + "/pdf");
		mvc.perform(get(pdfUrl).with(user(traffic.officer()))).andExpect(status().isOk());

		// Typed by an input method in full-width mode, and read out in groups: the same licence and plate.
		issue(traffic.officer(), body(fullWidth(driver), "青Ｂ１２３４５", "1357", "100", 3, null), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value(traffic.word() + "行罚决字〔" + year + "〕2号"))
			.andExpect(jsonPath("$.cycle.total").value(9));
		mvc.perform(get("/api/v1/traffic/drivers/{licence}/points",
				driver.substring(0, 6) + " " + driver.substring(6, 14) + " " + driver.substring(14))
			.with(user(traffic.officer())))
			.andExpect(jsonPath("$.total").value(9));
		assertThat(jdbc.queryForList("select distinct plate_number from onsite_decisions where licence_number = ?",
				String.class, driver)).containsExactly("青B12345");

		byte[] pdf = Pdfs.of(mvc.perform(get("/documents/{id}.pdf", documentId).with(user(traffic.officer()))).andReturn());
		String text = Pdfs.flatText(pdf);
		assertThat(text).contains("行政处罚决定书").contains(traffic.word() + "行罚决字〔" + year + "〕1号")
			.contains("违法代码1625").contains("记6分");
	}

	@Test
	void fiveHundredYuanOnTheSpotIsRefusedWithTheArticleCitedAndNoNumberIsConsumed() throws Exception {
		issue(traffic.officer(), body(licence("19900102", "012"), "青B12345", "1625", "500", 6, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'fine')].message",
					hasItem(containsString("《中华人民共和国道路交通安全法》第一百零七条第一款"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'fine')].message",
					hasItem(containsString("《中华人民共和国行政处罚法》第五十一条"))));
		assertThat(documentsOfBrigade()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from onsite_decisions where officer_id = ?", Integer.class,
				traffic.officer().officerId())).isZero();

		issue(traffic.officer(), body(licence("19900102", "012"), "青B12345", "1625", "150", 6, null), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value(traffic.word() + "行罚决字〔" + year + "〕1号"));
	}

	@Test
	void theApiNamesAWrongLicenceAndAFineOverTheLimitInOneAnswer() throws Exception {
		issue(traffic.officer(), body("110101199001010124", "青B12345", "1625", "500", 6, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("licenceNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("fine")));
		assertThat(documentsOfBrigade()).isZero();
	}

	@Test
	void theRefusalReadsInEnglishToo() throws Exception {
		issue(traffic.officer(), body(licence("19900109", "012"), "青B12345", "1625", "500", 6, null), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'fine')].message",
					hasItem(containsString("Road Traffic Safety Law of the PRC, Art. 107(1)"))));
	}

	@Test
	void impossibleFormatsAndUnknownCodesAreRefusedPerField() throws Exception {
		issue(traffic.officer(), body("110101199001010123", "青B1234", "9999", "100", 6, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'licenceNumber')].message", hasItem(containsString("校验位"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'plateNumber')].message", hasItem(containsString("小型汽车"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'violationCode')].message", hasItem(containsString("9999"))));
		issue(traffic.officer(), body(licence("19900101", "012"), "青B12345", "PO01", "100", 0, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("violationCode"));
		assertThat(documentsOfBrigade()).isZero();
	}

	@Test
	void pointsLeftOutAreRefusedNamingTheRuleUnlessALawfulReasonIsGivenAndThenTheDecisionIsFlagged() throws Exception {
		issue(traffic.officer(), body(licence("19900101", "012"), "青B12345", "1625", "100", 0, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'points')].message",
					hasItem(containsString("记分不得遗漏（《中华人民共和国道路交通安全法》第二十四条）"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'points')].message", hasItem(containsString("应记6分"))));
		issue(traffic.officer(), body(licence("19900101", "012"), "青B12345", "1625", "100", 3, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'points')].message", hasItem(containsString("不能记3分"))));
		assertThat(documentsOfBrigade()).isZero();

		String response = issue(traffic.officer(), body(licence("19900101", "012"), "青B12345", "1625", "100", 0,
				"\"omissionReason\": \"驾驶人为执行紧急任务的救护车驾驶人\""), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outOfRange").value(true))
			.andExpect(jsonPath("$.cycle.total").value(0))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		assertThat(jdbc.queryForObject("select out_of_range from onsite_decisions where id = ?", Boolean.class, id)).isTrue();
	}

	@Test
	void aFineOutsideTheGradeNeedsAWrittenReasonAndIsThenFlaggedForSupervision() throws Exception {
		issue(traffic.officer(), body(licence("19900103", "012"), "青B12345", "1625", "200", 6, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'deviationReason')].message",
					hasItem(containsString("《中华人民共和国行政处罚法》第三十四条"))));
		issue(traffic.officer(), body(licence("19900103", "012"), "青B12345", "1625", "200", 6,
				"\"deviationReason\": \"闯红灯造成路口拥堵\""), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outOfRange").value(true))
			.andExpect(jsonPath("$.deviationReason").value("闯红灯造成路口拥堵"));
	}

	@Test
	void aViolationCodeWithANulIsRefusedBesideItsFieldInsteadOfReachingTheDatabase() throws Exception {
		mvc.perform(get("/api/v1/traffic/recommendation").param("violationCode", "16\u000025").with(user(traffic.officer()))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("violationCode"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含空字符（NUL）"));
		issue(traffic.officer(), body(licence("19900105", "012"), "青B12345", "16\\u000025", "100", 6, null), "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'violationCode')].message", hasItem("不能包含空字符（NUL）")));
		assertThat(documentsOfBrigade()).isZero();
	}

	@Test
	void officersOutsideTheTrafficPoliceMayNotIssueOnSiteDecisions() throws Exception {
		issue(traffic.bureau().officer(), body(licence("19900104", "012"), "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isForbidden());
	}

	@Test
	void thePhonePageRefusesInlineThenIssuesAndShowsTheNumberThePdfLinkAndTheCycleTotal() throws Exception {
		mvc.perform(get("/traffic/onsite/new").with(user(traffic.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"onsite-submit\"")));
		mvc.perform(get("/traffic/onsite/recommendation").param("violationCode", "1625").with(user(traffic.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-points=\"6\"")))
			.andExpect(content().string(containsString("《中华人民共和国道路交通安全法》第三十八条")));
		String occurred = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).minusMinutes(5).toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/traffic/onsite").with(user(traffic.officer())).with(csrf())
			.param("violationCode", "1625").param("plateNumber", "青B12345").param("plateType", "SMALL")
			.param("driverName", "李四").param("licenceNumber", licence("19880808", "045")).param("place", "人民路")
			.param("occurredAt", occurred).param("bodycamClip", "DSJ-0001/1").param("fine", "500").param("points", "6"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第一百零七条")));
		String location = mvc.perform(post("/traffic/onsite").with(user(traffic.officer())).with(csrf())
			.param("violationCode", "1625").param("plateNumber", "青B12345").param("plateType", "SMALL")
			.param("driverName", "李四").param("licenceNumber", licence("19880808", "045")).param("place", "人民路")
			.param("occurredAt", occurred).param("bodycamClip", "DSJ-0001/1").param("fine", "¥100元").param("points", "6"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/traffic/onsite/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(traffic.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(traffic.word() + "行罚决字〔" + year + "〕1号")))
			.andExpect(content().string(containsString("id=\"pdf-link\"")))
			.andExpect(content().string(containsString("6 分 / 满分 12 分")));
		assertThat(jdbc.queryForObject("select fine_fen from onsite_decisions where licence_number = ?", Long.class,
				licence("19880808", "045"))).isEqualTo(10000L);
		mvc.perform(get(location + "?lang=en").with(user(traffic.officer())))
			.andExpect(content().string(containsString("6 points (the full score is 12)")));
	}

	@Test
	void theSameDecisionSentTwiceIsRefusedNamingTheFirstAndNeitherNumbersNorAddsPoints() throws Exception {
		String driver = licence("19860415", "118");
		Instant at = clock.instant().minus(12, ChronoUnit.MINUTES);
		String first = issue(traffic.officer(), body(at, driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cycle.total").value(6))
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(first, "$.documentNumber");

		issue(traffic.officer(), body(at, driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("traffic.onsite.alreadyDecided"))
			.andExpect(jsonPath("$.detail").value(containsString("已由处罚决定书 " + number + " 作出处罚")))
			.andExpect(jsonPath("$.detail").value(containsString("《中华人民共和国行政处罚法》第二十九条")));
		// Retyped with another fine and place, it is still the same violation of the same driver.
		issue(traffic.officer(), body(at, fullWidth(driver), "青B12345", "1625", "150", 6, null), "en")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already been decided by " + number)))
			.andExpect(jsonPath("$.detail").value(containsString("Administrative Penalty Law of the PRC, Art. 29")));

		assertThat(decisionsOn(driver)).isEqualTo(1);
		assertThat(pointsOn(driver)).isEqualTo(6);
		assertThat(documentsOfBrigade()).isEqualTo(1);
		mvc.perform(get("/api/v1/traffic/drivers/{licence}/points", driver).with(user(traffic.officer())))
			.andExpect(jsonPath("$.total").value(6));
	}

	@Test
	void theSameStopSentWithSecondsAfterItWasEnteredToTheMinuteIsTheSameViolation() throws Exception {
		String driver = licence("19860415", "150");
		Instant minute = clock.instant().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
		issue(traffic.officer(), body(minute, driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isCreated());
		issue(traffic.officer(), body(minute.plusSeconds(37), driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("traffic.onsite.alreadyDecided"))
			.andExpect(jsonPath("$.detail").value(containsString("同一分钟内")));
		// The next minute is another moment, and may be another violation.
		issue(traffic.officer(), body(minute.plusSeconds(60), driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isCreated());
		assertThat(decisionsOn(driver)).isEqualTo(2);
		assertThat(pointsOn(driver)).isEqualTo(12);
	}

	@Test
	void anotherTimeOrAnotherCodeIsAnotherViolationAndIsDecided() throws Exception {
		String driver = licence("19860415", "126");
		Instant at = clock.instant().minus(30, ChronoUnit.MINUTES);
		issue(traffic.officer(), body(at, driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isCreated());
		issue(traffic.officer(), body(at.plus(3, ChronoUnit.MINUTES), driver, "青B12345", "1625", "100", 6, null), "zh-CN")
			.andExpect(status().isCreated());
		issue(traffic.officer(), body(at, driver, "青B12345", "1357", "100", 3, null), "zh-CN")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cycle.total").value(15));
		assertThat(decisionsOn(driver)).isEqualTo(3);
	}

	@Test
	void twoCopiesSentAtOnceTakeTurnsAndTheSecondIsRefused() throws Exception {
		String driver = licence("19860415", "134");
		OnSiteCommand command = new OnSiteCommand("张三", driver, null, "青B12345", PlateType.SMALL, "1625", "人民路",
				clock.instant().minus(8, ChronoUnit.MINUTES), "DSJ-0001/1", Set.of(), false, new BigDecimal("100"), 6,
				false, null, null);
		CountDownLatch firstIssued = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			decisions.issue(command, traffic.officer());
			firstIssued.countDown();
			Races.holdUntil(mayCommit);
		}));
		assertThat(firstIssued.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> {
			try {
				return decisions.issue(command, traffic.officer());
			}
			catch (ConflictException ex) {
				return ex;
			}
		});
		assertThat(Races.untilWaitingForALock(jdbc, second)).as("the second waits for the first").isTrue();
		mayCommit.countDown();
		first.get(20, TimeUnit.SECONDS);

		assertThat(second.get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("traffic.onsite.alreadyDecided"));
		assertThat(decisionsOn(driver)).isEqualTo(1);
		assertThat(pointsOn(driver)).isEqualTo(6);
	}

	@Test
	void thePhonePageNamesEveryProblemAtOnceAnEmptyClipBesideAWrongPlateLicenceAndAFineOverTheLimit() throws Exception {
		String occurred = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).minusMinutes(4).toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/traffic/onsite").with(user(traffic.officer())).with(csrf())
			.param("violationCode", "1625").param("plateNumber", "ABC").param("plateType", "SMALL")
			.param("driverName", "李一次").param("licenceNumber", "123").param("place", "人民路")
			.param("occurredAt", occurred).param("bodycamClip", "").param("fine", "500").param("points", "6"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"bodycamClip-error\"")))
			.andExpect(content().string(containsString("id=\"plateNumber-error\"")))
			.andExpect(content().string(containsString("id=\"licenceNumber-error\"")))
			.andExpect(content().string(containsString("id=\"fine-error\"")))
			.andExpect(content().string(containsString("第一百零七条")))
			.andExpect(content().string(containsString("value=\"李一次\"")));
		assertThat(jdbc.queryForObject("select count(*) from onsite_decisions where driver_name = '李一次'", Integer.class))
			.isZero();
	}

	@Test
	void thePhonePageRefusesTheSameDecisionAgainAndKeepsWhatWasTyped() throws Exception {
		String driver = licence("19860415", "142");
		String occurred = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).minusMinutes(6).toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES).toString();
		String location = mvc.perform(post("/traffic/onsite").with(user(traffic.officer())).with(csrf())
			.param("violationCode", "1625").param("plateNumber", "青B12345").param("plateType", "SMALL")
			.param("driverName", "王重复").param("licenceNumber", driver).param("place", "人民路口东")
			.param("occurredAt", occurred).param("bodycamClip", "DSJ-0001/7").param("fine", "100").param("points", "6"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		String number = jdbc.queryForObject("select document_number from onsite_decisions where id = ?", String.class,
				Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));

		mvc.perform(post("/traffic/onsite").with(user(traffic.officer())).with(csrf())
			.param("violationCode", "1625").param("plateNumber", "青B12345").param("plateType", "SMALL")
			.param("driverName", "王重复").param("licenceNumber", driver).param("place", "人民路口东")
			.param("occurredAt", occurred).param("bodycamClip", "DSJ-0001/7").param("fine", "100").param("points", "6"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("已由处罚决定书 " + number + " 作出处罚")))
			.andExpect(content().string(containsString("value=\"王重复\"")))
			.andExpect(content().string(containsString("value=\"人民路口东\"")))
			.andExpect(content().string(containsString("value=\"" + driver + "\"")));
		assertThat(decisionsOn(driver)).isEqualTo(1);
		assertThat(pointsOn(driver)).isEqualTo(6);
	}
}
