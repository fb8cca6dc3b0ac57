package org.gongzheng.approval;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The handler adds a record to the case at the moment the last link signs its filing. Whichever
 * goes first, the other is either done on the case as it then stands or refused with a reason: the
 * signature never approves a case version its signer did not see, and nothing fails with a 500.
 */
@IntegrationTest
class CaseChangeRaceIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	CaseChangeRaceIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			Approvals approvals, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@RepeatedTest(6)
	void aRecordAddedWhileTheLastLinkSignsEitherComesAfterTheFilingOrMakesTheSignatureStale() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "补充材料与签批并发案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		SignedInOfficer last = signUpToTheLastLink(requestId, lawCase.getId());

		List<Object> answers = Races.race(
				() -> answer(mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(last))
					.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")).andReturn().getResponse()),
				() -> answer(mvc.perform(post("/api/v1/cases/{id}/materials", lawCase.getId()).with(user(bureau.officer()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"type\":\"INQUIRY_RECORD\",\"title\":\"补充询问笔录\",\"body\":\"问：当时情况？答：如实陈述。\"}"))
					.andReturn().getResponse()));

		String signature = (String) answers.get(0);
		String material = (String) answers.get(1);
		assertThat(material).as(answers.toString()).isEqualTo("201");
		String state = jdbc.queryForObject("select state from cases where id = ?", String.class, lawCase.getId());
		String status = jdbc.queryForObject("select status from approval_requests where id = ?", String.class, requestId);
		if (signature.equals("200")) {
			// The signature went first: the case was filed on what the signer saw, then the record came.
			assertThat(state).isEqualTo("FILED");
			assertThat(status).isEqualTo("APPROVED");
		}
		else {
			// The record went first: what was submitted is no longer the case, so nobody may approve it.
			assertThat(signature).as(answers.toString()).isEqualTo("409 approval.stale");
			assertThat(state).isEqualTo("ACCEPTED");
			assertThat(status).isEqualTo("PENDING");
		}
	}

	private SignedInOfficer signUpToTheLastLink(long requestId, long caseId) {
		int links = jdbc.queryForObject("""
				select count(*) from approval_chain_links l join approval_requests r on r.chain_id = l.chain_id
				where r.id = ?""", Integer.class, requestId);
		for (int link = 1; link < links; link++) {
			SignedInOfficer signer = testApprovals.signerOf(approvals.eligibleSigners(requestId).get(0));
			testApprovals.readEverything(caseId, signer.officerId());
			approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
		}
		SignedInOfficer last = testApprovals.signerOf(approvals.eligibleSigners(requestId).get(0));
		testApprovals.readEverything(caseId, last.officerId());
		return last;
	}

	private static String answer(MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		return status < 300 ? String.valueOf(status)
				: status + " " + JsonPath.read(response.getContentAsString(), "$.code");
	}
}
