package org.gongzheng.traffic.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.gongzheng.discretion.Assessment;
import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.discretion.PenaltyProposal;
import org.gongzheng.discretion.Procedure;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.shared.identity.TypedNumbers;
import org.gongzheng.shared.web.Messages;

/**
 * What an on-site decision's fields must be beyond being filled in: a licence and plate that can
 * exist, a time on the spot, a camera clip's code, a traffic violation code, and a penalty inside
 * the standard. Issuing refuses on all of them at once; a form that already has empty fields gets
 * them too ({@link #problemsBeside}), so an officer at the roadside corrects everything in one go.
 */
@Component
class OnSiteChecks {

	/** How far ahead of the server clock a device's time may be. */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	/** On the spot means the stop is now: the violation must be within the last day. */
	private static final Duration ON_SITE_WINDOW = Duration.ofHours(24);

	private static final Pattern CLIP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/\\-]{3,119}");

	private final Discretion discretion;

	private final Messages messages;

	OnSiteChecks(Discretion discretion, Messages messages) {
		this.discretion = discretion;
		this.messages = messages;
	}

	/**
	 * Adds the problems with the fields as typed; a field left empty is bean validation's to name.
	 * Returns the violation when its code names a traffic violation, else null.
	 */
	ViolationView check(OnSiteCommand command, Instant now, ZoneId zone, FieldProblems problems) {
		String licence = command.licenceNumber() == null ? null : TypedNumbers.code(command.licenceNumber());
		problems.addIf(licence != null && !ResidentIdentityNumber.isValid(licence), "licenceNumber",
				"traffic.licence.invalid");
		if (command.plateType() != null && command.plateNumber() != null) {
			problems.addIf(!command.plateType().accepts(PlateType.normalize(command.plateNumber())), "plateNumber",
					"traffic.plate.invalid", messages.get("enum.PlateType." + command.plateType()));
		}
		if (command.occurredAt() != null) {
			problems.addIf(command.occurredAt().isAfter(now.plus(CLOCK_TOLERANCE)), "occurredAt", "validation.notFuture");
			problems.addIf(command.occurredAt().isBefore(now.minus(ON_SITE_WINDOW)), "occurredAt",
					"traffic.occurredAt.tooOld");
			LocalDate day = command.occurredAt().atZone(zone).toLocalDate();
			problems.addIf(command.licenceFirstIssuedOn() != null && command.licenceFirstIssuedOn().isAfter(day),
					"licenceFirstIssuedOn", "traffic.licence.issuedAfter");
		}
		problems.addIf(command.bodycamClip() != null && !command.bodycamClip().isBlank()
				&& !CLIP.matcher(command.bodycamClip().strip()).matches(), "bodycamClip", "traffic.bodycam.invalid");
		if (command.violationCode() == null || command.violationCode().isBlank()) {
			return null;
		}
		ViolationView violation = discretion.violation(command.violationCode()).orElse(null);
		if (violation == null) {
			unknownViolation(problems, command.violationCode());
			return null;
		}
		if (violation.domain() != ViolationDomain.TRAFFIC) {
			problems.add("violationCode", "traffic.violation.notTraffic", violation.code());
			return null;
		}
		return violation;
	}

	/** The penalty against the standard for the violation on that day; refusals name their fields. */
	Assessment assess(OnSiteCommand command, ViolationView violation, LocalDate day, SignedInOfficer officer) {
		PenaltyComponents components = new PenaltyComponents(command.warning(), command.fineFen(), null,
				command.points(), LicenceAction.NONE, null, command.vehicleSeizure());
		return discretion.assess(new PenaltyProposal(Procedure.SIMPLE, violation.code(), OffenderKind.CITIZEN,
				officer.unitId(), day, command.circumstances() == null ? Set.of() : command.circumstances(), components,
				command.deviationReason(), command.omissionReason(), false));
	}

	/**
	 * The fields and the penalty checked together: {@code problems} lists every problem found, the
	 * standard's among them when the code, time and points are there to check against;
	 * {@code violation} and {@code assessment} are null where they could not be had.
	 */
	record Checked(List<InvalidInputException.FieldProblem> problems, ViolationView violation, Assessment assessment) {
	}

	/** Everything wrong with the decision as entered, at once, so one correction round is enough. */
	Checked all(OnSiteCommand command, Instant now, SignedInOfficer officer) {
		List<InvalidInputException.FieldProblem> found = new ArrayList<>();
		FieldProblems problems = new FieldProblems();
		ViolationView violation = check(command, now, officer.zone(), problems);
		try {
			problems.throwIfAny();
		}
		catch (InvalidInputException ex) {
			found.addAll(ex.fieldProblems());
		}
		Assessment assessment = null;
		if (violation != null && command.occurredAt() != null && command.points() != null) {
			try {
				assessment = assess(command, violation, command.occurredAt().atZone(officer.zone()).toLocalDate(), officer);
				assessment.throwIfRefused();
			}
			catch (InvalidInputException ex) {
				found.addAll(ex.fieldProblems());
			}
			catch (ArithmeticException ex) {
				// A fine with more than two decimals: bean validation names it.
			}
		}
		return new Checked(found, violation, assessment);
	}

	/** For a form that bean validation already refused: every other problem its filled-in fields have. */
	List<InvalidInputException.FieldProblem> problemsBeside(OnSiteCommand command, Instant now, SignedInOfficer officer) {
		return all(command, now, officer).problems();
	}

	/** A code with a NUL is named as such, not echoed back with a character nobody can see. */
	static void unknownViolation(FieldProblems problems, String code) {
		if (InvalidInputException.holdsNul(code)) {
			problems.add("violationCode", InvalidInputException.NUL_CHARACTER);
		}
		else {
			problems.add("violationCode", "discretion.violation.unknown", code == null ? "" : code.strip());
		}
	}
}
