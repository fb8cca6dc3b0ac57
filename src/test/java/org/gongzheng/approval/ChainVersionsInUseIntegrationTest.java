package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
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
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Which chain version a request runs on: the one in force for its bureau when it was submitted. */
@IntegrationTest
class ChainVersionsInUseIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private final ChainAdministration chainAdministration;

	private final ApprovalChainRepository chains;

	private Fixtures.Bureau bureau;

	ChainVersionsInUseIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			Approvals approvals, JdbcTemplate jdbc, ChainAdministration chainAdministration, ApprovalChainRepository chains) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.jdbc = jdbc;
		this.chainAdministration = chainAdministration;
		this.chains = chains;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void aRunningRequestFinishesOnTheChainVersionItStartedWithWhileNewRequestsTakeTheEditedOne() throws Exception {
		ApprovalChain original = chains.findById(chains.activeIds(ApprovalAction.FILING, bureau.bureau().getId()).get(0))
			.orElseThrow();
		LawCase started = testCases.acceptedWithRecord(bureau, "审批链版本测试案");
		long runningId = testCases.submitForApproval(bureau, started, CaseTransition.FILE);
		ApprovalChain edited = chainAdministration.edit(ApprovalAction.FILING, original.getChainVersion(),
				new ChainEdit(original.getCitationZh(), original.getCitationEn(), "只保留办案部门审核",
						List.of(spec(original.link(1).orElseThrow()))), bureau.legal());
		try {
			LawCase later = testCases.acceptedWithRecord(bureau, "审批链版本测试案");
			long laterId = testCases.submitForApproval(bureau, later, CaseTransition.FILE);
			testApprovals.readEverything(later.getId(), bureau.stationChief().officerId());
			assertThat(sign(bureau.stationChief(), laterId).status()).isEqualTo(Approvals.Status.APPROVED);
			assertThat(testCases.state(later)).isEqualTo(CaseState.FILED);

			testApprovals.readEverything(started.getId(), bureau.stationChief().officerId());
			assertThat(sign(bureau.stationChief(), runningId).status()).isEqualTo(Approvals.Status.PENDING);
			assertThat(jdbc.queryForObject("select current_link from approval_requests where id = ?", Integer.class,
					runningId)).isEqualTo(2);
			assertThat(testCases.state(started)).isEqualTo(CaseState.ACCEPTED);
			testApprovals.readEverything(started.getId(), bureau.reviewer().officerId());
			assertThat(sign(bureau.reviewer(), runningId).status()).isEqualTo(Approvals.Status.APPROVED);
			assertThat(testCases.state(started)).isEqualTo(CaseState.FILED);
			assertThat(jdbc.queryForList("select chain_id from approval_requests where id in (?, ?) order by id", Long.class,
					runningId, laterId)).containsExactly(original.getId(), edited.getId());
		}
		finally {
			chainAdministration.edit(ApprovalAction.FILING, edited.getChainVersion(),
					new ChainEdit(original.getCitationZh(), original.getCitationEn(), "恢复",
							original.getLinks().stream().map(ChainVersionsInUseIntegrationTest::spec).toList()), bureau.legal());
		}
	}

	@Test
	void anEditByOneBureauLeavesTheOtherBureausOnTheirOwnChain() throws Exception {
		ApprovalChain provincial = chains.findById(chains.activeIds(ApprovalAction.FILING, bureau.bureau().getId()).get(0))
			.orElseThrow();
		assertThat(provincial.isProvincialDefault()).isTrue();
		Fixtures.Bureau other = fixtures.bureau();

		ApprovalChain own = chainAdministration.edit(ApprovalAction.FILING, provincial.getChainVersion(),
				new ChainEdit(provincial.getCitationZh(), provincial.getCitationEn(), "本局只保留办案部门审核",
						List.of(spec(provincial.link(1).orElseThrow()))), bureau.legal());

		assertThat(own.getBureauId()).isEqualTo(bureau.bureau().getId());
		assertThat(own.getBasedOnId()).isEqualTo(provincial.getId());
		assertThat(chains.findById(provincial.getId()).orElseThrow().isActive()).as("the default stays in force").isTrue();
		long mine = testCases.submitForApproval(bureau, testCases.acceptedWithRecord(bureau, "本局案件"),
				CaseTransition.FILE);
		long theirs = testCases.submit(other, testCases.acceptedWithRecord(other, "他局案件"), CaseTransition.FILE)
			.approval().id();
		assertThat(jdbc.queryForObject("select chain_id from approval_requests where id = ?", Long.class, mine))
			.isEqualTo(own.getId());
		assertThat(jdbc.queryForObject("select chain_id from approval_requests where id = ?", Long.class, theirs))
			.isEqualTo(provincial.getId());
		mvc.perform(get("/api/v1/approvals/chains").with(user(other.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'FILING')].id").value(hasItem(provincial.getId().intValue())));
		mvc.perform(get("/api/v1/approvals/chains").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'FILING')].id").value(hasItem(own.getId().intValue())));
		mvc.perform(get("/approvals/chains/FILING").with(user(other.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本局目前执行全省默认审批链")))
			.andExpect(content().string(not(containsString("本局只保留办案部门审核"))));

		// The bureau goes back to the default: its own version stays in the history, new requests take the default.
		mvc.perform(post("/approvals/chains/FILING/follow-default").param("version", String.valueOf(own.getChainVersion()))
			.param("reason", "试行结束").with(user(other.legal())).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/approvals/chains/FILING/follow-default").param("version", String.valueOf(own.getChainVersion()))
			.param("reason", "试行结束").with(user(bureau.legal())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/approvals/chains/FILING/follow-default").param("version", "1").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"试行结束\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.chain.alreadyDefault"));
		long afterwards = testCases.submitForApproval(bureau, testCases.acceptedWithRecord(bureau, "回默认后"),
				CaseTransition.FILE);
		assertThat(jdbc.queryForObject("select chain_id from approval_requests where id = ?", Long.class, afterwards))
			.isEqualTo(provincial.getId());
		mvc.perform(get("/api/v1/approvals/chains/FILING/versions").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.chain.id == " + own.getId() + ")].inForce").value(hasItem(false)))
			.andExpect(jsonPath("$.content[?(@.chain.id == " + provincial.getId() + ")].inForce").value(hasItem(true)));

		// A later edit starts a new own version, numbered after the retired one and based on the default.
		ApprovalChain again = chainAdministration.edit(ApprovalAction.FILING, provincial.getChainVersion(),
				new ChainEdit(provincial.getCitationZh(), provincial.getCitationEn(), "再次修改",
						List.of(spec(provincial.link(1).orElseThrow()))), bureau.legal());
		assertThat(again.getChainVersion()).isEqualTo(own.getChainVersion() + 1);
		assertThat(again.getBasedOnId()).isEqualTo(provincial.getId());
	}

	private static LinkSpec spec(ChainLink link) {
		return new LinkSpec(link.getNameZh(), link.getNameEn(), link.getRole(), link.getUnitLevel(),
				link.getMinQualification(), link.isCountersign(), link.getReviewAmount(), link.getReviewUnit());
	}

	private Approvals.RequestSummary sign(SignedInOfficer signer, long requestId) {
		return approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
	}
}
