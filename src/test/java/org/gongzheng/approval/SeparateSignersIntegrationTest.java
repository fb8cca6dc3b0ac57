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
import org.gongzheng.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

	private final Fixtures fixtures;

	private final ApprovalChainRepository chains;

	private final Fixtures.Bureau bureau;

	SeparateSignersIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures, TestApprovals testApprovals,
			TestCases testCases, Approvals approvals, ChainAdministration chainAdministration,
			ApprovalChainRepository chains) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.fixtures = fixtures;
		this.chains = chains;
		this.bureau = fixtures.bureau();
		// Station two has a chief too, so the bureau has two people for two station reviews; a case
		// of station one still has only its own chief.
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		ApprovalChain provincial = filingChain(bureau);
		chainAdministration.edit(ApprovalAction.FILING, provincial.getChainVersion(), twoStationReviews(provincial),
				bureau.legal());
	}

	/** The filing chain in force: the handling unit reviews, and then reviews again. */
	private static ChainEdit twoStationReviews(ApprovalChain provincial) {
		ChainLink review = provincial.link(1).orElseThrow();
		return new ChainEdit(provincial.getCitationZh(), provincial.getCitationEn(), "办案部门复核",
				List.of(spec(review, review.getNameZh(), review.getNameEn()),
						spec(review, "办案部门复核", "Second review by the handling unit")));
	}

	private ApprovalChain filingChain(Fixtures.Bureau of) {
		return chains.findById(chains.activeIds(ApprovalAction.FILING, of.bureau().getId()).get(0)).orElseThrow();
	}

	@Test
	void aChainWithMoreLinksAtOneLevelThanTheBureauHasPeopleForIsRefusedOnTheLinkLeftOver() throws Exception {
		Fixtures.Bureau small = fixtures.bureau();
		ApprovalChain provincial = filingChain(small);
		String body = new tools.jackson.databind.ObjectMapper().writeValueAsString(twoStationReviews(provincial));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", String.valueOf(provincial.getChainVersion()))
			.with(user(small.legal())).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[1].role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("同一请求的每个环节须由不同的人签批")));
		assertThat(filingChain(small).getId()).isEqualTo(provincial.getId());
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
		// The lists read who signed what for their whole page at once, and mark it the same way.
		mvc.perform(get("/api/v1/approvals").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.requestId == " + requestId + ")].nobodyCanSign").value(hasItem(true)));
		mvc.perform(get("/api/v1/approvals/queue/submittedByMe").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.requestId == " + requestId + ")].nobodyCanSign").value(hasItem(true)));
	}

	private static LinkSpec spec(ChainLink link, String nameZh, String nameEn) {
		return new LinkSpec(nameZh, nameEn, link.getRole(), link.getUnitLevel(), link.getMinQualification(),
				link.isCountersign(), link.getReviewAmount(), link.getReviewUnit());
	}
}
