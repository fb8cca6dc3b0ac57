package org.gongzheng.approval;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each round keeps what it asked when it was submitted, and the submitter's note on what they
 * corrected; a later round never rewrites an earlier one.
 */
@IntegrationTest
class ResubmissionRoundsIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private LawCase lawCase;

	ResubmissionRoundsIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			Approvals approvals, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void returnedFiling() {
		bureau = fixtures.bureau();
		lawCase = testCases.acceptedWithRecord(bureau, "分轮记录测试案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
	}

	private long returned() {
		long id = testApprovals.pendingOn(lawCase.getId());
		testApprovals.returnForCorrection(id, "请写明立案依据");
		return id;
	}

	@Test
	void aSummaryInTheSubmittersWordsMayBeRewrittenAndTheFirstRoundKeepsWhatItAsked() throws Exception {
		long id = returned();
		String first = jdbc.queryForObject("select summary from approval_requests where id = ?", String.class, id);
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"依据《治安管理处罚法》第五十一条申请立案\",\"note\":\"补写了立案依据\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.summaryEditable").value(true))
			.andExpect(jsonPath("$.summary").value("依据《治安管理处罚法》第五十一条申请立案"))
			.andExpect(jsonPath("$.rounds[0].round").value(1))
			.andExpect(jsonPath("$.rounds[0].summary").value(first))
			.andExpect(jsonPath("$.rounds[1].summary").value("依据《治安管理处罚法》第五十一条申请立案"))
			.andExpect(jsonPath("$.rounds[1].note").value("补写了立案依据"))
			.andExpect(jsonPath("$.rounds[1].submittedBy").value(bureau.officer().officerId()));
		mvc.perform(get("/approvals/{id}?lang=en", id).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("Submissions by round")))
			.andExpect(content().string(containsString("Correction note")))
			.andExpect(content().string(not(containsString("as in the round before"))))
			.andExpect(content().string(containsString("补写了立案依据")))
			// Name and police number as each language writes them.
			.andExpect(content().string(containsString(bureau.officer().name() + " (" + bureau.officer().getUsername() + ")")))
			.andExpect(content().string(containsString("Correction note: </span>")));
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString(bureau.officer().name() + "（" + bureau.officer().getUsername() + "）")))
			// Full-width colons, and no space between a label and its value.
			.andExpect(content().string(containsString("补正说明：</span><span")))
			.andExpect(content().string(containsString("报审事项：</span><span")));
	}

	@Test
	void aSignatureInALaterRoundRecordsWhenItsSignerOpenedTheMaterialsInThatRoundNotInAnEarlierOne() {
		long id = returned();
		SignedInOfficer signer = testApprovals.signerOf(testApprovals.firstSignerOf(id));
		approvals.resubmit(id, null, "补写了立案依据", bureau.officer());
		testApprovals.readEverything(lawCase.getId(), signer.officerId());
		approvals.sign(id, Approvals.Decision.APPROVE, null, signer);
		Map<String, Object> signed = jdbc.queryForMap("""
				select s.materials_first_opened_at as read_at, r.submitted_at from approval_signatures s
				join approval_requests r on r.id = s.request_id where s.request_id = ? and s.round = 2""", id);
		// What supervision's "signed too fast" measures from: the reading done in round 1 does not count.
		assertThat((java.sql.Timestamp) signed.get("read_at")).isAfterOrEqualTo((java.sql.Timestamp) signed.get("submitted_at"));
	}

	@Test
	void theSignerOfTheNextRoundSeesWhichMaterialsAreNewSinceTheReturn() throws Exception {
		long id = returned();
		mvc.perform(post("/api/v1/cases/{id}/materials", lawCase.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"INQUIRY_RECORD\",\"title\":\"补充询问笔录\",\"body\":\"问：当时情况？答：如实陈述。\"}"))
			.andExpect(status().isCreated());
		approvals.resubmit(id, null, "补充了询问笔录", bureau.officer());
		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.materials.length()").value(2))
			.andExpect(jsonPath("$.materials[?(@.title == '询问笔录')].changeSinceLastRound").value(contains(nullValue())))
			.andExpect(jsonPath("$.materials[?(@.title == '补充询问笔录')].changeSinceLastRound").value(contains("ADDED")));
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("本轮新增")))
			.andExpect(content().string(containsString("id=\"current-note\"")));
	}

	@Test
	void theSignersQueueShowsWhatTheSubmitterCorrectedBeforeTheRequestIsOpened() throws Exception {
		long id = returned();
		approvals.resubmit(id, null, "补写了立案依据", bureau.officer());
		mvc.perform(get("/approvals").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("补正说明：补写了立案依据")));
		mvc.perform(get("/approvals/queue/waitingForMe?lang=en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("Correction note: 补写了立案依据")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[?(@.requestId == " + id + ")].correctionNote").value(contains("补写了立案依据")));
		mvc.perform(get("/api/v1/approvals/queue/submittedByMe").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[?(@.requestId == " + id + ")].correctionNote").value(contains("补写了立案依据")));
	}

	@Test
	void aFirstRoundHasNoCorrectionNoteInTheQueue() throws Exception {
		long id = testApprovals.pendingOn(lawCase.getId());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[?(@.requestId == " + id + ")].correctionNote").value(contains(nullValue())));
	}

	@Test
	void leftOutTheSummaryStaysAsItWasAndABlankNoteIsNoNote() throws Exception {
		long id = returned();
		String first = jdbc.queryForObject("select summary from approval_requests where id = ?", String.class, id);
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"  \"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value(first))
			.andExpect(jsonPath("$.rounds[1].note").doesNotExist());
	}

	@Test
	void badTextIsRefusedBesideItsFieldInTheFormAndTheApiAndNoRoundStarts() throws Exception {
		long id = returned();
		mvc.perform(post("/approvals/{id}/resubmit", id).with(user(bureau.officer())).with(csrf())
			.param("summary", "   ").param("note", "补写了依据"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"summary-error\"")))
			.andExpect(content().string(containsString("补写了依据")));
		mvc.perform(post("/approvals/{id}/resubmit", id).with(user(bureau.officer())).with(csrf())
			.param("summary", "申请立案").param("note", "长".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"note-error\"")));
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"a\\u0000b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		// Both texts wrong at once: both are named in the one answer, not the second after the first is fixed.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"%s\",\"note\":\"%s\"}"
					.formatted("长".repeat(5000), "长".repeat(5000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("summary"))
			.andExpect(jsonPath("$.errors[1].field").value("note"));
		assertThat(jdbc.queryForObject("select round from approval_requests where id = ?", Integer.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from approval_request_rounds where request_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aRequestWhoseEarlierRoundsPredateTheRecordSaysSoOnItsPageAndTheCaseRecord() throws Exception {
		long id = returned();
		approvals.resubmit(id, null, null, bureau.officer());
		// As the upgrade left requests already past their first round: only the current one copied.
		Map<String, Object> first = jdbc.queryForMap(
				"select * from approval_request_rounds where request_id = ? and round = 1", id);
		withoutPermanence(() -> jdbc.update("delete from approval_request_rounds where request_id = ? and round = 1", id));
		try {
			mvc.perform(get("/approvals/{id}", id).with(user(bureau.officer())))
				.andExpect(content().string(containsString("id=\"rounds-earlier\"")))
				.andExpect(content().string(containsString("id=\"round-2\"")));
			mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
				.andExpect(content().string(containsString("本申请更早的轮次早于分轮记录")));
		}
		finally {
			// Its audit entry still vouches for the row: put it back as it was, so the log verifies.
			jdbc.update("""
					insert into approval_request_rounds (id, request_id, round, summary, summary_en, note, case_version,
					    submitted_by, submitted_at, submitter_name, submitter_police_number) overriding system value
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", first.get("id"), first.get("request_id"), first.get("round"),
					first.get("summary"), first.get("summary_en"), first.get("note"), first.get("case_version"),
					first.get("submitted_by"), first.get("submitted_at"), first.get("submitter_name"),
					first.get("submitter_police_number"));
		}
	}

	private void withoutPermanence(Runnable change) {
		jdbc.execute("alter table approval_request_rounds disable trigger approval_request_rounds_permanent");
		try {
			change.run();
		}
		finally {
			jdbc.execute("alter table approval_request_rounds enable trigger approval_request_rounds_permanent");
		}
	}

	@Test
	void aRoundOnceRecordedCannotBeChangedOrRemoved() {
		long id = testApprovals.pendingOn(lawCase.getId());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> jdbc.update("update approval_request_rounds set summary = 'x' where request_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> jdbc.update("delete from approval_request_rounds where request_id = ?", id));
		assertThat(approvals.request(id)).isPresent();
	}
}
