package org.gongzheng.approval.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.hibernate.validator.constraints.Range;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.CountersignRelease;
import org.gongzheng.approval.internal.MaterialChange;
import org.gongzheng.approval.internal.PinnedMaterial;
import org.gongzheng.approval.internal.QueueGroup;
import org.gongzheng.approval.internal.ReleaseCause;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/**
 * Approvals over HTTP: the queue, a request with what the caller still has to read, signing,
 * resubmission and withdrawal (chains are in {@link ChainApiController}, the accountability records in
 * {@link AccountabilityApiController}).
 * Reading a material is done through the case API
 * ({@code GET /api/v1/cases/{id}/materials/{materialId}}), which records the view receipt;
 * {@code GET /{id}/next-unread} names the next one a signer has still to read.
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Review and approval with lifelong accountability")
class ApprovalApiController {

	/** The most items each list of {@code /queue} may hold; {@code /queue/{list}} pages through more. */
	private static final int QUEUE_LIMIT_MAX = 500;

	/** The most items a page of {@code /queue/{list}} may hold. */
	private static final int QUEUE_PAGE_MAX = 200;

	private final ApprovalQueries queries;

	private final Approvals approvals;

	private final Messages messages;

	ApprovalApiController(ApprovalQueries queries, Approvals approvals, Messages messages) {
		this.queries = queries;
		this.approvals = approvals;
		this.messages = messages;
	}

	/**
	 * {@code linkName}, {@code linkNameEn}: the open link's name in Chinese and in English;
	 * {@code nobodyCanSign}: the request is current but nobody could sign its open link now (only
	 * worked out for the overdue and submitted lists; a request waiting for the caller has a signer).
	 */
	record QueueItemDto(long requestId, ApprovalAction action, long caseId, String caseNumber, String caseTitle, int round,
			int link, String linkName, String linkNameEn, Instant dueAt, boolean overdue, boolean stale,
			boolean nobodyCanSign, String correctionNote) {

		static QueueItemDto of(ApprovalQueries.QueueItem item, Map<Long, String> notes) {
			ApprovalRequest r = item.request();
			return new QueueItemDto(r.getId(), r.getAction(), r.getCaseId(), r.getCaseNumber(), r.getCaseTitle(), r.getRound(),
					item.link().getOrder(), item.link().getNameZh(), item.link().getNameEn(), r.getCurrentDueAt(),
					item.overdue(), item.stale(), item.nobodyCanSign(), notes.get(r.getId()));
		}
	}

	/** A request returned for correction that the caller is to fix and resubmit. */
	record ReturnedDto(long requestId, ApprovalAction action, long caseId, String caseNumber, String caseTitle, int round,
			long returnedBy, Instant returnedAt, String opinion) {

		static ReturnedDto of(Approvals.Returned returned) {
			Approvals.RequestSummary r = returned.request();
			return new ReturnedDto(r.id(), r.action(), r.caseId(), r.caseNumber(), r.caseTitle(), r.round(),
					returned.returnedBy(), returned.returnedAt(), returned.opinion());
		}
	}

	/**
	 * Each list holds at most {@code limit} items (1 to 500, default 100), most urgent first;
	 * {@code totals} says how many each list has in all (keyed like the lists), and
	 * {@code /queue/{list}} pages through one.
	 */
	record QueueDto(List<QueueItemDto> waitingForMe, List<QueueItemDto> overdueInScope, List<QueueItemDto> submittedByMe,
			List<ReturnedDto> returnedToMe, List<QueueItemDto> staleForMe, Map<String, Long> totals) {
	}

	/**
	 * {@code changeSinceLastRound}: ADDED or CHANGED against the round before; null when unchanged or
	 * in round 1. {@code voided}: voided since it was submitted (the round keeps it; the next one will not).
	 */
	record MaterialDto(long materialId, String title, String contentHash, boolean readByMe,
			MaterialChange changeSinceLastRound, boolean voided) {
	}

	/** A material of the round before that this round left out because it had been voided. */
	record DroppedMaterialDto(long materialId, String title, String contentHash) {
	}

	/**
	 * A named countersigner released because a rule about themselves stopped them signing while
	 * everyone else named approved; {@code reason} is the rule's code, {@code cause} which of the
	 * rule's causes applied (null on releases recorded before causes were kept), {@code reasonMessage}
	 * says it in the caller's language. For the qualification causes, the officer's qualification
	 * then ({@code qualification}, valid until {@code qualificationValidUntil}) and the link's
	 * {@code minQualification}.
	 */
	record ReleaseDto(int round, int link, long officerId, String reason, ReleaseCause cause, String reasonMessage,
			QualificationLevel qualification, LocalDate qualificationValidUntil, QualificationLevel minQualification,
			Instant releasedAt) {

		static ReleaseDto of(CountersignRelease x, Messages messages) {
			return new ReleaseDto(x.round(), x.linkOrder(), x.officerId(), x.because(), x.cause(),
					messages.of(x.reason()), x.qualification(), x.qualificationValidUntil(), x.minQualification(), x.at());
		}
	}

	/** {@code linkNameEn}: from the chain version the request runs on (the signature keeps the Chinese name). */
	record SignatureDto(long id, int round, int link, String linkName, String linkNameEn, long signerId,
			SignerLabels.SignedAs signedAs, Approvals.Decision decision, String opinion, Instant signedAt,
			long caseVersion, List<String> materialHashes, Instant materialsReadAt) {

		static SignatureDto of(Signature s, ApprovalChain chain) {
			return new SignatureDto(s.getId(), s.getRound(), s.getLinkOrder(), s.getLinkName(),
					chain.linkName(s.getLinkOrder(), Locale.ENGLISH), s.getSignerId(), SignerLabels.SignedAs.of(s),
					s.getDecision(), s.getOpinion(), s.getSignedAt(), s.getCaseVersion(), s.hashes(),
					s.getMaterialsFirstOpenedAt());
		}
	}

	/**
	 * {@code summaryEn}: what is asked in English, where the system wrote the summary (a penalty
	 * decision's terms), else null. {@code whyNot}: the codes of the reasons the caller may not sign
	 * now; {@code whyNotMessages}: the same reasons in the caller's language, to show as they are.
	 * {@code withdrawalReasonEn}: the withdrawal's reason in English where the system wrote it (a
	 * request withdrawn because its case ended), else null. {@code mayResubmit} / {@code mayWithdraw}: whether the caller may submit it again or withdraw
	 * it now (a submitter or handler may withdraw a returned or stale request, and a pending one nobody
	 * has signed in this round yet); {@code caseClosed}: the case has been closed, revoked or not filed, so a returned or
	 * stale request on it can only be withdrawn. {@code eligibleSigners}: who could sign the open link
	 * now, reading apart (empty when nobody can, or when the request is not open for signing);
	 * {@code nobodyCanSign}: open for signing, and yet nobody can take the link until staffing changes
	 * or a suspended right is restored; {@code ownCaseSigners}: then, those who could take it but for
	 * the case being theirs (they handle it or submitted it), so another reviewer is needed.
	 * {@code caseChanges}: when {@code stale}, what changed on the case since this round was submitted,
	 * oldest first (at most 20; the case's timeline has the rest), else empty; {@code moreCaseChanges}:
	 * whether there are more than those listed.
	 */
	record RequestDto(long id, ApprovalAction action, long caseId, String caseNumber, Approvals.Status status, int round,
			Integer currentLink, Instant currentDueAt, int chainVersion, long caseVersion, String summary,
			String summaryEn, List<MaterialDto> materials, List<SignatureDto> signatures, boolean maySign, List<String> whyNot,
			List<String> whyNotMessages, long version, String withdrawalReason, String withdrawalReasonEn, boolean stale,
			boolean mayResubmit,
			boolean mayWithdraw, boolean caseClosed, List<ReleaseDto> releasedSigners, List<Long> eligibleSigners,
			boolean nobodyCanSign, List<Long> ownCaseSigners, boolean summaryEditable, List<RoundDto> rounds,
			List<CaseChangeDto> caseChanges, boolean moreCaseChanges, List<DroppedMaterialDto> droppedAsVoided) {
	}

	/**
	 * A change on a stale request's case: {@code event} its kind (MATERIAL_ADDED, MATERIAL_VOIDED,
	 * PARTY_ADDED, a transition...), {@code description} that kind in the caller's language,
	 * {@code subject} what it concerns (a material type, a party's role), {@code note} as entered (a
	 * title, a name, a reason; a voided material's title and the reason for voiding it).
	 */
	record CaseChangeDto(String event, String description, Instant recordedAt, Long actorId, String subject,
			String note) {
	}

	/** {@code round} and {@code link}: the link you read; if someone signed it first you get 409. */
	record SignRequest(Approvals.Decision decision, String opinion, Integer round, Integer link) {
	}

	/**
	 * {@code summary}: optional, omitted keeps what is asked; only a summary in the submitter's own
	 * words ({@code summaryEditable}) may be rewritten. {@code note}: optional, what was corrected.
	 */
	record ResubmitRequest(String summary, String note) {
	}

	/** {@code round}: optional, the round the caller means; if the request was resubmitted since, 409. */
	record WithdrawRequest(String reason, Integer round) {
	}

	@GetMapping("/queue")
	@Operation(summary = "Requests waiting for the caller's signature, overdue reviews in scope, the caller's own, "
			+ "those returned to the caller for correction, and those whose case changed after submission "
			+ "(staleForMe: nobody can sign them until the caller resubmits or withdraws them)")
	QueueDto queue(
			@Parameter(description = "Items per list, 1 to 500; anything else is refused")
			// Refused rather than clamped: a caller that asked for 1,000 and quietly got 500 would take
			// each list for complete without looking at its total. A constraint rather than a check in
			// the body, so that a number too long for an int is told the same range.
			@RequestParam(defaultValue = "100") @Range(min = 1, max = QUEUE_LIMIT_MAX, message = "{validation.range}") int limit,
			@AuthenticationPrincipal SignedInOfficer officer) {
		ApprovalQueries.Queue queue = queries.queue(officer, limit);
		Map<String, Long> totals = new LinkedHashMap<>();
		for (QueueGroup group : QueueGroup.values()) {
			totals.put(group.key(), queue.total(group));
		}
		List<List<ApprovalQueries.QueueItem>> shown = Stream.of(queue.waitingForMe(), queue.overdueInScope().getContent(),
				queue.submittedByMe().getContent(), queue.staleForMe().getContent())
			.map(items -> items.subList(0, Math.min(limit, items.size())))
			.toList();
		// One read of the correction notes for everything the answer shows.
		Map<Long, String> notes = queries.correctionNotes(shown.stream().flatMap(List::stream).toList());
		return new QueueDto(dtos(shown.get(0), notes), dtos(shown.get(1), notes), dtos(shown.get(2), notes),
				queue.returnedToMe().map(ReturnedDto::of).getContent(), dtos(shown.get(3), notes), totals);
	}

	private static List<QueueItemDto> dtos(List<ApprovalQueries.QueueItem> items, Map<Long, String> notes) {
		return items.stream().map(item -> QueueItemDto.of(item, notes)).toList();
	}

	@GetMapping("/queue/{list}")
	@Operation(summary = "One list of the queue (waitingForMe, overdueInScope, submittedByMe or staleForMe) a page "
			+ "at a time, in the order /queue lists it, optionally one action only; returnedToMe has its own items, "
			+ "at /queue/returnedToMe. A name that is no list answers 404 naming the lists there are")
	PageDto<QueueItemDto> queueList(@PathVariable String list, @RequestParam(required = false) ApprovalAction action,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "30") @PageSize(max = QUEUE_PAGE_MAX) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		QueueGroup group = QueueGroup.of(list)
			.orElseThrow(() -> new NotFoundException("approval.queue.unknownList", list, QueueGroup.keys()));
		Page<ApprovalQueries.QueueItem> items = queries.list(officer, group, action,
				Paging.within(page, size, QUEUE_PAGE_MAX));
		Map<Long, String> notes = queries.correctionNotes(items.getContent());
		return PageDto.of(items, item -> QueueItemDto.of(item, notes));
	}

	/**
	 * The more specific address wins over {@code /queue/{list}}, so this list can answer its own
	 * items, with their schema in the API's description.
	 */
	@GetMapping("/queue/returnedToMe")
	@Operation(summary = "The requests returned to the caller for correction a page at a time, newest return first, "
			+ "optionally one action only")
	PageDto<ReturnedDto> returnedList(@RequestParam(required = false) ApprovalAction action,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "30") @PageSize(max = QUEUE_PAGE_MAX) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(queries.returnedTo(officer, action, Paging.within(page, size, QUEUE_PAGE_MAX)), ReturnedDto::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A request: pinned materials (and which the caller has read), signatures, and whether the caller may sign now")
	RequestDto request(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return dto(queries.view(id, officer));
	}

	/**
	 * {@code href}: where to read it through the API, which records the view receipt for a text
	 * material; a material with a file names its {@code contentHref} there, and reading the file records it;
	 * {@code unreadLeft}: how many of the round's materials the caller has still to read, this one
	 * included.
	 */
	record NextUnreadDto(long requestId, int round, long materialId, String title, String contentHash, String href,
			int unreadLeft) {
	}

	@GetMapping("/{id}/next-unread")
	@Operation(summary = "Read in turn: the first of the open round's materials the caller has not read yet",
			responses = { @ApiResponse(responseCode = "200", description = "The next material to read"),
					@ApiResponse(responseCode = "204", description = "Every material of the round has been read",
							content = @Content),
					@ApiResponse(responseCode = "409", description = "The request has no link open for signing",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<NextUnreadDto> nextUnread(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		ApprovalRequest request = queries.requestInScope(id, officer);
		if (!request.pending()) {
			throw new ConflictException("approval.nextUnread.closed", Label.of(request.getStatus()));
		}
		List<PinnedMaterial> unread = queries.unread(request, officer.officerId());
		if (unread.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		PinnedMaterial next = unread.get(0);
		return ResponseEntity.ok(new NextUnreadDto(id, request.getRound(), next.id(), next.title(), next.contentHash(),
				"/api/v1/cases/" + request.getCaseId() + "/materials/" + next.id(), unread.size()));
	}

	@PostMapping("/{id}/signatures")
	@Operation(summary = "Sign the open link: APPROVE, RETURN (for correction) or REFUSE; an opinion is required to return or refuse")
	RequestDto sign(@PathVariable long id, @RequestBody SignRequest request, @AuthenticationPrincipal SignedInOfficer officer) {
		approvals.sign(id, request.round(), request.link(), request.decision(), request.opinion(), officer);
		return dto(queries.view(id, officer));
	}

	@PostMapping("/{id}/resubmission")
	@Operation(summary = "Submit again a request returned for correction, or a pending one whose case changed after "
			+ "submission (stale), as the case now stands; a new round starts at the first link")
	RequestDto resubmit(@PathVariable long id, @RequestBody ResubmitRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		approvals.resubmit(id, request.summary(), request.note(), officer);
		return dto(queries.view(id, officer));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a request returned for correction, a stale one, or a pending one nobody has signed "
			+ "in this round yet; a withdrawn request is not submitted again, and a reason is required")
	RequestDto withdraw(@PathVariable long id, @RequestBody WithdrawRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		approvals.withdraw(id, request.round(), request.reason(), officer);
		return dto(queries.view(id, officer));
	}

	private RequestDto dto(ApprovalQueries.RequestView v) {
		ApprovalRequest r = v.request();
		return new RequestDto(r.getId(), r.getAction(), r.getCaseId(), r.getCaseNumber(), r.getStatus(), r.getRound(),
				r.getCurrentLink(), r.getCurrentDueAt(), v.chain().getChainVersion(), r.getCaseVersion(), r.getSummary(),
				r.getSummaryEn(),
				v.materials().stream().map(m -> new MaterialDto(m.id(), m.title(), m.contentHash(), v.readByMe().contains(m.id()),
						v.changes().get(m.id()), v.voided().contains(m.id())))
					.toList(),
				v.signatures().stream().map(sig -> SignatureDto.of(sig, v.chain())).toList(), v.maySign(),
				v.refusals().stream().map(x -> x.messageCode()).toList(),
				v.refusals().stream().map(messages::of).toList(), r.getVersion(), r.getWithdrawalReason(), r.getWithdrawalReasonEn(), v.stale(),
				v.mayResubmit(), v.mayWithdraw(), v.caseClosed(),
				v.releases().stream().map(x -> ReleaseDto.of(x, messages)).toList(),
				v.eligibleSigners(), v.nobodyCanSign(), v.ownCaseSigners(), v.summaryEditable(),
				RoundDto.of(r.getId(), v.rounds()),
				v.caseChanges().stream().map(c -> new CaseChangeDto(c.event(), messages.get("timeline." + c.event()),
						c.recordedAt(), c.actorId(), c.subject() == null ? null : messages.get(c.subject()),
						c.noteIn(LocaleContextHolder.getLocale()))).toList(),
				v.moreCaseChanges(),
				v.droppedAsVoided().stream().map(m -> new DroppedMaterialDto(m.id(), m.title(), m.contentHash())).toList());
	}
}
