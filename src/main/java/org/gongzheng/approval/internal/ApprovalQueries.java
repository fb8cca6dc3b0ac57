package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerInUnit;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

/** The reviewer's queue and a request as its page shows it; the accountability records are {@link RecordQueries}. */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

	/** How many of a stale request's case changes its page lists; a busy case has its timeline. */
	static final int CASE_CHANGES_SHOWN = 20;

	private final ApprovalRequestRepository requests;

	private final ApprovalChainRepository chains;

	private final ChainVersions versions;

	private final SignatureRepository signatures;

	private final RequestRecords records;

	private final SigningContexts contexts;

	private final Clock clock;

	private final RequestRounds rounds;

	private final SubmitterLists submitterLists;

	ApprovalQueries(ApprovalRequestRepository requests, ApprovalChainRepository chains, ChainVersions versions,
			SignatureRepository signatures, RequestRecords records, SigningContexts contexts, Clock clock,
			RequestRounds rounds, SubmitterLists submitterLists) {
		this.rounds = rounds;
		this.submitterLists = submitterLists;
		this.requests = requests;
		this.chains = chains;
		this.versions = versions;
		this.signatures = signatures;
		this.records = records;
		this.contexts = contexts;
		this.clock = clock;
	}

	/**
	 * A request in a queue list, at the link now open; {@code stale} when its case changed after submission, so it waits
	 * for its submitter to resubmit or withdraw it rather than for a signer; {@code nobodyCanSign} when it is current but
	 * nobody could sign its open link now, so it waits for staffing or a restored right rather than for a reviewer.
	 */
	public record QueueItem(ApprovalRequest request, ChainLink link, boolean overdue, boolean stale,
			boolean nobodyCanSign) {
	}

	/**
	 * The queue's five lists as its page shows them: everything waiting for this officer's
	 * signature (whether or not they have read the materials yet), most urgent first; and the first
	 * page of the overdue reviews in their scope (for reviewers, leaders and legal staff), of the
	 * requests they submitted, of those returned to them and of those gone stale on them, each with
	 * its total.
	 */
	public record Queue(List<QueueItem> waitingForMe, Page<QueueItem> overdueInScope, Page<QueueItem> submittedByMe,
			Page<Approvals.Returned> returnedToMe, Page<QueueItem> staleForMe) {

		/** A list of queue items; the returned list holds returns instead ({@link #returnedToMe}). */
		public List<QueueItem> items(QueueGroup group) {
			return switch (group) {
				case WAITING_FOR_ME -> waitingForMe;
				case OVERDUE_IN_SCOPE -> overdueInScope.getContent();
				case SUBMITTED_BY_ME -> submittedByMe.getContent();
				case STALE_FOR_ME -> staleForMe.getContent();
				case RETURNED_TO_ME -> throw new IllegalArgumentException("The returned list holds returns, not queue items");
			};
		}

		public long total(QueueGroup group) {
			return switch (group) {
				case WAITING_FOR_ME -> waitingForMe.size();
				case OVERDUE_IN_SCOPE -> overdueInScope.getTotalElements();
				case SUBMITTED_BY_ME -> submittedByMe.getTotalElements();
				case RETURNED_TO_ME -> returnedToMe.getTotalElements();
				case STALE_FOR_ME -> staleForMe.getTotalElements();
			};
		}
	}

	/** The queue with the first {@code pageSize} of each list but the one waiting for the officer's signature. */
	public Queue queue(SignedInOfficer officer, int pageSize) {
		Pageable first = PageRequest.of(0, pageSize);
		return new Queue(waitingFor(officer), list(officer, QueueGroup.OVERDUE_IN_SCOPE, null, first),
				list(officer, QueueGroup.SUBMITTED_BY_ME, null, first), returnedTo(officer, null, first),
				list(officer, QueueGroup.STALE_FOR_ME, null, first));
	}

	/**
	 * One list of queue items a page at a time, optionally one action only; the returned list has
	 * {@link #returnedTo}. Overdue, submitted and stale requests are paged by the database. Whether an
	 * officer may take a link is a rule checked in Java, so that list is decided in full (from the
	 * requests at links of the officer's roles only) and sliced.
	 */
	public Page<QueueItem> list(SignedInOfficer officer, QueueGroup group, ApprovalAction action, Pageable pageable) {
		String scope = officer.scope().likePattern();
		return switch (group) {
			case WAITING_FOR_ME -> {
				List<QueueItem> all = waitingFor(officer).stream()
					.filter(i -> action == null || i.request().getAction() == action)
					.toList();
				int from = (int) Math.min(pageable.getOffset(), all.size());
				int to = Math.min(from + pageable.getPageSize(), all.size());
				yield new PageImpl<>(all.subList(from, to), pageable, all.size());
			}
			case OVERDUE_IN_SCOPE -> officer.hasAny(Role.REVIEWER, Role.LEADER, Role.LEGAL)
					? marked(requests.overdueIn(scope, clock.instant(), action, pageable).map(this::item))
					: Page.empty(pageable);
			case SUBMITTED_BY_ME -> marked(
					requests.pendingSubmittedBy(officer.officerId(), scope, action, pageable).map(this::item));
			// Stale means nobody can sign it, so there is no signer to look for.
			case STALE_FOR_ME -> submitterLists.staleFor(officer, action, pageable).map(r -> itemOf(r, true));
			case RETURNED_TO_ME -> throw new IllegalArgumentException("The returned list holds returns, not queue items");
		};
	}

	private QueueItem item(ApprovalRequest request) {
		return itemOf(request, false);
	}

	/** A pending request as a queue item at its open link. */
	public QueueItem itemOf(ApprovalRequest request, boolean stale) {
		ChainLink link = versions.get(request.getChainId()).link(request.getCurrentLink()).orElseThrow();
		return new QueueItem(request, link, request.overdueAt(clock.instant()), stale, false);
	}

	/**
	 * Marks the items whose case moved on since submission (one query for the page's cases), and the
	 * current ones nobody could sign now (a candidates check per item, so only for a page).
	 */
	private Page<QueueItem> marked(Page<QueueItem> page) {
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, ApprovalCaseFiles.CaseFile> files = contexts.caseFiles(
				page.stream().map(i -> i.request().getCaseId()).collect(Collectors.toSet()));
		BiFunction<String, Role, List<OfficerInUnit>> staff = contexts.staffReadOnce();
		Map<Long, Map<Long, Set<Integer>>> signed = contexts
			.signedInCurrentRounds(page.stream().map(QueueItem::request).toList());
		return page.map(i -> {
			ApprovalCaseFiles.CaseFile file = files.get(i.request().getCaseId());
			if (file == null) {
				return i;
			}
			boolean stale = i.request().staleAgainst(file.version());
			boolean nobodyCanSign = !stale && contexts
				.candidates(i.request(), i.link(), contexts.named(i.request(), i.link()), file, staff,
						signed.getOrDefault(i.request().getId(), Map.of()))
				.isEmpty();
			return new QueueItem(i.request(), i.link(), i.overdue(), stale, nobodyCanSign);
		});
	}

	/**
	 * The correction notes the submitters wrote for the current round of these items, by request
	 * id, so a queue shows what was corrected before the request is opened.
	 */
	public Map<Long, String> correctionNotes(Collection<QueueItem> items) {
		return rounds.currentNotes(items.stream().map(QueueItem::request).toList());
	}

	/**
	 * Requests returned for correction that wait for this officer to fix and resubmit: those they
	 * submitted or on cases they handle, newest return first, each with the return's opinion;
	 * optionally one action only.
	 */
	public Page<Approvals.Returned> returnedTo(SignedInOfficer officer, ApprovalAction action, Pageable pageable) {
		return submitterLists.returnedTo(officer, action, pageable);
	}

	/**
	 * Pending requests on cases that changed after submission and that this officer is to
	 * resubmit or withdraw: those they submitted or on cases they handle, oldest first.
	 */
	public Page<ApprovalRequest> staleFor(SignedInOfficer officer, Pageable pageable) {
		return submitterLists.staleFor(officer, null, pageable);
	}

	/**
	 * The pending requests whose open link the officer may take, every signing rule but reading
	 * checked, most urgent first. Only requests at links of the officer's roles are read.
	 */
	List<QueueItem> waitingFor(SignedInOfficer officer) {
		List<Role> roles = officer.roles().stream()
			.filter(r -> r == Role.REVIEWER || r == Role.LEGAL || r == Role.LEADER)
			.sorted()
			.toList();
		if (roles.isEmpty()) {
			return List.of();
		}
		List<QueueItem> withRole = requests.pendingAtLinksOf(officer.scope().likePattern(), roles.get(0),
				roles.get(Math.min(1, roles.size() - 1)), roles.get(roles.size() - 1)).stream()
			.map(this::item)
			.toList();
		if (withRole.isEmpty()) {
			return List.of();
		}
		OfficerInUnit signer = contexts.officer(officer.officerId()).orElse(null);
		if (signer == null) {
			return List.of();
		}
		Map<Long, ChainLink> links = new HashMap<>();
		withRole.forEach(i -> links.put(i.request().getId(), i.link()));
		Map<Long, SigningContext> byRequest = contexts.withoutReading(
				withRole.stream().map(QueueItem::request).toList(), links, signer);
		List<QueueItem> mine = new ArrayList<>();
		for (QueueItem item : withRole) {
			SigningContext context = byRequest.get(item.request().getId());
			if (context != null && SigningRules.eligible(context)) {
				mine.add(item);
			}
		}
		return mine;
	}

	/**
	 * Everything the request page shows to this officer; {@code changes}: the current round's
	 * materials that are new or have other content than in the round before; {@code ownCaseSigners}:
	 * where nobody can sign, those who could but for the case being theirs (its handlers or its
	 * submitter), else empty; {@code caseChanges}: where the request is stale, what changed on its case
	 * since the round was submitted (at most {@link #CASE_CHANGES_SHOWN}), else empty;
	 * {@code moreCaseChanges}: whether it changed more than that, the rest being on its timeline;
	 * {@code voided}: those of the current round's materials voided since it was submitted;
	 * {@code droppedAsVoided}: the round before's materials this round left out, having been voided
	 * (a new round pins every material of the case that stands, so voiding is the only way out).
	 */
	public record RequestView(ApprovalRequest request, ApprovalChain chain, List<Signature> signatures,
			List<PinnedMaterial> materials, Set<Long> readByMe, List<DomainException> refusals,
			boolean mayWithdraw, boolean mayResubmit, boolean caseClosed, boolean stale, Set<Long> namedSigners,
			List<CountersignRelease> releases, List<Long> eligibleSigners, List<SubmissionRound> rounds,
			Map<Long, MaterialChange> changes, List<Long> ownCaseSigners, List<ApprovalCaseFiles.CaseChange> caseChanges,
			boolean moreCaseChanges, Set<Long> voided, List<PinnedMaterial> droppedAsVoided) {

		/** Whether resubmitting may rewrite what is asked (see {@link SubmitterChecks#nextSummary}). */
		public boolean summaryEditable() {
			return !request.summaryWrittenBySystem();
		}

		/**
		 * Pending, signable and yet nobody could take the open link now (every candidate suspended,
		 * unqualified, moved away): the request cannot move until staffing changes or a right is restored.
		 */
		public boolean nobodyCanSign() {
			return request.pending() && !stale && eligibleSigners.isEmpty();
		}

		public boolean maySign() {
			return refusals.isEmpty();
		}

		/** Whether the refusals would all go away by reading the materials. */
		public boolean onlyUnread() {
			return !refusals.isEmpty() && refusals.stream().allMatch(RequestView::unread);
		}

		/**
		 * Whether the signing form is for this reader: they may sign, or will once they have read.
		 * Anyone else (its handler, a leader of another link) is told why not, without a form.
		 */
		public boolean signingFormShown() {
			return maySign() || onlyUnread();
		}

		/**
		 * Why this reader cannot sign; unread materials are named only where reading would change
		 * that, so nobody who may never sign is urged to read.
		 */
		public List<DomainException> blockers() {
			return onlyUnread() ? refusals : refusals.stream().filter(r -> !unread(r)).toList();
		}

		private static boolean unread(DomainException refusal) {
			return refusal.messageCode().equals("approval.unread");
		}

		public List<Signature> signaturesOf(int round, int linkOrder) {
			return signatures.stream().filter(s -> s.getRound() == round && s.getLinkOrder() == linkOrder).toList();
		}

		public List<CountersignRelease> releasesOf(int round, int linkOrder) {
			return releases.stream().filter(x -> x.round() == round && x.linkOrder() == linkOrder).toList();
		}
	}

	public RequestView view(long requestId, SignedInOfficer officer) {
		ApprovalRequest request = requestInScope(requestId, officer);
		ApprovalChain chain = versions.get(request.getChainId());
		List<PinnedMaterial> pinned = records.pinned(requestId, request.getRound());
		Map<Long, Instant> read = contexts.firstViews(request, officer.officerId(), pinned);
		List<Signature> signed = signatures.findByRequestIdOrderByRoundAscLinkOrderAscSignedAtAsc(requestId);
		List<DomainException> refusals = List.of();
		Set<Long> named = Set.of();
		List<Long> eligible = List.of();
		List<Long> ownCase = List.of();
		ApprovalCaseFiles.CaseFile file;
		if (request.pending()) {
			ChainLink link = chain.link(request.getCurrentLink()).orElseThrow();
			// What the page has read serves the viewer's refusals and who else could sign alike.
			Map<Long, Set<Integer>> signedInRound = SigningContexts.byOfficer(signed, request.getRound());
			SigningContext context = contexts.of(request, link, officer.officerId(), pinned, read, signedInRound);
			refusals = SigningRules.refusalsOfRound(context);
			named = context.namedSigners();
			file = context.caseFile();
			if (!request.staleAgainst(file.version()) && !pinned.isEmpty()) {
				eligible = contexts.candidates(request, link, named, file, signedInRound).stream().sorted().toList();
				if (eligible.isEmpty()) {
					ownCase = contexts.stoppedOnlyByOwnCase(request, link, named, file, signedInRound).stream().sorted().toList();
				}
			}
		}
		else {
			// Returned, refused, approved or withdrawn: nobody signs it now, and the API says which.
			refusals = List.of(new ConflictException("approval.notOpen", Label.of(request.getStatus())));
			file = contexts.caseFile(request.getCaseId());
		}
		boolean theirs = SubmitterChecks.theirs(request, file, officer.officerId());
		boolean signedThisRound = signed.stream().anyMatch(s -> s.getRound() == request.getRound());
		// Resubmitting is for what waits for them, on a case still open; withdrawing also takes back a
		// request nobody has signed in this round yet.
		boolean mayResubmit = theirs && request.awaitsSubmitter(file.version()) && !file.closed();
		boolean mayWithdraw = theirs && request.withdrawable(file.version(), signedThisRound);
		boolean stale = request.staleAgainst(file.version());
		// One more than is shown tells whether there are more.
		List<ApprovalCaseFiles.CaseChange> caseChanges = stale
				? contexts.changesSinceSubmission(request, CASE_CHANGES_SHOWN + 1) : List.of();
		List<PinnedMaterial> before = request.getRound() > 1 ? records.pinned(requestId, request.getRound() - 1) : List.of();
		Set<Long> now = pinned.stream().map(PinnedMaterial::id).collect(Collectors.toSet());
		List<PinnedMaterial> dropped = before.stream().filter(m -> !now.contains(m.id())).toList();
		// Voiding changes the case, so a pending request that is not stale holds no material voided since.
		Set<Long> voided = stale || !request.pending() ? contexts.voided(now) : Set.of();
		return new RequestView(request, chain, signed, pinned, read.keySet(), refusals, mayWithdraw, mayResubmit, file.closed(),
				stale, named, records.releases(requestId), eligible, rounds.of(requestId),
				request.getRound() > 1 ? MaterialChange.between(before, pinned) : Map.of(), ownCase,
				caseChanges.subList(0, Math.min(caseChanges.size(), CASE_CHANGES_SHOWN)),
				caseChanges.size() > CASE_CHANGES_SHOWN, voided, dropped);
	}

	public ApprovalRequest requestInScope(long requestId, SignedInOfficer officer) {
		return requests.findById(requestId)
			.filter(r -> officer.scope().includes(r.getCaseUnitPath()))
			.orElseThrow(() -> new NotFoundException("approval.notFound", requestId));
	}

	/** The first of the current round's materials the officer has not opened since the round was submitted. */
	public Optional<PinnedMaterial> firstUnread(ApprovalRequest request, long officerId) {
		return unread(request, officerId).stream().findFirst();
	}

	/** The current round's materials the officer has not opened since the round was submitted, in pinned order. */
	public List<PinnedMaterial> unread(ApprovalRequest request, long officerId) {
		List<PinnedMaterial> pinned = records.pinned(request.getId(), request.getRound());
		Set<Long> read = contexts.firstViews(request, officerId, pinned).keySet();
		return pinned.stream().filter(m -> !read.contains(m.id())).toList();
	}

	/** For each action with a chain, the version in force for the officer's bureau: its own, else the default. */
	public List<ApprovalChain> activeChains(SignedInOfficer officer) {
		Map<ApprovalAction, ApprovalChain> inForce = new EnumMap<>(ApprovalAction.class);
		for (ApprovalChain chain : chains.activeFor(DataScope.bureauOf(officer.unitPath()))) {
			inForce.merge(chain.getAction(), chain, (a, b) -> a.isProvincialDefault() ? b : a);
		}
		return List.copyOf(inForce.values());
	}
}
