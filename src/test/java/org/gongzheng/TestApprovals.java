package org.gongzheng;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalSubmission;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.internal.AccountDetailsService;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;

/**
 * Drives approval requests to the end in tests that are about something else: each link is
 * signed by an officer the chain names, after reading the materials (recorded as view receipts).
 */
@Component
public class TestApprovals {

	private final Approvals approvals;

	private final Organization organization;

	private final AccountDetailsService accounts;

	private final JdbcTemplate jdbc;

	TestApprovals(Approvals approvals, Organization organization, AccountDetailsService accounts, JdbcTemplate jdbc) {
		this.approvals = approvals;
		this.organization = organization;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** Signs every remaining link with approval. */
	public void approveAll(long requestId) {
		for (int guard = 0; guard < 20; guard++) {
			Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
			if (request.status() != Approvals.Status.PENDING) {
				return;
			}
			List<Long> signers = approvals.eligibleSigners(requestId);
			if (signers.isEmpty()) {
				throw new IllegalStateException("Nobody can sign request " + requestId);
			}
			SignedInOfficer signer = signerOf(signers.get(0));
			readEverything(request.caseId(), signer.officerId());
			approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
		}
		throw new IllegalStateException("Request " + requestId + " did not finish");
	}

	/** The officer who gave the request's first signature. */
	public long firstSignerOf(long requestId) {
		return jdbc.queryForObject("select signer_id from approval_signatures where request_id = ? order by signed_at, id limit 1",
				Long.class, requestId);
	}

	/** Returns the request for correction at its open link, signed by the first who may sign it. */
	public void returnForCorrection(long requestId, String opinion) {
		Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
		SignedInOfficer signer = signerOf(approvals.eligibleSigners(requestId).get(0));
		readEverything(request.caseId(), signer.officerId());
		approvals.sign(requestId, Approvals.Decision.RETURN, opinion, signer);
	}

	/** The pending request on a case for an action, newest first. */
	public long pendingOn(long caseId) {
		return approvals.requestsFor(caseId).stream().filter(r -> r.status() == Approvals.Status.PENDING)
			.map(Approvals.RequestSummary::id).findFirst()
			.orElseThrow(() -> new IllegalStateException("No pending approval on case " + caseId));
	}

	public SignedInOfficer signerOf(long officerId) {
		return accounts.loadUserByUsername(organization.officer(officerId).orElseThrow().policeNumber());
	}

	/**
	 * What a database administrator could do behind the application's back: switch the signatures'
	 * permanence trigger off, change one column of a signature, and switch it on again.
	 */
	public void alterSignature(long signatureId, String column, String value) {
		alter("approval_signatures", "approval_signatures_no_update", signatureId, column, value);
	}

	/** As {@link #alterSignature}, for a submission round. */
	public void alterRound(long roundId, String column, String value) {
		alter("approval_request_rounds", "approval_request_rounds_permanent", roundId, column, value);
	}

	private void alter(String table, String permanence, long id, String column, String value) {
		if (!column.matches("[a-z_]+")) {
			throw new IllegalArgumentException(column);
		}
		jdbc.execute("alter table " + table + " disable trigger " + permanence);
		try {
			jdbc.update("update " + table + " set " + column + " = ? where id = ?", value, id);
		}
		finally {
			jdbc.execute("alter table " + table + " enable trigger " + permanence);
		}
	}

	public void readEverything(long caseId, long officerId) {
		jdbc.update("""
				insert into material_views (material_id, case_id, officer_id, viewed_at)
				select id, case_id, ?, now() from case_materials where case_id = ?""", officerId, caseId);
	}

	/**
	 * The officer asks for approval of a major penalty, a fine of 5,000 yuan, on the case as it now
	 * stands; {@code decisionId} stands for the penalty decision the request is about. The request's id.
	 */
	public long submitMajorFine(SignedInOfficer officer, long caseId, String decisionId) {
		long version = jdbc.queryForObject("select version from cases where id = ?", Long.class, caseId);
		return approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, caseId, version, "PENALTY_DECISION",
				decisionId, "拟处罚款五千元", "Proposed fine of 5,000 yuan", null), officer).id();
	}
}
