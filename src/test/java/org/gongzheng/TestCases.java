package org.gongzheng;

import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.TransitionOutcome;
import org.gongzheng.organization.SignedInOfficer;

/** Cases ready for approval, for tests about approval: accepted, with one inquiry record. */
@Component
public class TestCases {

	private final CaseWork work;

	private final Materials materials;

	private final LawCaseRepository cases;

	TestCases(CaseWork work, Materials materials, LawCaseRepository cases) {
		this.work = work;
		this.materials = materials;
		this.cases = cases;
	}

	/** An administrative case the officer registered in his unit and accepted, with no material yet. */
	public LawCase accepted(SignedInOfficer officer, String title) {
		LawCase lawCase = work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, title, "案情", ReportSource.CALL_110,
				null, null, null, null, null, officer.officerId()), officer);
		work.transition(lawCase.getId(), new TransitionCommand(CaseTransition.ACCEPT, 0L, null, null, null, null, null),
				officer);
		return cases.findById(lawCase.getId()).orElseThrow();
	}

	/** An administrative case the bureau's officer registered and accepted, with one inquiry record. */
	public LawCase acceptedWithRecord(Fixtures.Bureau bureau, String title) {
		return acceptedWithRecord(bureau.officer(), title);
	}

	/** The same, registered in the officer's unit and handled by them. */
	public LawCase acceptedWithRecord(SignedInOfficer officer, String title) {
		LawCase lawCase = accepted(officer, title);
		addRecord(officer, lawCase.getId());
		return cases.findById(lawCase.getId()).orElseThrow();
	}

	/**
	 * Adds an inquiry record to the case: what its approval requests give signers to read, since a
	 * request with no material is refused.
	 */
	public void addRecord(SignedInOfficer officer, long caseId) {
		materials.add(caseId, new MaterialCommand(MaterialType.INQUIRY_RECORD, "询问笔录", "问：经过？答：被打。", null,
				null, null, null, null), null, null, null, officer);
	}

	/** The officer asks for the transition at the case's current version; it waits for approval. */
	public TransitionOutcome submit(Fixtures.Bureau bureau, LawCase lawCase, CaseTransition transition) {
		return submit(bureau.officer(), lawCase, transition);
	}

	/** The same, asked by the given officer. */
	public TransitionOutcome submit(SignedInOfficer officer, LawCase lawCase, CaseTransition transition) {
		return work.transition(lawCase.getId(), new TransitionCommand(transition,
				cases.findById(lawCase.getId()).orElseThrow().getVersion(), "建议立案", null, null, null, null),
				officer);
	}

	/** As {@link #submit}, for a transition that needs approval: the request's id. */
	public long submitForApproval(Fixtures.Bureau bureau, LawCase lawCase, CaseTransition transition) {
		return submitForApproval(bureau.officer(), lawCase, transition);
	}

	/** The same, asked by the given officer. */
	public long submitForApproval(SignedInOfficer officer, LawCase lawCase, CaseTransition transition) {
		TransitionOutcome outcome = submit(officer, lawCase, transition);
		if (!outcome.awaitingApproval()) {
			throw new IllegalStateException(transition + " did not wait for approval");
		}
		return outcome.approval().id();
	}

	public long version(LawCase lawCase) {
		return cases.findById(lawCase.getId()).orElseThrow().getVersion();
	}

	public CaseState state(LawCase lawCase) {
		return cases.findById(lawCase.getId()).orElseThrow().getState();
	}
}
