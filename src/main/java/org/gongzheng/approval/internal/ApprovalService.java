package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.ApprovalGranted;
import org.gongzheng.approval.ApprovalRefused;
import org.gongzheng.approval.ApprovalResubmitted;
import org.gongzheng.approval.ApprovalReturned;
import org.gongzheng.approval.ApprovalSubmission;
import org.gongzheng.approval.ApprovalSubmitted;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerInUnit;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.WorkingCalendar;
import org.gongzheng.shared.AttestedRecords;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Submitting, signing and resubmitting approval requests (withdrawing them is {@link Withdrawals}). Signing holds the request's row lock
 * (its case's lock taken first, see {@link RequestLocks}), so two signers of one link are served in
 * turn and the second is told the link is already decided; the outcome of the last link is
 * published inside the signing transaction.
 */
@Service
@Transactional
public class ApprovalService implements Approvals {

	private final ChainVersions chains;

	private final ApprovalRequestRepository requests;

	private final SignatureRepository signatures;

	private final RequestRecords records;

	private final SigningContexts contexts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone zone;

	private final ApprovalQueries queries;

	private final WorkingCalendar calendar;

	private final SigningConflicts conflicts;

	private final Countersigns countersigns;

	private final RequestLocks locks;

	private final SubmitterChecks submitters;

	private final Withdrawals withdrawals;

	private final RequestRounds rounds;

	ApprovalService(ChainVersions chains, ApprovalRequestRepository requests, SignatureRepository signatures,
			RequestRecords records, SigningContexts contexts, ApplicationEventPublisher events, Clock clock,
			DefaultZone zone, ApprovalQueries queries, WorkingCalendar calendar, SigningConflicts conflicts,
			Countersigns countersigns, RequestLocks locks, SubmitterChecks submitters, Withdrawals withdrawals,
			RequestRounds rounds) {
		this.rounds = rounds;
		this.submitters = submitters;
		this.withdrawals = withdrawals;
		this.countersigns = countersigns;
		this.locks = locks;
		this.calendar = calendar;
		this.conflicts = conflicts;
		this.queries = queries;
		this.chains = chains;
		this.requests = requests;
		this.signatures = signatures;
		this.records = records;
		this.contexts = contexts;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public RequestSummary submit(ApprovalSubmission submission, SignedInOfficer submitter) {
		ApprovalCaseFiles.CaseFile file = visible(submission.caseId(), submitter);
		ApprovalChain chain = chains.active(submission.action(), DataScope.bureauOf(file.unitPath()))
			.orElseThrow(() -> new ConflictException("approval.noChain", Label.of(submission.action())));
		if (file.version() != submission.caseVersion()) {
			throw ConflictException.staleVersion(file.number());
		}
		if (submission.summary() == null || submission.summary().isBlank()) {
			throw InvalidInputException.of("summary", "validation.required");
		}
		InvalidInputException.requireStorable("summary", submission.summary());
		refuseBesidePending(file.id(), submission.action(), submission.subjectId(), null);
		List<PinnedMaterial> toRead = toRead(file, submission.materialIds());
		Instant now = clock.instant();
		ApprovalRequest request = new ApprovalRequest(submission.action(), chain,
				new CaseSnapshot(file.id(), file.number(), file.title(), file.unitId(), file.unitPath(), file.version(),
						file.partyNames()),
				submission.subjectType(), submission.subjectId(), submission.summary().strip(),
				submission.summaryEn() == null || submission.summaryEn().isBlank() ? null : submission.summaryEn().strip(),
				submitter.officerId(), now);
		// The first link opens before the insert, so the new row is written once.
		ChainLink first = chain.link(1).orElseThrow();
		request.openLink(first, first.getReviewUnit().dueFrom(now, first.getReviewAmount(), zone.zoneId(), calendar));
		requests.save(request);
		records.pin(request.getId(), request.getRound(), toRead);
		String attestation = rounds.record(request, null, onRecord(submitter));
		nameCountersigners(request, first);
		events.publishEvent(AuditEvent.success("APPROVAL_SUBMITTED", "APPROVAL_REQUEST", request.getId(),
				submission.action() + " case " + file.id() + " v" + file.version() + " " + attestation));
		events.publishEvent(new ApprovalSubmitted(request.getId(), request.getAction(), request.getCaseId(),
				request.getSubjectType(), request.getSubjectId(), submitter.officerId(), request.getSummary(),
				request.getSummaryEn(), now));
		return request.summary();
	}

	@Override
	public RequestSummary resubmit(long requestId, String summary, String note, SignedInOfficer submitter) {
		ApprovalRequest request = locks.requestInScope(requestId, submitter);
		ApprovalCaseFiles.CaseFile file = submitters.caseFileIfTheirs(request, submitter, "approval.resubmit.forbidden");
		if (!request.awaitsSubmitter(file.version())) {
			// Checked before the texts: whoever finds it resubmitted or signed meanwhile is told that.
			throw new ConflictException("approval.resubmit.notReturned");
		}
		if (file.closed()) {
			// A closed, revoked or declined case takes no further action: approving it would act on a
			// case that has ended (a penalty decision issued on a revoked case). Withdrawal remains.
			throw new ConflictException("approval.resubmit.caseClosed");
		}
		refuseBesidePending(file.id(), request.getAction(), request.getSubjectId(), request.getId());
		FieldProblems problems = new FieldProblems();
		String text = problems.checked(() -> SubmitterChecks.nextSummary(request, summary));
		String correction = problems.checked(() -> SubmitterChecks.optionalText("note", note, SubmitterChecks.MAX_OPINION));
		problems.throwIfAny();
		List<PinnedMaterial> standing = PinnedMaterial.chosen(contexts.materials(file.id()), null);
		if (standing.isEmpty()) {
			// Every material was voided (or, for a round from before materials were required, none was
			// ever added): a new round would give its signers nothing to read.
			throw new ConflictException("approval.resubmit.nothingToRead");
		}
		Instant now = clock.instant();
		request.nextRound(file.version(), file.partyNames(), text, submitter.officerId(), now);
		records.pin(request.getId(), request.getRound(), standing);
		String attestation = rounds.record(request, correction, onRecord(submitter));
		openLink(request, chains.get(request.getChainId()), 1, now);
		events.publishEvent(AuditEvent.success("APPROVAL_RESUBMITTED", "APPROVAL_REQUEST", requestId,
				"round " + request.getRound() + " case v" + file.version() + " " + attestation));
		events.publishEvent(new ApprovalResubmitted(request.getId(), request.getAction(), request.getCaseId(),
				request.getSubjectType(), request.getSubjectId(), request.getRound(), submitter.officerId(), correction, now));
		return request.summary();
	}

	/**
	 * The materials a first round pins. A signer may sign only after opening every material of the
	 * round, so a round with none would take a signature on nothing read: the rule the module exists
	 * for would hold vacuously. Resubmission has the same guard for a case whose materials were all voided.
	 */
	private List<PinnedMaterial> toRead(ApprovalCaseFiles.CaseFile file, List<Long> materialIds) {
		if (materialIds != null && materialIds.isEmpty()) {
			throw InvalidInputException.of("materialIds", "approval.submit.noneChosen");
		}
		List<PinnedMaterial> chosen = PinnedMaterial.chosen(contexts.materials(file.id()), materialIds);
		if (chosen.isEmpty()) {
			throw new ConflictException("approval.submit.nothingToRead", file.number());
		}
		return chosen;
	}

	/**
	 * Refuses to send a request to signers while another waits at a link on the same case asking the
	 * same, or an outcome it contradicts ({@link ApprovalAction#contradicts}). A returned one is in
	 * its submitter's hands, not the signers': it does not stop another, and is withdrawn if the
	 * other's approval makes it moot. Under the case's lock, so two submitted at once take turns.
	 */
	private void refuseBesidePending(long caseId, ApprovalAction action, String subjectId, Long self) {
		locks.openOnCase(caseId).stream()
			.filter(r -> r.pending() && !r.getId().equals(self) && (action.contradicts(r.getAction())
					|| r.getAction() == action && java.util.Objects.equals(r.getSubjectId(), subjectId)))
			.findFirst().ifPresent(r -> {
				throw r.getAction() == action ? new ConflictException("approval.alreadyPending", Label.of(action))
						: new ConflictException("approval.contradictsPending", Label.of(r.getAction()), Label.of(action));
			});
	}

	@Override
	public RequestSummary withdraw(long requestId, Integer round, String reason, SignedInOfficer officer) {
		return withdrawals.byOfficer(requestId, round, reason, officer);
	}

	@Override
	public void withdrawOpenOnEndedCase(long caseId, String reason, String reasonEn, long officerId) {
		withdrawals.openOnEndedCase(caseId, reason, reasonEn, officerId);
	}

	@Override
	public void withdrawMoot(long requestId, String reason, String reasonEn, long officerId) {
		withdrawals.moot(requestId, reason, reasonEn, officerId);
	}

	@Override
	public RequestSummary sign(long requestId, Decision decision, String opinion, SignedInOfficer signer) {
		return sign(requestId, null, null, decision, opinion, signer);
	}

	@Override
	public RequestSummary sign(long requestId, Integer round, Integer link, Decision decision, String opinion,
			SignedInOfficer signer) {
		if (decision == null) {
			throw InvalidInputException.of("decision", "validation.required");
		}
		if (decision != Decision.APPROVE && (opinion == null || opinion.isBlank())) {
			throw InvalidInputException.of("opinion", "approval.opinion.required");
		}
		if (opinion != null && opinion.length() > SubmitterChecks.MAX_OPINION) {
			throw InvalidInputException.of("opinion", "approval.tooLong", SubmitterChecks.MAX_OPINION);
		}
		InvalidInputException.requireStorable("opinion", opinion);
		ApprovalRequest request = locks.requestInScope(requestId, signer);
		ApprovalChain chain = chains.get(request.getChainId());
		if (!request.pending() || (round != null && round != request.getRound())
				|| (link != null && !link.equals(request.getCurrentLink()))) {
			throw conflicts.notOpen(request, chain, round, link, signer.officerId());
		}
		ChainLink current = chain.link(request.getCurrentLink()).orElseThrow();
		SigningContext context = contexts.of(request, current, signer.officerId());
		List<DomainException> refusals = SigningRules.refusalsOfRound(context);
		if (!refusals.isEmpty()) {
			events.publishEvent(AuditEvent.denied("APPROVAL_SIGN", "APPROVAL_REQUEST", requestId,
					"link " + current.getOrder() + ": " + refusals.get(0).messageCode()));
			throw refusals.get(0);
		}
		Instant now = clock.instant();
		Instant readAllAt = context.readAllAt();
		Signature signature = signatures.save(new Signature(request, current, context.signer(), decision,
				opinion == null || opinion.isBlank() ? null : opinion.strip(), now, context.caseFile().version(),
				context.pinned().stream().map(PinnedMaterial::contentHash).toList(), readAllAt));
		events.publishEvent(AuditEvent.success("APPROVAL_SIGNED", "APPROVAL_REQUEST", requestId,
				"case " + request.getCaseId() + " round " + request.getRound() + " link " + current.getOrder() + " " + decision
						+ " materials " + context.pinned().size() + " "
						+ AttestedRecords.token(SignatureAttestations.TYPE, signature.getId(), signature.digest())));
		switch (decision) {
			case APPROVE -> approve(request, chain, current, signer.officerId(), now);
			case RETURN -> {
				request.returned(now);
				events.publishEvent(new ApprovalReturned(request.getId(), request.getAction(), request.getCaseId(),
						request.getSubjectType(), request.getSubjectId(), signer.officerId(), opinion.strip(), now));
			}
			case REFUSE -> {
				request.refused(now);
				events.publishEvent(new ApprovalRefused(request.getId(), request.getAction(), request.getCaseId(),
						request.getSubjectType(), request.getSubjectId(), signer.officerId(), opinion.strip(), now));
			}
		}
		return request.summary();
	}

	private void approve(ApprovalRequest request, ApprovalChain chain, ChainLink link, long signerId, Instant now) {
		if (link.isCountersign() && !countersigns.done(request, link, now)) {
			return;
		}
		advance(request, chain, link, signerId, now);
	}

	/**
	 * Checks an open countersign link again after a change to one of its named signers (approval
	 * rights suspended, say): if nobody named who has not signed can still sign and someone has
	 * approved, the link is done, and the request moves on as if its last signer had just signed; if
	 * nobody has approved, it is named afresh with whoever can sign it now. A request whose case
	 * changed since submission is left for its submitter.
	 */
	void recheckCountersign(long requestId) {
		locks.request(requestId).filter(ApprovalRequest::pending).ifPresent(request -> {
			ApprovalChain chain = chains.get(request.getChainId());
			ChainLink link = chain.link(request.getCurrentLink()).orElseThrow();
			if (!link.isCountersign() || contexts.caseFile(request.getCaseId()).version() != request.getCaseVersion()) {
				return;
			}
			Instant now = clock.instant();
			Optional<Long> lastApprover = countersigns.lastApprover(request, link);
			if (lastApprover.isEmpty()) {
				countersigns.renameIfNobodyNamedCanSign(request, link, now);
			}
			else if (countersigns.done(request, link, now)) {
				advance(request, chain, link, lastApprover.get(), now);
			}
		});
	}

	private void advance(ApprovalRequest request, ApprovalChain chain, ChainLink link, long signerId, Instant now) {
		Optional<ChainLink> next = chain.link(link.getOrder() + 1);
		if (next.isPresent()) {
			openLink(request, chain, next.get().getOrder(), now);
			return;
		}
		request.approved(now);
		events.publishEvent(AuditEvent.success("APPROVAL_GRANTED", "APPROVAL_REQUEST", request.getId(),
				request.getAction() + " case " + request.getCaseId()));
		events.publishEvent(new ApprovalGranted(request.getId(), request.getAction(), request.getCaseId(),
				request.getSubjectType(), request.getSubjectId(), request.getSubmittedBy(), signerId, now));
	}

	private void openLink(ApprovalRequest request, ApprovalChain chain, int order, Instant now) {
		ChainLink link = chain.link(order).orElseThrow();
		request.openLink(link, link.getReviewUnit().dueFrom(now, link.getReviewAmount(), zone.zoneId(), calendar));
		nameCountersigners(request, link);
	}

	private void nameCountersigners(ApprovalRequest request, ChainLink link) {
		if (link.isCountersign()) {
			Set<Long> named = contexts.candidates(request, link, Set.of());
			if (named.isEmpty()) {
				throw new ConflictException("approval.noSigner", Label.of(link.getNameZh(), link.getNameEn()));
			}
			records.name(request.getId(), request.getRound(), link.getOrder(), named);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public boolean required(ApprovalAction action, String unitPath) {
		return chains.active(action, DataScope.bureauOf(unitPath)).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> eligibleSigners(long requestId) {
		ApprovalRequest request = requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("approval.notFound", requestId));
		if (!request.pending()) {
			return List.of();
		}
		ChainLink link = chains.get(request.getChainId()).link(request.getCurrentLink()).orElseThrow();
		return contexts.candidates(request, link, contexts.named(request, link)).stream().sorted().toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestSummary> request(long requestId) {
		return requests.findById(requestId).map(ApprovalRequest::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestSummary> waitingFor(SignedInOfficer officer) {
		return queries.waitingFor(officer).stream().map(item -> item.request().summary()).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Returned> returnedTo(SignedInOfficer officer, int limit) {
		return queries.returnedTo(officer, null, PageRequest.of(0, limit));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RequestSummary> staleFor(SignedInOfficer officer, int limit) {
		return queries.staleFor(officer, PageRequest.of(0, limit)).map(ApprovalRequest::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestSummary> requestsFor(long caseId) {
		return requests.findByCaseIdOrderBySubmittedAtDesc(caseId).stream().map(ApprovalRequest::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SignatureRecord> signaturesOnCase(long caseId) {
		return signatures.findByCaseIdOrderBySignedAtAsc(caseId).stream().map(Signature::record).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SignatureRecord> signaturesBy(long officerId) {
		return signatures.findBySignerIdOrderBySignedAtDesc(officerId).stream().map(Signature::record).toList();
	}

	private ApprovalCaseFiles.CaseFile visible(long caseId, SignedInOfficer officer) {
		ApprovalCaseFiles.CaseFile file = contexts.caseFile(caseId);
		if (!officer.scope().includes(file.unitPath())) {
			throw new NotFoundException("case.notFound", caseId);
		}
		return file;
	}

	/** The submitter as on record now, for the round to keep the name and number they submitted under. */
	private OfficerSummary onRecord(SignedInOfficer submitter) {
		return contexts.officer(submitter.officerId())
			.map(OfficerInUnit::officer)
			.orElseThrow(() -> new NotFoundException("officer.notFound", submitter.officerId()));
	}
}
