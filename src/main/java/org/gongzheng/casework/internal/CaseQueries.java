package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.InvalidInputException;

/** Reading cases: the list, the case page and the officer's own work. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	private final LawCaseRepository cases;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final PartyRepository parties;

	private final MaterialRepository materials;

	private final MeasureRepository measures;

	private final SeizedPropertyRepository property;

	private final CaseDeadlineRepository deadlines;

	private final DeadlineRuleRepository rules;

	private final TimelineRepository timeline;

	private final Materials materialService;

	private final CaseApprovals caseApprovals;

	private final Approvals approvals;

	private final Organization organization;

	private final Clock clock;

	CaseQueries(LawCaseRepository cases, CaseAccess access, CasePermissions permissions, PartyRepository parties,
			MaterialRepository materials, MeasureRepository measures, SeizedPropertyRepository property,
			CaseDeadlineRepository deadlines,
			DeadlineRuleRepository rules, TimelineRepository timeline, Materials materialService,
			CaseApprovals caseApprovals, Approvals approvals, Organization organization,
			Clock clock) {
		this.caseApprovals = caseApprovals;
		this.approvals = approvals;
		this.cases = cases;
		this.access = access;
		this.permissions = permissions;
		this.parties = parties;
		this.materials = materials;
		this.measures = measures;
		this.property = property;
		this.deadlines = deadlines;
		this.rules = rules;
		this.timeline = timeline;
		this.materialService = materialService;
		this.organization = organization;
		this.clock = clock;
	}

	public Page<CaseListItem> search(CaseFilter filter, Pageable pageable, SignedInOfficer officer) {
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			// An inverted range matches nothing, which would read as "no such cases".
			throw InvalidInputException.of("to", "case.filter.toBeforeFrom");
		}
		String unitPrefix = null;
		if (filter.unitId() != null) {
			unitPrefix = organization.unit(filter.unitId()).map(UnitSummary::path)
				.filter(path -> officer.scope().includes(path))
				.orElseThrow(() -> InvalidInputException.of("unitId", "case.filter.unitOutOfScope"));
		}
		Instant now = clock.instant();
		Page<LawCase> page = cases.findAll(
				CaseSpecifications.matching(officer.scope(), unitPrefix, filter, officer.zone(), now), pageable);
		return page.map(itemsOf(page.getContent(), now, SearchTerms.of(filter.keyword())));
	}

	public CaseDetail detail(long caseId, SignedInOfficer officer) {
		LawCase lawCase = access.visible(caseId, officer);
		List<Party> caseParties = parties.findByCaseIdOrderByIdAsc(caseId);
		List<Material> caseMaterials = materials.findByCaseIdOrderByIdAsc(caseId);
		List<CompulsoryMeasure> caseMeasures = measures.findByCaseIdOrderByIdAsc(caseId);
		List<CaseDeadline> caseDeadlines = deadlines.findByCaseIdOrderByDueAtAsc(caseId);
		List<TimelineEntry> entries = timeline.findByCaseIdOrderByEffectiveAtAscIdAsc(caseId);
		Set<Long> officerIds = new HashSet<>();
		Stream.of(lawCase.getHandlerId(), lawCase.getCoHandlerId(), lawCase.getRegisteredBy())
			.filter(java.util.Objects::nonNull).forEach(officerIds::add);
		entries.stream().map(TimelineEntry::getActorId).filter(java.util.Objects::nonNull).forEach(officerIds::add);
		caseMaterials.forEach(m -> officerIds.add(m.getCreatedBy()));
		caseMaterials.stream().map(Material::getVoidedBy).filter(java.util.Objects::nonNull).forEach(officerIds::add);
		List<PendingAction> awaiting = caseApprovals.openActions(caseId);
		// Every change to a case needs a valid qualification; offering one the server will refuse
		// would only lead a lapsed officer into a 403.
		boolean qualified = permissions.qualified(officer.officerId());
		boolean mayWork = qualified && permissions.mayWorkOn(lawCase, officer);
		boolean involved = permissions.mayManageProperty(lawCase, officer);
		List<Approvals.RequestSummary> requests = approvals.requestsFor(caseId);
		List<ApprovalAction> atSigners = requests.stream()
			.filter(r -> r.status() == Approvals.Status.PENDING)
			.map(Approvals.RequestSummary::action).toList();
		// A transition whose approval would contradict one at the signers is refused on submitting
		// (filing and not filing cannot both be asked), so it is not offered.
		List<CaseTransition> available = CaseTransition.availableFrom(lawCase.getState()).stream()
			.filter(t -> qualified && permissions.mayTake(lawCase, t, officer))
			.filter(t -> awaiting.stream().noneMatch(p -> p.getTransition() == t))
			.filter(t -> atSigners.isEmpty() || caseApprovals.neededFor(t, lawCase)
				.map(action -> atSigners.stream().noneMatch(action::contradicts)).orElse(true))
			.toList();
		boolean extensionsByRequest = caseApprovals.needed(ApprovalAction.DEADLINE_EXTENSION, lawCase)
			.isPresent();
		return new CaseDetail(lawCase, organization.unit(lawCase.getUnitId()).orElseThrow(), caseParties, caseMaterials,
				caseMeasures, property.findByCaseIdOrderByIdAsc(caseId), caseDeadlines,
				rules.findAll().stream().collect(Collectors.toMap(DeadlineRule::getCode, Function.identity())), entries,
				organization.officers(officerIds), available, mayWork,
				permissions.mayReadPersonalData(lawCase, officer),
				qualified && !lawCase.getState().terminal() && (officer.hasAny(Role.REVIEWER, Role.LEADER)
						|| extensionsByRequest && mayWork),
				qualified && involved, !qualified && involved,
				materialService.viewedBy(officer.officerId(), caseMaterials.stream().map(Material::getId).toList()),
				requests, awaiting);
	}

	/** Whether the case has a material not voided: what an approval request would give its signers to read. */
	public boolean hasMaterialToRead(long caseId) {
		return materials.existsByCaseIdAndVoidedAtIsNull(caseId);
	}

	/** My work 待办: my open cases, intakes waiting in my unit, and for leaders the overdue cases below them. */
	public MyWork myWork(SignedInOfficer officer) {
		Instant now = clock.instant();
		PageRequest firstFifty = PageRequest.of(0, 50, Sort.by(Sort.Order.asc("nextDeadlineAt").nullsLast(),
				Sort.Order.desc("reportedAt")));
		List<LawCase> mine = cases.findAll((root, query, cb) -> cb.and(
				cb.like(root.get("unitPath"), officer.scope().likePattern()),
				root.get("state").in(openStates()),
				cb.or(cb.equal(root.get("handlerId"), officer.officerId()),
						cb.equal(root.get("coHandlerId"), officer.officerId()))), firstFifty).getContent();
		List<LawCase> waiting = cases.findAll((root, query, cb) -> cb.and(
				cb.like(root.get("unitPath"), officer.unitPath() + "%"),
				cb.equal(root.get("state"), CaseState.REGISTERED)),
				PageRequest.of(0, 50, Sort.by("reportedAt"))).getContent();
		List<LawCase> overdue = officer.hasAny(Role.REVIEWER, Role.LEADER, Role.LEGAL)
				? cases.findAll((root, query, cb) -> cb.and(
						cb.like(root.get("unitPath"), officer.scope().likePattern()),
						cb.lessThan(root.get("nextDeadlineAt"), now)), firstFifty).getContent()
				: List.of();
		List<LawCase> all = Stream.of(mine, waiting, overdue).flatMap(List::stream).distinct().toList();
		Function<LawCase, CaseListItem> toItem = itemsOf(all, now, List.of());
		return new MyWork(mine.stream().map(toItem).toList(), waiting.stream().map(toItem).toList(),
				overdue.stream().map(toItem).toList());
	}

	public record MyWork(List<CaseListItem> mine, List<CaseListItem> waitingForAcceptance, List<CaseListItem> overdue) {
	}

	private static List<CaseState> openStates() {
		return Stream.of(CaseState.values()).filter(s -> !s.terminal()).toList();
	}

	/**
	 * Resolves names and deadline states for a batch of cases with one query each; the parties whose
	 * names hold a search term are named, since a case found by a party shows nothing else that matched.
	 */
	private Function<LawCase, CaseListItem> itemsOf(List<LawCase> batch, Instant now, List<String> terms) {
		Set<Long> ids = batch.stream().map(LawCase::getId).collect(Collectors.toSet());
		Map<Long, DeadlineStatus> worst = ids.isEmpty() ? Map.of()
				: deadlines.findByCaseIdInAndClosedAtIsNull(ids).stream()
					.collect(Collectors.toMap(CaseDeadline::getCaseId, d -> d.statusAt(now),
							(a, b) -> a.compareTo(b) >= 0 ? a : b));
		Map<Long, OfficerSummary> handlers = organization.officers(batch.stream().map(LawCase::getHandlerId)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, UnitSummary> units = organization.units(batch.stream().map(LawCase::getUnitId).collect(Collectors.toSet()));
		return c -> {
			UnitSummary unit = units.get(c.getUnitId());
			OfficerSummary handler = c.getHandlerId() == null ? null : handlers.get(c.getHandlerId());
			return new CaseListItem(c.getId(), c.getCaseNumber(), c.getType(), c.getState(), c.getTitle(),
					c.getReportedAt(), c.getUnitId(), unit == null ? "" : unit.nameZh(), unit == null ? "" : unit.nameEn(),
					c.getHandlerId(), handler == null ? null : handler.name(), c.getNextDeadlineAt(),
					worst.get(c.getId()), c.partiesNaming(terms), c.getVersion());
		};
	}
}
