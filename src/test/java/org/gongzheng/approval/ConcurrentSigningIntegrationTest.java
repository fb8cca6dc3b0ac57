package org.gongzheng.approval;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Signers acting at the same moment: one outcome per link, and the other learns exactly why. */
@IntegrationTest
class ConcurrentSigningIntegrationTest {

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final LawCaseRepository cases;

	private final Messages messages;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	ConcurrentSigningIntegrationTest(Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			Approvals approvals, LawCaseRepository cases, Messages messages, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.cases = cases;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void twoSignersOfOneLinkAtOnceProduceExactlyOneSignatureAndTheOtherIsToldWhoSigned() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "并发签批案");
		long id = approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, lawCase.getId(),
				cases.findById(lawCase.getId()).orElseThrow().getVersion(), "PENALTY_DECISION", "78", "拟处罚", null),
				bureau.officer()).id();
		signAfterReading(lawCase, bureau.stationChief(), id);
		testApprovals.readEverything(lawCase.getId(), bureau.legal().officerId());
		testApprovals.readEverything(lawCase.getId(), bureau.secondLegal().officerId());
		List<Object> outcomes = Races.race(() -> approvals.sign(id, 1, 2, Approvals.Decision.APPROVE, null, bureau.legal()),
				() -> approvals.sign(id, 1, 2, Approvals.Decision.APPROVE, null, bureau.secondLegal()));
		assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o instanceof Approvals.RequestSummary).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ? and link_order = 2",
				Integer.class, id)).isEqualTo(1);
		SignedInOfficer winner = outcomes.get(0) instanceof Approvals.RequestSummary ? bureau.legal() : bureau.secondLegal();
		ConflictException lost = conflictIn(outcomes);
		assertThat(lost.messageCode()).isEqualTo("approval.linkSigned");
		assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, lost.messageCode(), lost.arguments()))
			.isEqualTo("第1轮第2环节已由" + winner.name() + "签批（同意），您的签批未保存。请刷新查看审批单现在的状态。");
		assertThat(messages.get(Locale.ENGLISH, lost.messageCode(), lost.arguments()))
			.startsWith("Link 2 of round 1 was already signed by " + winner.name() + " (Approve)");
	}

	@Test
	void aDoubleClickSignsOnceAndTheSecondClickIsToldItWasAlreadySigned() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "双击签批案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		List<Object> outcomes = Races.race(
				() -> approvals.sign(requestId, 1, 1, Approvals.Decision.APPROVE, null, bureau.stationChief()),
				() -> approvals.sign(requestId, 1, 1, Approvals.Decision.APPROVE, null, bureau.stationChief()));
		assertThat(outcomes).filteredOn(o -> o instanceof Approvals.RequestSummary).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isEqualTo(1);
		ConflictException second = conflictIn(outcomes);
		assertThat(second.messageCode()).isEqualTo("approval.linkSignedByYou");
		assertThat(messages.get(Locale.ENGLISH, second.messageCode(), second.arguments()))
			.isEqualTo("You have already signed link 1 of round 1 (Approve); the repeated submission was not saved again.");
	}

	@Test
	void aCountersignerWhoSendsAgainAfterAnotherSignedIsToldHisOwnSignatureStands() {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "会签重复提交案");
		long id = approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, lawCase.getId(),
				cases.findById(lawCase.getId()).orElseThrow().getVersion(), "PENALTY_DECISION", "79", "拟处罚", null),
				bureau.officer()).id();
		signAfterReading(lawCase, bureau.stationChief(), id);
		signAfterReading(lawCase, bureau.legal(), id);
		signAfterReading(lawCase, bureau.leader(), id);
		testApprovals.readEverything(lawCase.getId(), bureau.secondLeader().officerId());
		approvals.sign(id, 1, 3, Approvals.Decision.RETURN, "请补充证据", bureau.secondLeader());

		// The first leader's second tab, or a retry of his call, sends his approval again.
		ConflictException again = assertThrows(ConflictException.class,
				() -> approvals.sign(id, 1, 3, Approvals.Decision.APPROVE, null, bureau.leader()));
		assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, again.messageCode(), again.arguments()))
			.isEqualTo("您已签批第1轮第3环节（同意），您的签批已记录；此后" + bureau.secondLeader().name()
					+ "也签批了该环节（退回补正），重复提交的签批未再保存。请刷新查看审批单现在的状态。");
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ? and signer_id = ?",
				Integer.class, id, bureau.leader().officerId())).isEqualTo(1);
	}

	@Test
	void aSignatureForARequestThatLeftReviewNamesItsStatus() {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "已退回签批案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(requestId, 1, 1, Approvals.Decision.RETURN, "请补充询问笔录", bureau.stationChief());
		ConflictException refusal = assertThrows(ConflictException.class,
				() -> approvals.sign(requestId, null, null, Approvals.Decision.APPROVE, null, bureau.reviewer()));
		assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, refusal.messageCode(), refusal.arguments()))
			.isEqualTo("该审批单当前状态为「已退回补正」，没有待签环节，您的签批未保存。请刷新查看。");
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isEqualTo(1);
	}

	@Test
	void aSignatureMeantForALinkTheRequestIsNoLongerAtSaysWhereItWaitsAndARoundOrLinkItNeverHadIsAWrongValue() {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "环节已前移签批案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		testApprovals.readEverything(lawCase.getId(), bureau.reviewer().officerId());
		ConflictException moved = assertThrows(ConflictException.class,
				() -> approvals.sign(requestId, 1, 2, Approvals.Decision.APPROVE, null, bureau.reviewer()));
		assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, moved.messageCode(), moved.arguments()))
			.isEqualTo("该审批单现在待签的是第1轮第1环节，与您签批时页面所示不同，签批未保存。请刷新查看。");
		InvalidInputException unknown = assertThrows(InvalidInputException.class,
				() -> approvals.sign(requestId, 7, 1, Approvals.Decision.APPROVE, null, bureau.reviewer()));
		assertThat(unknown.fieldProblems().get(0).field()).isEqualTo("round");
		assertThat(fieldMessage(Locale.ENGLISH, unknown))
			.isEqualTo("This request has no round 7 (it is in round 1); nothing was signed. Reload the page and try again.");
		InvalidInputException noSuchLink = assertThrows(InvalidInputException.class,
				() -> approvals.sign(requestId, 1, 9, Approvals.Decision.APPROVE, null, bureau.reviewer()));
		assertThat(noSuchLink.fieldProblems().get(0).field()).isEqualTo("link");
		assertThat(fieldMessage(Locale.SIMPLIFIED_CHINESE, noSuchLink))
			.isEqualTo("审批链没有第9环节（共2个环节），签批未保存。请刷新页面后重试。");
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isZero();
	}

	/** The message of the one field the refusal names, as the reader of {@code locale} gets it. */
	private String fieldMessage(Locale locale, InvalidInputException refusal) {
		InvalidInputException.FieldProblem problem = refusal.fieldProblems().get(0);
		return messages.get(locale, problem.messageCode(), problem.arguments());
	}

	private void signAfterReading(LawCase lawCase, SignedInOfficer signer, long requestId) {
		testApprovals.readEverything(lawCase.getId(), signer.officerId());
		approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
	}

	private static ConflictException conflictIn(List<Object> outcomes) {
		return outcomes.stream().filter(ConflictException.class::isInstance).map(ConflictException.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("no conflict in " + outcomes));
	}
}
