package org.gongzheng.approval;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legal review of a major penalty (Administrative Penalty Law art. 58) is signed in the unit
 * marked as the bureau's legal-affairs department, and nowhere else.
 */
@IntegrationTest
class LegalReviewLevelIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	LegalReviewLevelIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			Approvals approvals, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void aDetachmentsOwnLegalOfficerDoesNotSignTheBureausLegalReview() throws Exception {
		Unit detachment = fixtures.anotherUnit(bureau, bureau.bureau(), "刑侦支队", UnitKind.DEPARTMENT);
		// Administrators can no longer give LEGAL outside the legal-affairs department; older data may hold it.
		SignedInOfficer detachmentLegal = fixtures.anotherOfficer(bureau, detachment, "支队法制员", Role.LEGAL);
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "法制审核层级测试案");
		long id = majorPenalty(lawCase);
		approveAfterReading(lawCase, bureau.stationChief(), id);

		assertThat(approvals.eligibleSigners(id)).containsExactlyInAnyOrder(bureau.legal().officerId(),
				bureau.secondLegal().officerId());
		testApprovals.readEverything(lawCase.getId(), detachmentLegal.officerId());
		mvc.perform(post("/api/v1/approvals/{id}/signatures", id).with(user(detachmentLegal))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.unitLevel"));
		approveAfterReading(lawCase, bureau.legal(), id);
		assertThat(jdbc.queryForObject("select current_link from approval_requests where id = ?", Integer.class, id))
			.isEqualTo(3);
	}

	@Test
	void aLegalReviewInABureauWithNoLegalAffairsDepartmentSaysItWaitsForTheUnitToBeMarked() throws Exception {
		jdbc.update("update units set legal_affairs = false where path like ?", bureau.bureau().getPath() + "%");
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "法制审核层级测试案");
		long id = majorPenalty(lawCase);
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.leader())))
			.andExpect(content().string(not(containsString("本局还没有单位标为法制部门"))));
		approveAfterReading(lawCase, bureau.stationChief(), id);

		assertThat(approvals.eligibleSigners(id)).isEmpty();
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.leader())))
			.andExpect(content().string(containsString("id=\"nobody-can-sign\"")))
			.andExpect(content().string(containsString("本局还没有单位标为法制部门。管理员在“管理 › 单位”中标出法制部门后")));
	}

	private long majorPenalty(LawCase lawCase) {
		return testApprovals.submitMajorFine(bureau.officer(), lawCase.getId(), "80");
	}

	private void approveAfterReading(LawCase lawCase, SignedInOfficer signer, long id) {
		testApprovals.readEverything(lawCase.getId(), signer.officerId());
		approvals.sign(id, Approvals.Decision.APPROVE, "同意", signer);
	}
}
