package org.gongzheng.approval;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * What each round asked, and its correction note, are vouched for by the hash-chained audit log:
 * changed behind the application's back, the log says which entry no longer matches.
 */
@IntegrationTest
class RoundAttestationIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private final AuditVerifier verifier;

	private Fixtures.Bureau bureau;

	private long requestId;

	RoundAttestationIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			Approvals approvals, JdbcTemplate jdbc, AuditVerifier verifier) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.jdbc = jdbc;
		this.verifier = verifier;
	}

	@BeforeEach
	void resubmittedWithANote() {
		bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "报审存证测试案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		requestId = testApprovals.pendingOn(lawCase.getId());
		testApprovals.returnForCorrection(requestId, "请补充立案依据");
		approvals.resubmit(requestId, null, "补写了立案依据", bureau.officer());
	}

	@Test
	void eachRoundsAuditEntryNamesTheRoundAndTheDigestOfWhatItSaid() {
		for (String action : new String[] { "APPROVAL_SUBMITTED", "APPROVAL_RESUBMITTED" }) {
			assertThat(jdbc.queryForObject("""
					select count(*) from audit_log where action = ? and object_id = ?
					and details ~ 'attests SUBMISSION_ROUND [0-9]+ sha256:[0-9a-f]{64}'""", Integer.class, action,
					String.valueOf(requestId))).as(action).isEqualTo(1);
		}
		AuditVerification result = verifier.verify();
		assertThat(result.intact()).as(result.summary()).isTrue();
		assertThat(result.unattested()).noneMatch(u -> u.type().equals("SUBMISSION_ROUND"));
	}

	@Test
	void theApiAndTheCaseRecordShowEachRoundsDigestAsItsAuditEntryNamesIt() throws Exception {
		String details = jdbc.queryForObject(
				"select details from audit_log where action = 'APPROVAL_RESUBMITTED' and object_id = ?", String.class,
				String.valueOf(requestId));
		String digest = details.substring(details.indexOf("sha256:") + "sha256:".length());
		long caseId = jdbc.queryForObject("select case_id from approval_requests where id = ?", Long.class, requestId);
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.rounds[1].digest").value(digest));
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", caseId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.requests[0].rounds[1].digest").value(digest));
		mvc.perform(get("/approvals/records/cases/{c}", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("title=\"" + digest + "\"")));
		assertThat(Workbooks.text(mvc.perform(get("/api/v1/approvals/records/cases/{c}/xlsx", caseId)
			.with(user(bureau.officer()))).andReturn().getResponse().getContentAsByteArray())).contains(digest);
	}

	@Test
	void aCorrectionNoteChangedBehindTheApplicationsBackBreaksTheLogAtItsResubmission() throws Exception {
		long entryId = jdbc.queryForObject("select id from audit_log where action = 'APPROVAL_RESUBMITTED' and object_id = ?",
				Long.class, String.valueOf(requestId));
		assertThat(verifier.verify().intact()).isTrue();

		alterNote("材料齐全，无需补正");
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBrokenId()).isEqualTo(entryId);
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
			mvc.perform(post("/audit/verify").with(user(bureau.legal())).with(csrf()))
				.andExpect(content().string(containsString("签批或报审内容已被改动")));
		}
		finally {
			alterNote("补写了立案依据");
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void roundsWrittenStraightIntoTheDatabaseAreNamedNewestFirstAsVouchedForByNoRow() throws Exception {
		long earlier = forgeRound(3);
		long later = forgeRound(4);
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isTrue();
			// Newest first: rounds from before attestation began hold the lowest ids and would hide these.
			assertThat(after.unattested()).anySatisfy(u -> {
				assertThat(u.type()).isEqualTo("SUBMISSION_ROUND");
				assertThat(u.count()).isEqualTo(2);
				assertThat(u.firstIds()).containsExactly(later, earlier);
			});
			mvc.perform(post("/audit/verify?lang=en").with(user(bureau.legal())).with(csrf()))
				.andExpect(content().string(containsString(
						"Submission rounds: 2 in all; newest ids (at most 20 listed): " + later + ", " + earlier)));
		}
		finally {
			withoutPermanence("delete from approval_request_rounds where id in (" + earlier + ", " + later + ")");
		}
	}

	private long forgeRound(int round) {
		return jdbc.queryForObject("""
				insert into approval_request_rounds (request_id, round, summary, case_version, submitted_by, submitted_at)
				select request_id, ?, summary, case_version, submitted_by, submitted_at
				from approval_request_rounds where request_id = ? and round = 2 returning id""", Long.class, round, requestId);
	}

	private void alterNote(String note) {
		withoutPermanence("update approval_request_rounds set note = '" + note + "' where request_id = " + requestId
				+ " and round = 2");
	}

	private void withoutPermanence(String sql) {
		jdbc.execute("alter table approval_request_rounds disable trigger approval_request_rounds_permanent");
		try {
			jdbc.execute(sql);
		}
		finally {
			jdbc.execute("alter table approval_request_rounds enable trigger approval_request_rounds_permanent");
		}
	}
}
