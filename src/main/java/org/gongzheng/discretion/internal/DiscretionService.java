package org.gongzheng.discretion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.discretion.Assessment;
import org.gongzheng.discretion.CircumstanceView;
import org.gongzheng.discretion.Deviation;
import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.PenaltyProposal;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.shared.error.InvalidInputException;

@Service
@Transactional(readOnly = true)
class DiscretionService implements Discretion {

	private final ViolationRepository violations;

	private final StandardRepository standards;

	private final ProcedureRuleRepository rules;

	private final Jurisdictions jurisdictions;

	DiscretionService(ViolationRepository violations, StandardRepository standards, ProcedureRuleRepository rules,
			Jurisdictions jurisdictions) {
		this.violations = violations;
		this.standards = standards;
		this.rules = rules;
		this.jurisdictions = jurisdictions;
	}

	@Override
	public Optional<ViolationView> violation(String code) {
		// No code holds a NUL, and PostgreSQL refuses one even in a query.
		return code == null || InvalidInputException.holdsNul(code) ? Optional.empty()
				: violations.findByCodeAndActiveTrue(code.strip()).map(Violation::view);
	}

	@Override
	public List<ViolationView> violations(ViolationDomain domain) {
		return violations.findByDomainAndActiveTrueOrderByCode(domain).stream().map(Violation::view).toList();
	}

	@Override
	public Recommendation recommend(String violationCode, Collection<String> circumstanceCodes, long unitId, LocalDate day) {
		Violation violation = find(violationCode);
		DiscretionStandard standard = inForce(violation, unitId, day);
		return recommendation(violation, standard, circumstanceCodes == null ? Set.of() : circumstanceCodes);
	}

	@Override
	public Assessment assess(PenaltyProposal proposal) {
		Recommendation recommendation = recommend(proposal.violationCode(), proposal.circumstances(), proposal.unitId(),
				proposal.day());
		if (!proposal.components().imposesPenalty()) {
			throw InvalidInputException.of("warning", recommendation.grade() == Grade.NO_PENALTY
					? "discretion.noPenaltyGrade" : "discretion.nothingImposed");
		}
		GradeRange range = recommendation.range();
		List<Deviation> deviations = range.deviations(proposal.components());
		ViolationView violation = recommendation.violation();
		RuleBook book = new RuleBook(rules.findAllByOrderByIdAsc().stream()
			.filter(r -> r.inForceOn(proposal.day()))
			.map(ProcedureRule::toRule)
			.toList());
		RuleBook.Outcome outcome = book.check(new RuleBook.Context(proposal.procedure(), violation.domain(),
				proposal.offender(), violation.points(), violation.pointsCitation(), violation.penaltyCitation(),
				recommendation.basis(), range, proposal.components(), deviations, proposal.deviationReason(),
				proposal.omissionReason(), proposal.hearingNoticeGiven()));
		return new Assessment(recommendation, proposal.components(), deviations, outcome.refusals(),
				outcome.reviewRules(), outcome.hearingApplies());
	}

	/** A recommendation made with a given standard version (the one a decision recorded). */
	Recommendation recommendation(Violation violation, DiscretionStandard standard, Collection<String> circumstanceCodes) {
		LocalizedText basis = standard.basis();
		Map<String, Circumstance> listed = standard.circumstancesInOrder().stream()
			.collect(Collectors.toMap(Circumstance::getCode, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		Set<String> codes = new LinkedHashSet<>();
		for (String code : circumstanceCodes) {
			if (code != null && !code.isBlank()) {
				codes.add(code.strip());
			}
		}
		List<Circumstance> ticked = new ArrayList<>();
		for (String code : codes) {
			Circumstance circumstance = listed.get(code);
			if (circumstance == null) {
				throw InvalidInputException.of("circumstances", "discretion.circumstance.unknown", code);
			}
			ticked.add(circumstance);
		}
		Set<Grade> defined = EnumSet.noneOf(Grade.class);
		standard.gradesInOrder().forEach(g -> defined.add(g.getGrade()));
		GradeSelection.Selected selected = GradeSelection.select(ticked.stream().map(Circumstance::getGrade).toList(),
				defined);
		StandardGrade grade = standard.grade(selected.grade()).orElseThrow();
		List<CircumstanceView> tickedViews = ticked.stream().map(c -> c.view(basis)).toList();
		List<LocalizedText> citations = new ArrayList<>();
		ViolationView view = violation.view();
		citations.add(view.breachCitation());
		if (!view.penaltyCitation().equals(view.breachCitation())) {
			citations.add(view.penaltyCitation());
		}
		if (view.pointsCitation() != null && selected.grade() != Grade.NO_PENALTY) {
			citations.add(view.pointsCitation());
		}
		tickedViews.stream().map(CircumstanceView::citation).filter(c -> !citations.contains(c)).forEach(citations::add);
		if (!citations.contains(basis)) {
			citations.add(basis);
		}
		return new Recommendation(view, standard.getJurisdictionCode(), standard.jurisdictionName(), standard.getId(),
				standard.getVersionNo(), standard.getEffectiveFrom(), basis, selected.grade(), selected.reasonCode(),
				grade.range(violation.getPoints()), tickedViews,
				listed.values().stream().map(c -> c.view(basis)).toList(),
				standard.gradesInOrder().stream().map(g -> g.range(violation.getPoints())).toList(), citations);
	}

	DiscretionStandard standardById(long id) {
		return standards.findById(id).orElseThrow();
	}

	Violation find(String code) {
		if (code == null || code.isBlank()) {
			throw InvalidInputException.of("violationCode", "validation.required");
		}
		InvalidInputException.requireStorable("violationCode", code);
		return violations.findByCodeAndActiveTrue(code.strip())
			.orElseThrow(() -> InvalidInputException.of("violationCode", "discretion.violation.unknown", code.strip()));
	}

	/** The most local jurisdiction's latest version in force on the day. */
	DiscretionStandard inForce(Violation violation, long unitId, LocalDate day) {
		List<String> chain = jurisdictions.of(unitId);
		List<DiscretionStandard> candidates = standards.inForce(violation.getId(), chain, day);
		return candidates.stream()
			.min(Comparator.comparingInt((DiscretionStandard s) -> chain.indexOf(s.getJurisdictionCode())))
			.orElseThrow(() -> InvalidInputException.of("violationCode", "discretion.standard.none", violation.getCode()));
	}
}
