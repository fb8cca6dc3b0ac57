package org.gongzheng.discretion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestApprovals;
import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.Cases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The last signature of a case's revocation and the last signature of a penalty on the same case,
 * at the same moment. Each would hold its own request's lock and then need the case row and the
 * other request (to withdraw it as moot); before both took the case's lock first, PostgreSQL broke
 * that deadlock after a second by failing one of them. Now the second waits, then is told its
 * request was decided meanwhile, and the case never ends revoked with a decision issued on it, nor
 * decided with its revocation still open.
 */
@IntegrationTest
class EndingRaceIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final Cases cases;

	private final Approvals approvals;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private PenaltyCases.InvestigatedCase assault;

	EndingRaceIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, Cases cases,
			Approvals approvals, TestApprovals testApprovals, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.cases = cases;
		this.approvals = approvals;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void investigatedAssault() {
		bureau = fixtures.bureau();
		assault = penaltyCases.assault(bureau);
	}

	@RepeatedTest(2)
	void revokingTheCaseAndApprovingItsPenaltyAtOnceNeverIssuesADecisionOnARevokedCase() throws Exception {
		long revocation = submitRevocation();
		// As data written before the two could not wait together may hold them, or as they would
		// be if a returned revocation were resubmitted past its check: both pending at once.
		jdbc.update("update approval_requests set status = 'RETURNED' where id = ?", revocation);
		long penalty = propose();
		jdbc.update("update approval_requests set status = 'PENDING' where id = ?", revocation);
		long[] requests = { revocation, penalty };
		List<Callable<Object>> lastSignatures = new ArrayList<>();
		for (long request : requests) {
			SignedInOfficer signer = signUpToTheLastLink(request);
			lastSignatures.add(() -> {
				var response = mvc.perform(post("/api/v1/approvals/{id}/signatures", request).with(user(signer))
					.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")).andReturn().getResponse();
				return response.getStatus() == 200 ? "200"
						: response.getStatus() + " " + JsonPath.read(response.getContentAsString(), "$.code");
			});
		}

		List<Object> answers = Races.race(lastSignatures.get(0), lastSignatures.get(1));

		// One goes first; the other waits for the case's lock, then finds its request already decided by
		// what the first did (withdrawn), and is told so: no deadlock for PostgreSQL to break.
		assertThat(answers).containsExactlyInAnyOrder("200", "409 approval.closed");
		String state = jdbc.queryForObject("select state from cases where id = ?", String.class, assault.caseId());
		int decisions = jdbc.queryForObject(
				"select count(*) from legal_documents where case_id = ? and type = 'PENALTY_DECISION_ORDINARY'", Integer.class,
				assault.caseId());
		if ("REVOKED".equals(state)) {
			assertThat(decisions).isZero();
			assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, penalty))
				.isEqualTo("WITHDRAWN");
		}
		else {
			assertThat(state).isEqualTo("DECIDED");
			assertThat(decisions).isEqualTo(1);
			// A decided case can no longer be revoked: the decision withdrew the request as moot.
			assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, revocation))
				.isEqualTo("WITHDRAWN");
		}
		// Nothing half done: every request is either decided or still waiting at its last link.
		assertThat(jdbc.queryForList("select status from approval_requests where id in (?, ?)", String.class, revocation,
				penalty)).allSatisfy(s -> assertThat(s).isIn("APPROVED", "WITHDRAWN", "PENDING"));
	}

	private long submitRevocation() throws Exception {
		long version = cases.facts(assault.caseId()).orElseThrow().version();
		mvc.perform(post("/api/v1/cases/{id}/transitions", assault.caseId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\":\"REVOKE\",\"version\":%d,\"reason\":\"经调查不应追究\"}".formatted(version)))
			.andExpect(status().isAccepted());
		return approvals.requestsFor(assault.caseId()).stream()
			.filter(r -> r.action() == ApprovalAction.REVOCATION)
			.findFirst().orElseThrow().id();
	}

	private long propose() throws Exception {
		String response = mvc.perform(post("/api/v1/cases/{id}/penalty-decisions", assault.caseId())
			.with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON).content("""
					{"partyId": %d, "violationCode": "PO01", "circumstances": [],
					 "facts": "张某在东湖路因琐事殴打李四，致其面部擦伤，有询问笔录和执法记录仪视频证实。",
					 "fine": 200, "detentionDays": 5}""".formatted(assault.offenderId())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.approvalRequestId")).longValue();
	}

	/** Signs every link but the last; returns who may sign the last one, having read the materials. */
	private SignedInOfficer signUpToTheLastLink(long requestId) {
		int links = jdbc.queryForObject("""
				select count(*) from approval_chain_links
				where chain_id = (select chain_id from approval_requests where id = ?)""", Integer.class, requestId);
		while (true) {
			Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
			SignedInOfficer signer = testApprovals.signerOf(approvals.eligibleSigners(requestId).get(0));
			testApprovals.readEverything(assault.caseId(), signer.officerId());
			Integer link = jdbc.queryForObject("select current_link from approval_requests where id = ?", Integer.class,
					request.id());
			if (link == links) {
				return signer;
			}
			approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
		}
	}
}
