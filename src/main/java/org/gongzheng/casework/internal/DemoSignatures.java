package org.gongzheng.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.time.SeedingClock;

/**
 * Signs the demo cases' approval requests as the demo reviewers, one link after another in the
 * hours after the request was submitted. Each signer reads the materials shortly before signing
 * (the view receipts carry that time); the seeding clock is moved to each signing time, so the
 * signature, the request's progress and the case's timeline tell the story in order.
 */
@Component
class DemoSignatures {

	/** How long after the previous step a reviewer signs, and how long before signing they read. */
	private static final Duration NEXT_SIGNATURE = Duration.ofMinutes(40);

	private static final Duration READING = Duration.ofMinutes(12);

	private final Approvals approvals;

	private final CaseWork work;

	private final LawCaseRepository cases;

	private final Organization organization;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** Present in demo mode: moved to each signing time, so the signature carries it. */
	private final Optional<SeedingClock> story;

	DemoSignatures(Approvals approvals, CaseWork work, LawCaseRepository cases, Organization organization,
			JdbcTemplate jdbc, Clock clock) {
		this.approvals = approvals;
		this.work = work;
		this.cases = cases;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
		this.story = SeedingClock.of(clock);
	}

	/**
	 * Signs every link of a request with approval, as the officers each link names, and returns
	 * when the last of them signed.
	 */
	Instant approve(long requestId, long caseId, Instant submittedAt, SignedInOfficer handler) {
		Instant at = submittedAt;
		for (int link = 0; link < 10; link++) {
			Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
			if (request.status() != Approvals.Status.PENDING) {
				break;
			}
			List<Long> signers = approvals.eligibleSigners(requestId);
			if (signers.isEmpty()) {
				throw new IllegalStateException("Nobody can sign demo approval request " + requestId);
			}
			for (Long signerId : signers) {
				SignedInOfficer signer = actAs(signerId);
				at = signingTime(at, request);
				read(caseId, signerId, at, request);
				approvals.sign(requestId, Approvals.Decision.APPROVE, "同意", signer);
				if (approvals.request(requestId).orElseThrow().status() != Approvals.Status.PENDING
						|| !approvals.eligibleSigners(requestId).contains(signerId)) {
					break;
				}
			}
		}
		actAs(handler);
		return at;
	}

	/**
	 * Submits the filing and leaves it where reviewers find it: waiting at the first link
	 * ({@code stage} 0), at the second after the station signed (1), or returned by the station (2).
	 */
	void leaveFilingUnderReview(LawCase lawCase, Instant at, SignedInOfficer handler, int stage) {
		LawCase current = cases.findById(lawCase.getId()).orElseThrow();
		TransitionOutcome outcome = work.transition(lawCase.getId(), new TransitionCommand(CaseTransition.FILE,
				current.getVersion(), "经审查，有违法事实，需要追究法律责任，建议立案。", null, null, null, null), handler);
		if (!outcome.awaitingApproval() || stage == 0) {
			return;
		}
		long requestId = outcome.approval().id();
		long signerId = approvals.eligibleSigners(requestId).get(0);
		SignedInOfficer signer = actAs(signerId);
		Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
		read(lawCase.getId(), signerId, signingTime(at, request), request);
		if (stage == 1) {
			approvals.sign(requestId, Approvals.Decision.APPROVE, "同意立案，报分局审批。", signer);
		}
		else {
			approvals.sign(requestId, Approvals.Decision.RETURN, "证据不足：请补充对违法嫌疑人的询问笔录后重新提交。", signer);
		}
		actAs(handler);
	}

	/**
	 * The time of the next signature, a while after {@code previous} and the request's submission but
	 * never later than the real time, with the seeding clock moved there so that the signature is
	 * stamped with it.
	 */
	private Instant signingTime(Instant previous, Approvals.RequestSummary request) {
		Instant from = latest(previous, request.submittedAt());
		Instant real = SeedingClock.real(clock).instant();
		Instant at = from.plus(NEXT_SIGNATURE).isAfter(real) ? real : from.plus(NEXT_SIGNATURE);
		story.ifPresent(seeding -> seeding.advanceTo(at));
		return at;
	}

	/**
	 * The signer opens every material of the case a little before signing at {@code signedAt}, but
	 * within the request's current round, since only such a reading counts.
	 */
	private void read(long caseId, long officerId, Instant signedAt, Approvals.RequestSummary request) {
		Instant readAt = latest(signedAt.minus(READING), request.submittedAt());
		jdbc.update("""
				insert into material_views (material_id, case_id, officer_id, viewed_at)
				select id, case_id, ?, greatest(?, created_at) from case_materials where case_id = ?""", officerId,
				Timestamp.from(readAt), caseId);
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private SignedInOfficer actAs(long officerId) {
		OfficerSummary officer = organization.officer(officerId).orElseThrow();
		SignedInOfficer signer = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(),
				java.time.ZoneId.of(organization.unit(officer.unitId()).orElseThrow().zoneId()), officer.roles(), true);
		return actAs(signer);
	}

	private static SignedInOfficer actAs(SignedInOfficer officer) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		return officer;
	}
}
