package org.gongzheng.approval.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainChanges;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.ChainHistory;
import org.gongzheng.approval.internal.ChainStaffing;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ProposedLinks;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** Approval chains over HTTP: those in force, editing one (a new version), and a chain's history. */
@RestController
@RequestMapping("/api/v1/approvals/chains")
@Tag(name = "Approvals")
class ChainApiController {

	private final ApprovalQueries queries;

	private final ChainAdministration chains;

	private final ChainHistory history;

	private final ChainStaffing staffing;

	private final Messages messages;

	ChainApiController(ApprovalQueries queries, ChainAdministration chains, ChainHistory history,
			ChainStaffing staffing, Messages messages) {
		this.queries = queries;
		this.chains = chains;
		this.history = history;
		this.staffing = staffing;
		this.messages = messages;
	}

	/**
	 * A chain version. {@code bureauId} is the bureau whose own version it is, {@code null} for the
	 * provincial default that bureaus without their own follow; {@code active}: not retired.
	 */
	record ChainDto(long id, ApprovalAction action, Long bureauId, int chainVersion, boolean active, String citationZh,
			String citationEn, List<LinkSpec> links) {

		static ChainDto of(ApprovalChain chain) {
			return new ChainDto(chain.getId(), chain.getAction(), chain.getBureauId(), chain.getChainVersion(),
					chain.isActive(), chain.getCitationZh(),
					chain.getCitationEn(), chain.getLinks().stream().map(l -> new LinkSpec(l.getNameZh(), l.getNameEn(),
							l.getRole(), l.getUnitLevel(), l.getMinQualification(), l.isCountersign(), l.getReviewAmount(),
							l.getReviewUnit())).toList());
		}
	}

	/** Who wrote a version; {@code null} for the versions seeded with the system. */
	record EditorDto(long id, String policeNumber, String name) {

		static EditorDto of(OfficerSummary officer) {
			return new EditorDto(officer.id(), officer.policeNumber(), officer.name());
		}
	}

	/** What a version changed: per link of this version, whether it is new and which fields differ. */
	record ChangesDto(List<LinkChangeDto> links, List<Integer> removedLinks, boolean citationChanged) {

		static ChangesDto of(ChainChanges changes) {
			return new ChangesDto(
					changes.links().stream().map(c -> new LinkChangeDto(c.link().getOrder(), c.added(), c.changed())).toList(),
					changes.removed().stream().map(l -> l.getOrder()).toList(), changes.citationChanged());
		}
	}

	record LinkChangeDto(int order, boolean added, Set<ChainChanges.Field> changed) {
	}

	/**
	 * {@code inForce}: new requests of the caller's bureau start with it; {@code previousId}: the
	 * version it was edited from; {@code nextId}: the version edited from it (the bureau's own before
	 * the default's); {@code returnedToDefault}: the bureau's return to the provincial default that
	 * retired it, null if it did not end so (or ended so before returns were recorded).
	 */
	record VersionDto(ChainDto chain, boolean inForce, Instant createdAt, EditorDto createdBy, String changeNote,
			Long previousId, Long nextId, ChangesDto changes, ReturnDto returnedToDefault) {

		static VersionDto of(ChainHistory.Version v, Messages messages) {
			ApprovalChain c = v.chain();
			return new VersionDto(ChainDto.of(c), v.inForce(), c.getCreatedAt(),
					v.editor().map(EditorDto::of).orElse(null), c.getChangeNote(),
					v.previous() == null ? null : v.previous().getId(), v.next() == null ? null : v.next().getId(),
					ChangesDto.of(v.changes()), v.returnedToDefault().map(r -> ReturnDto.of(r, messages)).orElse(null));
		}
	}

	/**
	 * A bureau's return to the provincial default: the default's version it followed from then on
	 * ({@code defaultChainId}, {@code defaultVersion}), who decided it (null only if no longer on
	 * record), when and why; {@code summary} says it in the caller's language (Accept-Language).
	 */
	record ReturnDto(String summary, Long defaultChainId, Integer defaultVersion, Instant at, EditorDto by,
			String reason) {

		static ReturnDto of(ChainHistory.Restoration r, Messages messages) {
			Integer version = r.followed() == null ? null : r.followed().getChainVersion();
			return new ReturnDto(messages.get("approval.chain.version.returned", version),
					r.followed() == null ? null : r.followed().getId(), version, r.at(),
					r.by().map(EditorDto::of).orElse(null), r.reason());
		}
	}

	/**
	 * A link ({@code position}, from 1) that the cases of a unit would meet with nobody to sign it:
	 * {@code NOBODY} holds its role, level and qualification there, ({@code SAME_SIGNERS}) those who
	 * could are all needed for other links of the round (an earlier countersign link needing every
	 * one of them), or ({@code NO_LEGAL_AFFAIRS}) it is a legal
	 * review and no unit of the bureau is marked as its legal-affairs department, or ({@code OWN_CASES})
	 * only the cases of the handler named, one of the unit's signers who also handles cases: nobody
	 * signs a case they handle, and nobody else can take the link. The handler's fields are null
	 * otherwise.
	 */
	record StaffingGapDto(long unitId, String unitCode, String unitNameZh, String unitNameEn, int position,
			String linkNameZh, String linkNameEn, ChainStaffing.Shortage shortage, Long handlerId,
			String handlerPoliceNumber, String handlerName) {

		static StaffingGapDto of(ChainStaffing.Gap gap) {
			OfficerSummary handler = gap.handler();
			return new StaffingGapDto(gap.unit().id(), gap.unit().code(), gap.unit().nameZh(), gap.unit().nameEn(),
					gap.position(), gap.linkNameZh(), gap.linkNameEn(), gap.shortage(),
					handler == null ? null : handler.id(), handler == null ? null : handler.policeNumber(),
					handler == null ? null : handler.name());
		}
	}

