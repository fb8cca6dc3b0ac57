package org.gongzheng.supervision.quality;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.discretion.PenaltyCases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monthly draw, scoring by the legal department, and who sees the result. */
@IntegrationTest
class EvaluationIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final QualityRows rows;

	private final Evaluations evaluations;

	private final Months months;

	private final PenaltyCases penaltyCases;

	private final JdbcTemplate jdbc;

	EvaluationIntegrationTest(MockMvc mvc, Fixtures fixtures, QualityRows rows, Evaluations evaluations, Months months,
			PenaltyCases penaltyCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.rows = rows;
		this.evaluations = evaluations;
		this.months = months;
		this.penaltyCases = penaltyCases;
		this.jdbc = jdbc;
	}

	@Test
	void theMonthlyDrawSamplesEachUnitAndTakesEveryAlertedCaseOnceOnly() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		YearMonth month = months.previous();
		Instant mid = months.start(month).plus(Duration.ofDays(10));
		for (int i = 0; i < 4; i++) {
			rows.caseIn(bureau.stationOne(), bureau.officer().officerId(), "DECIDED", mid);
		}
		for (int i = 0; i < 3; i++) {
			rows.caseIn(bureau.stationTwo(), bureau.otherStationOfficer().officerId(), "CLOSED", mid);
		}
		long alerted = rows.caseIn(bureau.stationOne(), bureau.officer().officerId(), "INVESTIGATING", mid);
		rows.alert(alerted, bureau.stationOne(), bureau.officer().officerId(), mid, mid.plus(Duration.ofDays(5)), "RAISED", null);
		long earlier = rows.caseIn(bureau.stationOne(), bureau.officer().officerId(), "DECIDED",
				months.start(month).minus(Duration.ofDays(3)));

		Evaluations.Draw draw = evaluations.draw(month, bureau.legal());

		assertThat(draw.sampled()).isEqualTo(4);
		assertThat(draw.alerted()).isEqualTo(1);
		String bureauPath = bureau.bureau().getPath();
		assertThat(jdbc.queryForList("""
				select count(*) from case_evaluations where bureau_path = ? and reason = 'SAMPLE' group by unit_id""", Long.class,
				bureauPath)).containsExactlyInAnyOrder(2L, 2L);
		assertThat(jdbc.queryForObject("select reason from case_evaluations where case_id = ?", String.class, alerted))
			.isEqualTo("ALERTS");
		assertThat(jdbc.queryForObject("select count(*) from case_evaluations where case_id = ?", Long.class, earlier)).isZero();

		Evaluations.Draw again = evaluations.draw(month, bureau.legal());
		assertThat(again.sampleAlreadyDrawn()).isTrue();
		assertThat(again.sampled()).isZero();
		assertThat(again.alerted()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from case_evaluations where bureau_path = ?", Long.class, bureauPath))
			.isEqualTo(5);

		mvc.perform(post("/supervision/evaluations/draw").with(user(bureau.officer())).with(csrf()).param("month", month.toString()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/evaluations/draw").with(user(bureau.legal())).with(csrf()).param("month", "2026-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
	}

	@Test
	void theDrawsAddressAskedForAPageLeadsToTheListAndANameIsNoEvaluation() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/supervision/evaluations/draw?lang=en").with(user(bureau.legal())))
			.andExpect(redirectedUrl("/supervision/evaluations?lang=en"));
		mvc.perform(get("/supervision/evaluations/nothing").with(user(bureau.legal())))
			.andExpect(status().isNotFound());
	}

	@Test
	void legalScoresEveryItemAndTheHandlerAndTheSignersSeeTheResult() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		PenaltyCases.InvestigatedCase c = penaltyCases.assault(bureau);
		long id = jdbc.queryForObject("""
				insert into case_evaluations (case_id, month, bureau_path, unit_id, unit_path, case_number, case_title, handler_id,
				    co_handler_id, reason, status, drawn_at)
				select id, date_trunc('month', now())::date, ?, unit_id, unit_path, case_number, title, handler_id, co_handler_id,
				    'SAMPLE', 'PENDING', now() from cases where id = ? returning id""", Long.class, bureau.bureau().getPath(),
				c.caseId());
		List<Long> signers = jdbc.queryForList("select distinct signer_id from approval_signatures where case_id = ?", Long.class,
				c.caseId());
		assertThat(signers).isNotEmpty();

		mvc.perform(put("/api/v1/supervision/evaluations/{id}/scores", id).with(user(bureau.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"scores\": [{\"itemCode\": \"F1\", \"awarded\": 4}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("notes[F1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("awarded[DOC2]")));
		assertThat(jdbc.queryForObject("select status from case_evaluations where id = ?", String.class, id)).isEqualTo("PENDING");

		// The form starts from full marks (SpEL reads map[code] as the key "code", so it once started empty).
		ChecklistItem first = evaluations.checklist().get(0);
		mvc.perform(get("/supervision/evaluations/{id}", id).with(user(bureau.legal())))
			.andExpect(content().string(containsString(
					"name=\"awarded[%s]\" value=\"%d\"".formatted(first.code(), first.points()))));

		String failing = scores(List.of("F1", "E1", "L1"));
		mvc.perform(put("/api/v1/supervision/evaluations/{id}/scores", id).with(user(bureau.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(failing)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/supervision/evaluations/{id}/scores", id).with(user(bureau.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(failing))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalScore").value(70))
			.andExpect(jsonPath("$.grade").value("FAIL"));
		// A scored evaluation's form shows what was awarded, so a correction starts from it.
		mvc.perform(get("/supervision/evaluations/{id}", id).with(user(bureau.legal())))
			.andExpect(content().string(containsString("name=\"awarded[F1]\" value=\"0\"")))
			.andExpect(content().string(containsString("name=\"notes[F1]\" value=\"不符合要求\"")));
		mvc.perform(put("/api/v1/supervision/evaluations/{id}/scores", id).with(user(bureau.secondLegal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(failing))
			.andExpect(status().isConflict());

		mvc.perform(get("/supervision/evaluations/mine").with(user(bureau.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("张某殴打他人案")));
		for (Long signer : signers) {
			SignedInOfficer signedIn = signerOf(bureau, signer);
			String mine = mvc.perform(get("/api/v1/supervision/evaluations/mine").with(user(signedIn)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(JsonPath.<List<Integer>>read(mine, "$.content[*].id")).contains((int) id);
			mvc.perform(get("/supervision/evaluations/{id}", id).with(user(signedIn))).andExpect(status().isOk())
				.andExpect(content().string(containsString("不合格")));
		}
		mvc.perform(get("/supervision/evaluations/{id}", id).param("lang", "en").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrative Penalty Law art. 40")))
			.andExpect(content().string(not(containsString("《中华人民共和国行政处罚法》第四十条"))));
		mvc.perform(get("/api/v1/supervision/evaluations/{id}", id).with(user(bureau.otherStationOfficer())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/evaluations/{id}", id).with(user(fixtures.bureau().legal())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/evaluations").with(user(bureau.officer()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/supervision/evaluations").with(user(bureau.legal())).param("grade", "FAIL"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
		String number = jdbc.queryForObject("select case_number from cases where id = ?", String.class, c.caseId());
		mvc.perform(get("/api/v1/supervision/evaluations").with(user(bureau.legal())).param("caseNumber", number))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/supervision/evaluations").with(user(bureau.legal())).param("caseNumber", "_"))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/supervision/evaluations").with(user(bureau.legal())).param("status", "SCORED"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("张某殴打他人案")));
	}

	@Test
	void theScoringPageShowsAProblemNextToTheItemAndSavesNothing() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		long caseId = rows.caseIn(bureau.stationOne(), bureau.officer().officerId(), "DECIDED", Instant.now());
		evaluations.draw(months.current(), bureau.legal());
		long id = jdbc.queryForObject("select id from case_evaluations where case_id = ?", Long.class, caseId);
		var request = post("/supervision/evaluations/{id}", id).with(user(bureau.legal())).with(csrf()).param("version", "0");
		for (ChecklistItem item : evaluations.checklist()) {
			request.param("awarded[" + item.code() + "]", item.code().equals("F1") ? "99"
					: item.code().equals("E1") ? "十" : String.valueOf(item.points()));
		}
		mvc.perform(request).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入整数分值")));
		var outOfRange = post("/supervision/evaluations/{id}", id).with(user(bureau.legal())).with(csrf()).param("version", "0");
		for (ChecklistItem item : evaluations.checklist()) {
			outOfRange.param("awarded[" + item.code() + "]", item.code().equals("F1") ? "99" : String.valueOf(item.points()));
		}
		mvc.perform(outOfRange).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("应在 0 至 10 分之间")));
		assertThat(jdbc.queryForObject("select count(*) from case_evaluation_scores where evaluation_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void everyParameterStatesItsBasisInTheReadersLanguage() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from evaluation_parameters where citation is null or citation_en is null",
				Integer.class)).isZero();
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/supervision/evaluation-parameters").with(user(bureau.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("审核审批人按所签案件被预警")));
		mvc.perform(get("/supervision/evaluation-parameters").param("lang", "en").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reviewers are ranked by points for alerts")))
			.andExpect(content().string(not(containsString("本局执法监督排名通报办法"))));
	}

	@Test
	void legalTunesAParameterWithinItsLimitsAndAStaleVersionIsRefused() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		long version = jdbc.queryForObject("select version from evaluation_parameters where code = 'DEFECT_WEIGHT_FAULT'", Long.class);
		mvc.perform(put("/api/v1/supervision/evaluation-parameters/DEFECT_WEIGHT_FAULT").with(user(bureau.reviewer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 4, \"version\": " + version + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/supervision/evaluation-parameters/GRADE_PASS_MIN").with(user(bureau.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 95, \"version\": 0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
		mvc.perform(post("/supervision/evaluation-parameters/DEFECT_WEIGHT_FAULT").with(user(bureau.legal())).with(csrf())
			.param("value", "-1").param("version", String.valueOf(version)))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("应为 0 至 1000 之间的整数")));
		try {
			mvc.perform(put("/api/v1/supervision/evaluation-parameters/DEFECT_WEIGHT_FAULT").with(user(bureau.legal())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 4, \"version\": " + version + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.value").value(4));
			mvc.perform(put("/api/v1/supervision/evaluation-parameters/DEFECT_WEIGHT_FAULT").with(user(bureau.secondLegal())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5, \"version\": " + version + "}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("所签案件认定执法过错计分")));
			mvc.perform(put("/api/v1/supervision/evaluation-parameters/DEFECT_WEIGHT_FAULT").with(user(bureau.secondLegal())).with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5, \"version\": " + version + "}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("Defect points for a recorded fault on a case the reviewer signed")))
				.andExpect(jsonPath("$.detail").value(not(containsString("所签案件"))));
		}
		finally {
			jdbc.update("update evaluation_parameters set value = 3 where code = 'DEFECT_WEIGHT_FAULT'");
		}
		mvc.perform(get("/supervision/evaluation-parameters").with(user(bureau.leader())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("SANCTION_STRIKES_PER_YEAR")));
	}

	private SignedInOfficer signerOf(Fixtures.Bureau bureau, long officerId) {
		return java.util.stream.Stream.of(bureau.stationChief(), bureau.reviewer(), bureau.legal(), bureau.leader(),
				bureau.secondLeader(), bureau.secondLegal())
			.filter(o -> o.officerId() == officerId).findFirst().orElseThrow();
	}

	/** Full points except the listed items, which get zero with a note. */
	private String scores(List<String> zeroed) {
		StringBuilder json = new StringBuilder("{\"version\": 0, \"summary\": \"事实、证据、法律适用均有问题\", \"scores\": [");
		List<ChecklistItem> items = evaluations.checklist();
		for (int i = 0; i < items.size(); i++) {
			ChecklistItem item = items.get(i);
			boolean zero = zeroed.contains(item.code());
			json.append(i == 0 ? "" : ",").append("{\"itemCode\": \"").append(item.code()).append("\", \"awarded\": ")
				.append(zero ? 0 : item.points()).append(zero ? ", \"note\": \"不符合要求\"" : "").append("}");
		}
		return json.append("]}").toString();
	}
}
