package org.gongzheng.discretion;

import java.time.Instant;

import org.springframework.stereotype.Component;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.Party;
import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.shared.identity.ResidentIdentityNumber;

/**
 * An administrative case under investigation with one offender and an inquiry record (what
 * its approval requests give signers to read), handled by the bureau's officer.
 */
@Component
public class PenaltyCases {

	public record InvestigatedCase(long caseId, long offenderId) {
	}

	private final CaseWork work;

	private final Parties parties;

	private final LawCaseRepository cases;

	private final TestApprovals approvals;

	private final TestCases testCases;

	PenaltyCases(CaseWork work, Parties parties, LawCaseRepository cases, TestApprovals approvals, TestCases testCases) {
		this.work = work;
		this.testCases = testCases;
		this.parties = parties;
		this.cases = cases;
		this.approvals = approvals;
	}

	public InvestigatedCase assault(Fixtures.Bureau bureau) {
		var officer = bureau.officer();
		LawCase c = work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "张某殴打他人案", "报警人称在东湖路被张某殴打，面部擦伤。",
				ReportSource.CALL_110, "李四", null, Instant.now().minusSeconds(7200), "东湖路88号", null, null), officer);
		transition(c.getId(), CaseTransition.ACCEPT, officer.officerId(), bureau);
		String body = "11010119900307" + "123";
		Party offender = parties.add(c.getId(), new PartyCommand(PartyKind.PERSON, PartyRole.OFFENDER, "张某",
				body + ResidentIdentityNumber.checkCharacterFor(body), "MALE", null, null, "青岚市东湖路1号", null, null),
				officer);
		testCases.addRecord(officer, c.getId());
		transition(c.getId(), CaseTransition.FILE, null, bureau);
		transition(c.getId(), CaseTransition.START_INVESTIGATION, null, bureau);
		return new InvestigatedCase(c.getId(), offender.getId());
	}

	/** Takes a transition, signing its approval to the end where one is needed (filing is). */
	private void transition(long caseId, CaseTransition transition, Long handler, Fixtures.Bureau bureau) {
		long version = cases.findById(caseId).orElseThrow().getVersion();
		var outcome = work.transition(caseId, new TransitionCommand(transition, version, null, handler, null, null, null),
				bureau.officer());
		if (outcome.awaitingApproval()) {
			approvals.approveAll(outcome.approval().id());
		}
	}
}