	@GetMapping
	@Operation(summary = "The chain in force for each action in the caller's bureau: its own version, "
			+ "else the provincial default")
	List<ChainDto> chains(@AuthenticationPrincipal SignedInOfficer officer) {
		return queries.activeChains(officer).stream().map(ChainDto::of).toList();
	}

	@GetMapping("/{action}")
	@Operation(summary = "The chain in force for one action in the caller's bureau, the one a PUT to this address "
			+ "edits; its chainVersion is the ?version= to send")
	ChainDto chain(@PathVariable ApprovalAction action, @AuthenticationPrincipal SignedInOfficer officer) {
		return ChainDto.of(inForce(action, officer));
	}

	@GetMapping("/{action}/staffing")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Where in your bureau the chain in force cannot be staffed: for each station and traffic "
			+ "squadron, the links its cases would meet with nobody to sign them, by unit; empty when every unit can "
			+ "staff every link")
	List<StaffingGapDto> staffing(@PathVariable ApprovalAction action, @AuthenticationPrincipal SignedInOfficer officer) {
		return staffing.gaps(inForce(action, officer), officer).stream().map(StaffingGapDto::of).toList();
	}

	/**
	 * The chains in force that some units handling cases could not staff ({@code units} of them, at
	 * {@code gaps} links in all), and those units.
	 */
	record ShortfallsDto(List<ShortfallDto> chains, List<UnitDto> units) {

		record ShortfallDto(ApprovalAction action, int units, int gaps) {
		}

		record UnitDto(long id, String code, String nameZh, String nameEn) {
		}

		static ShortfallsDto of(ChainStaffing.Shortfalls shortfalls) {
			return new ShortfallsDto(
					shortfalls.chains().stream().map(c -> new ShortfallDto(c.action(), c.units(), c.gaps())).toList(),
					shortfalls.units().stream().map(u -> new UnitDto(u.id(), u.code(), u.nameZh(), u.nameEn())).toList());
		}
	}

	@GetMapping("/staffing")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "The chains in force in your bureau that some unit handling cases could not staff, "
			+ "each with how many units and links, and those units; both empty when every unit can staff every chain")
	ShortfallsDto shortfalls(@AuthenticationPrincipal SignedInOfficer officer) {
		return ShortfallsDto.of(staffing.shortfalls(queries.activeChains(officer), officer));
	}

	@PostMapping("/staffing-check")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Look at links before saving them: refused per field as a PUT would refuse them, else the "
			+ "gaps they would have, as GET …/{action}/staffing lists them for the chain in force; nothing is saved")
	List<StaffingGapDto> checkStaffing(@Valid @RequestBody ProposedLinks proposed, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer) throws BindException {
		refuseWithEveryProblem(proposed.links(), result, officer);
		return staffing.check(proposed.links(), officer).stream().map(StaffingGapDto::of).toList();
	}

	@PutMapping("/{action}")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Write the next version of your bureau's chain (the first edit of the default writes the "
			+ "bureau's own); ?version= names the version in force you edited")
	ChainDto editChain(@PathVariable ApprovalAction action, @RequestParam int version, @Valid @RequestBody ChainEdit edit,
			BindingResult result, @AuthenticationPrincipal SignedInOfficer officer) throws BindException {
		refuseWithEveryProblem(edit.links(), result, officer);
		return ChainDto.of(chains.edit(action, version, edit, officer));
	}

	/**
	 * Links refused by bean validation (an empty name, a deadline of zero) are checked for their
	 * roles and levels too, and all problems are answered at once, as the editor page shows them.
	 */
	private void refuseWithEveryProblem(List<LinkSpec> links, BindingResult result, SignedInOfficer officer)
			throws BindException {
		if (!result.hasErrors()) {
			return;
		}
		if (links != null) {
			try {
				chains.checkLinks(links, officer);
			}
			catch (InvalidInputException ex) {
				ex.fieldProblems().forEach(p -> result.addError(new FieldError(result.getObjectName(), p.field(), null, false,
						new String[] { p.messageCode() }, p.arguments(), messages.get(p.messageCode(), p.arguments()))));
			}
		}
		throw new BindException(result);
	}

	/** Why the bureau goes back to the default; required, as an edit's change note is. */
	record FollowDefault(String reason) {
	}

	@PostMapping("/{action}/follow-default")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Retire your bureau's own version so its new requests follow the provincial default again; "
			+ "?version= names your version in force, the body says why ({\"reason\": …}, required, at most 500 "
			+ "characters); returns the default now in force")
	ChainDto followDefault(@PathVariable ApprovalAction action, @RequestParam int version,
			@RequestBody(required = false) FollowDefault body, @AuthenticationPrincipal SignedInOfficer officer) {
		return ChainDto.of(chains.followDefault(action, version, body == null ? null : body.reason(), officer));
	}

	@GetMapping("/{action}/versions")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Every version of an action's chain your bureau follows or followed (the default's and its own), "
			+ "newest first, a page at a time, with who wrote it and what it changed")
	PageDto<VersionDto> versions(@PathVariable ApprovalAction action,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(history.page(action, officer, Paging.within(page, size, 100))
			.versions(), v -> VersionDto.of(v, messages));
	}

	@GetMapping("/versions/{chainId}")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "One chain version by id; 404 if there is none, or it is another bureau's own")
	VersionDto version(@PathVariable long chainId, @AuthenticationPrincipal SignedInOfficer officer) {
		return VersionDto.of(history.version(chainId, officer), messages);
	}

	private ApprovalChain inForce(ApprovalAction action, SignedInOfficer officer) {
		return queries.activeChains(officer).stream()
			.filter(chain -> chain.getAction() == action)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("approval.chain.none"));
	}
}
