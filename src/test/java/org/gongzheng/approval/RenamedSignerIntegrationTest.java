package org.gongzheng.approval;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SignatureRepository;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signature names its signer as they signed, and a round its submitter as they submitted: a later
 * change of name leaves the record saying who acted.
 */
@IntegrationTest
class RenamedSignerIntegrationTest {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final SignatureRepository signatures;

	private final AuditVerifier verifier;

	private final Fixtures.Bureau bureau;

	RenamedSignerIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures, TestCases testCases,
			TestApprovals testApprovals, Approvals approvals, SignatureRepository signatures, AuditVerifier verifier) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.signatures = signatures;
		this.verifier = verifier;
		this.bureau = fixtures.bureau();
	}

	@Test
	void theRecordsShowTheNameTheChiefSignedWithAndTheNameTheyHaveNow() throws Exception {
		SignedInOfficer chief = bureau.stationChief();
		String signedAs = jdbc.queryForObject("select name from officers where id = ?", String.class, chief.officerId());
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "签批人更名");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), chief.officerId());
		approvals.sign(requestId, Approvals.Decision.APPROVE, null, chief);
		rename(chief, "更名后所长");
		String was = signedAs + "（" + chief.getUsername() + "）";
		String now = "更名后所长（" + chief.getUsername() + "）";

		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(was + "，现为 " + now)));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString(was + "，现为 " + now)));
		mvc.perform(get("/approvals/records/officers/{o}", chief.officerId()).with(user(bureau.legal())))
			.andExpect(content().string(containsString("签批时为 " + was)));
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(jsonPath("$.requests[0].signatures[0].signer.name").value("更名后所长"))
			.andExpect(jsonPath("$.requests[0].signatures[0].signedAs.name").value(signedAs))
			.andExpect(jsonPath("$.requests[0].signatures[0].signedAs.policeNumber").value(chief.getUsername()));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.signatures[0].signedAs.name").value(signedAs));
		byte[] excel = mvc.perform(get("/api/v1/approvals/records/cases/{c}/xlsx", lawCase.getId())
			.with(user(bureau.legal()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(excel)).contains(was + "，现为 " + now);
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString(signedAs + " (" + chief.getUsername() + "), now 更名后所长 ("
					+ chief.getUsername() + ")")));
	}

	@Test
	void theRecordsShowTheNameTheOfficerSubmittedWithAndTheAuditLogVouchesForIt() throws Exception {
		SignedInOfficer submitter = bureau.officer();
		String submittedAs = jdbc.queryForObject("select name from officers where id = ?", String.class,
				submitter.officerId());
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "提交人更名");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		rename(submitter, "更名后民警");
		String was = submittedAs + "（" + submitter.getUsername() + "）";

		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(content().string(containsString(was + "，现为 更名后民警（" + submitter.getUsername() + "）")));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.rounds[0].submittedBy").value((int) submitter.officerId()))
			.andExpect(jsonPath("$.rounds[0].submittedAs.name").value(submittedAs));
		assertThat(verifier.verify().intact()).as("a rename changes no record").isTrue();

		long roundId = jdbc.queryForObject("select id from approval_request_rounds where request_id = ?", Long.class,
				requestId);
		testApprovals.alterRound(roundId, "submitter_name", "他人");
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}
		finally {
			testApprovals.alterRound(roundId, "submitter_name", submittedAs);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRoundNamesItsSubmitterByTheNameAndPoliceNumberOnRecordNotByTheSessionsUserName() {
		SignedInOfficer officer = bureau.officer();
		// An account's user name need not be the police number, and this session has not yet seen a rename.
		SignedInOfficer session = new SignedInOfficer(officer.accountId(), officer.officerId(), "wang.fang",
				officer.getPassword(), "旧名", officer.unitId(), officer.unitPath(), officer.zone(), officer.roles(), true);
		jdbc.update("update officers set name = '新名' where id = ?", officer.officerId());
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "提交人账号名");
		long requestId = approvals.submit(new ApprovalSubmission(ApprovalAction.FILING, lawCase.getId(),
				testCases.version(lawCase), null, null, "建议立案", null), session).id();

		assertThat(jdbc.queryForMap("""
				select submitter_name, submitter_police_number from approval_request_rounds where request_id = ?""",
				requestId))
			.containsEntry("submitter_name", "新名")
			.containsEntry("submitter_police_number",
					jdbc.queryForObject("select police_number from officers where id = ?", String.class,
							officer.officerId()));
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void theNameSignedWithIsPartOfWhatTheAuditLogVouchesFor() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "署名篡改");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(requestId, Approvals.Decision.APPROVE, null, bureau.stationChief());
		Signature signed = signatures.findByCaseIdOrderBySignedAtAsc(lawCase.getId()).get(0);
		assertThat(signed.getSignerName()).isNotBlank();

		// Behind the application's back, the signature is made to name someone else.
		testApprovals.alterSignature(signed.getId(), "signer_name", "他人");
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}
		finally {
			testApprovals.alterSignature(signed.getId(), "signer_name", signed.getSignerName());
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private void rename(SignedInOfficer officer, String name) throws Exception {
		long version = jdbc.queryForObject("select version from officers where id = ?", Long.class, officer.officerId());
		mvc.perform(put("/api/v1/officers/{id}", officer.officerId()).param("version", String.valueOf(version))
			.with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON).content("""
					{"policeNumber": "%s", "name": "%s", "unitId": %d, "qualificationLevel": "ADVANCED",
					 "qualificationValidFrom": "2025-01-01", "qualificationValidUntil": "2027-12-31", "active": true}"""
				.formatted(officer.getUsername(), name,
						jdbc.queryForObject("select unit_id from officers where id = ?", Long.class, officer.officerId()))))
			.andExpect(status().isOk());
	}
}
