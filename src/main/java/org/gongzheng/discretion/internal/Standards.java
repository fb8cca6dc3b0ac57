package org.gongzheng.discretion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Maintains discretion standards. The legal department edits the standards of its own city;
 * every edit inserts the next version, effective from a day not in the past, so decisions keep
 * the version they were measured against.
 */
@Service
@Transactional
public class Standards {

	private final StandardRepository standards;

	private final ViolationRepository violations;

	private final CircumstanceRepository circumstances;

	private final Jurisdictions jurisdictions;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone zone;

	Standards(StandardRepository standards, ViolationRepository violations, CircumstanceRepository circumstances,
			Jurisdictions jurisdictions, Organization organization, ApplicationEventPublisher events, Clock clock,
			DefaultZone zone) {
		this.standards = standards;
		this.violations = violations;
		this.circumstances = circumstances;
		this.jurisdictions = jurisdictions;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/** The jurisdiction an officer's legal department maintains. */
	@Transactional(readOnly = true)
	public String editableJurisdiction(SignedInOfficer officer) {
		return jurisdictions.cityOf(officer.unitId());
	}

	@Transactional(readOnly = true)
	public List<DiscretionStandard> history(String violationCode) {
		Violation violation = violation(violationCode);
		List<DiscretionStandard> all = standards.history(violation.getId());
		all.forEach(s -> {
			s.gradesInOrder();
			s.circumstancesInOrder();
		});
		return all;
	}

	@Transactional(readOnly = true)
	public DiscretionStandard standard(long id) {
		DiscretionStandard standard = standards.findById(id).orElseThrow(() -> new NotFoundException("discretion.standard.notFound"));
		standard.gradesInOrder();
		standard.circumstancesInOrder();
		standard.getViolation().view();
		return standard;
	}

	/** Circumstances a standard of this violation may list. */
	@Transactional(readOnly = true)
	public List<Circumstance> circumstancesFor(String violationCode) {
		Violation violation = violation(violationCode);
		return circumstances.findByDomainInOrderByGradeAscIdAsc(List.of("ALL", violation.getDomain().name()));
	}

	public DiscretionStandard newVersion(String violationCode, StandardVersionCommand command, SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			events.publishEvent(AuditEvent.denied("DISCRETION_STANDARD_VERSIONED", "VIOLATION", violationCode, null));
			throw new ForbiddenException("discretion.standard.forbidden");
		}
		Violation violation = violation(violationCode);
		String jurisdiction = editableJurisdiction(officer);
		int latest = standards.latestVersion(violation.getId(), jurisdiction);
		if (command.latestVersion() == null || latest != command.latestVersion()) {
			throw ConflictException.staleVersion(violation.getCode());
		}
		LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
		FieldProblems problems = new FieldProblems();
		problems.addIf(command.effectiveFrom().isBefore(today), "effectiveFrom", "discretion.standard.effectiveInPast");
		Set<Grade> seen = EnumSet.noneOf(Grade.class);
		for (int i = 0; i < command.grades().size(); i++) {
			GradeRange g = command.grades().get(i);
			String prefix = "grades[" + i + "].";
			if (g.grade() == null) {
				problems.add(prefix + "grade", "validation.required");
				continue;
			}
			problems.addIf(!seen.add(g.grade()), prefix + "grade", "discretion.standard.gradeTwice");
			checkRange(g, prefix, problems);
		}
		problems.addIf(!seen.contains(Grade.ORDINARY), "grades", "discretion.standard.ordinaryRequired");
		Set<Circumstance> listed = new HashSet<>();
		Set<String> codes = command.circumstances() == null ? Set.of() : command.circumstances();
		List<Circumstance> allowed = circumstancesFor(violationCode);
		for (String code : codes) {
			allowed.stream().filter(c -> c.getCode().equals(code)).findFirst()
				.ifPresentOrElse(listed::add, () -> problems.add("circumstances", "discretion.circumstance.unknown", code));
		}
		problems.throwIfAny();

		LocalizedText name = jurisdictionName(jurisdiction, officer);
		DiscretionStandard standard = new DiscretionStandard(jurisdiction, name, violation, latest + 1,
				command.effectiveFrom(), LocalizedText.of(command.basisZh().strip(),
						command.basisEn() == null ? null : command.basisEn().strip()),
				command.changeNote().strip(), officer.officerId(), clock.instant());
		command.grades().forEach(g -> standard.addGrade(new StandardGrade(g)));
		standard.listCircumstances(listed);
		standards.saveAndFlush(standard);
		events.publishEvent(AuditEvent.success("DISCRETION_STANDARD_VERSIONED", "DISCRETION_STANDARD", standard.getId(),
				violation.getCode() + " " + jurisdiction + " v" + standard.getVersionNo() + " from "
						+ command.effectiveFrom()));
		return standard;
	}

