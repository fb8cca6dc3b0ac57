package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalChainRepository;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.ChainLink;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each link of a request is signed by someone else: a chain edited so that one station chief could
 * take two links of it still needs two people.
 */
@IntegrationTest
class SeparateSignersIntegrationTest {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final Fixtures.Bureau bureau;

	SeparateSignersIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures, TestApprovals testApprovals,
			TestCases testCases, Approvals approvals, ChainAdministration chainAdministration,
			ApprovalChainRepository chains) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.bureau = fixtures.bureau();
		// The bureau's own filing chain: the handling unit reviews, and then reviews again.
		ApprovalChain provincial = chains.findById(chains.activeIds(ApprovalAction.FILING, bureau.bureau().getId()).get(0))
			.orElseThrow();
		ChainLink review = provincial.link(1).orElseThrow();
		chainAdministration.edit(ApprovalAction.FILING, provincial.getChainVersion(),
				new ChainEdit(provincial.getCitationZh(), provincial.getCitationEn(), "办案部门复核",
						List.of(spec(review, review.getNameZh(), review.getNameEn()),
								spec(review, "办案部门复核", "Second review by the handling unit"))),
				bureau.legal());
	}

	@Test
	void theStationChiefWhoSignedTheFirstLinkCannotSignTheSecondAndNothingIsSigned() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "两环节同一人");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		assertThat(approvals.sign(requestId, Approvals.Decision.APPROVE, null, bureau.stationChief()).status())
			.isEqualTo(Approvals.Status.PENDING);

		mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(bureau.stationChief()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.otherLinkSigned"))
			.andExpect(jsonPath("$.detail").value("您已签批本轮第 1 个环节；同一请求的不同环节须由不同的人签批。"));
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select current_link from approval_requests where id = ?", Integer.class,
				requestId)).isEqualTo(2);
	}

	@Test
	void nobodyElseAtTheLinkLeavesTheRequestMarkedAsOneNobodyCanSignAndOutOfTheChiefsQueue() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "两环节同一人");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(requestId, Approvals.Decision.APPROVE, null, bureau.stationChief());

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibleSigners").isEmpty())
			.andExpect(jsonPath("$.nobodyCanSign").value(true));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waitingForMe[*].id").value(not(hasItem((int) requestId))));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您已签批本轮第 1 个环节")));
	}

	private static LinkSpec spec(ChainLink link, String nameZh, String nameEn) {
		return new LinkSpec(nameZh, nameEn, link.getRole(), link.getUnitLevel(), link.getMinQualification(),
				link.isCountersign(), link.getReviewAmount(), link.getReviewUnit());
	}
}