	private static void checkRange(GradeRange g, String prefix, FieldProblems problems) {
		boolean noPenalty = g.grade() == Grade.NO_PENALTY;
		if (g.fineMaxFen() != null || g.fineMinFen() != null || g.fineRequired()) {
			problems.addIf(g.fineMaxFen() == null || g.fineMaxFen() <= 0, prefix + "fineMaxFen", "validation.positive");
			problems.addIf(g.fineMinFen() != null && (g.fineMinFen() <= 0
					|| g.fineMaxFen() != null && g.fineMinFen() > g.fineMaxFen()), prefix + "fineMinFen",
					"discretion.standard.minAboveMax");
		}
		if (g.detentionMaxDays() != null || g.detentionMinDays() != null || g.detentionRequired()) {
			problems.addIf(g.detentionMinDays() == null || g.detentionMinDays() < 1, prefix + "detentionMinDays",
					"validation.positive");
			problems.addIf(g.detentionMaxDays() == null || g.detentionMinDays() != null
					&& g.detentionMaxDays() < g.detentionMinDays(), prefix + "detentionMaxDays",
					"discretion.standard.minAboveMax");
			problems.addIf(g.detentionMaxDays() != null && g.detentionMaxDays() > 20, prefix + "detentionMaxDays",
					"discretion.standard.detentionTooLong");
		}
		LicenceAction licence = g.licenceAction() == null ? LicenceAction.NONE : g.licenceAction();
		if (licence == LicenceAction.SUSPEND) {
			problems.addIf(g.licenceMonthsMin() == null || g.licenceMonthsMin() < 1, prefix + "licenceMonthsMin",
					"validation.positive");
			problems.addIf(g.licenceMonthsMax() == null || g.licenceMonthsMin() != null
					&& g.licenceMonthsMax() < g.licenceMonthsMin(), prefix + "licenceMonthsMax",
					"discretion.standard.minAboveMax");
		}
		problems.addIf(licence == LicenceAction.NONE && g.licenceRequired(), prefix + "licenceRequired",
				"discretion.standard.licenceRequiredWithoutAction");
		problems.addIf(noPenalty && (g.warningAllowed() || g.fineMaxFen() != null || g.detentionMaxDays() != null
				|| licence != LicenceAction.NONE), prefix + "grade", "discretion.standard.noPenaltyWithPenalty");
	}

	private LocalizedText jurisdictionName(String jurisdiction, SignedInOfficer officer) {
		return standards.anyIn(jurisdiction).stream().findFirst().map(DiscretionStandard::jurisdictionName)
			.orElseGet(() -> {
				UnitSummary bureau = organization.unitsIn(new org.gongzheng.organization.DataScope(officer.bureauPath()))
					.stream().findFirst().orElseThrow();
				return LocalizedText.of(bureau.nameZh().replace("公安局", ""),
						bureau.nameEn().replace(" Public Security Bureau", ""));
			});
	}

	private Violation violation(String code) {
		return violations.findByCodeAndActiveTrue(code == null ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("discretion.violation.notFound", code));
	}
}
