package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseState;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

/** Seized property of a case: recording, entry into the custody register, disposal. */
@Service
@Transactional
public class SeizedProperties {

	private static final Set<CaseState> SEIZING_STATES = EnumSet.of(CaseState.ACCEPTED, CaseState.FILED,
			CaseState.INVESTIGATING, CaseState.DECIDED);

	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	private final SeizedPropertyRepository property;

	private final PartyRepository parties;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final Deadlines deadlines;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SeizedProperties(SeizedPropertyRepository property, PartyRepository parties, CaseAccess access,
			CasePermissions permissions, Deadlines deadlines, Timeline timeline, ApplicationEventPublisher events,
			Clock clock) {
		this.property = property;
		this.parties = parties;
		this.access = access;
		this.permissions = permissions;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	public SeizedProperty seize(long caseId, SeizedPropertyCommand command, SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		if (!SEIZING_STATES.contains(lawCase.getState())) {
			throw new ConflictException("property.caseState", Label.of(lawCase.getState()));
		}
		Instant now = clock.instant();
		Instant seizedAt = command.seizedAt() == null ? now : command.seizedAt();
		LocalDate seizedOn = seizedAt.atZone(deadlines.zoneOf(lawCase)).toLocalDate();
		LocalDate due = command.disposalDue() == null ? seizedOn.plusDays(30) : command.disposalDue();
		FieldProblems problems = new FieldProblems();
		problems.addIf(seizedAt.isAfter(now.plus(CLOCK_TOLERANCE)), "seizedAt", "validation.notFuture");
		problems.addIf(lawCase.getAcceptedAt() != null && seizedAt.isBefore(lawCase.getAcceptedAt()), "seizedAt",
				"measure.startedAt.beforeAcceptance");
		problems.addIf(due.isBefore(seizedOn), "disposalDue", "property.disposalDue.beforeSeizure");
		problems.addIf(command.ownerPartyId() != null && parties.findByIdAndCaseId(command.ownerPartyId(), caseId).isEmpty(),
				"ownerPartyId", "party.notFound");
		problems.throwIfAny();
		SeizedProperty item = property.save(new SeizedProperty(caseId, command, seizedAt, due, officer.officerId(), now));
		lawCase.touch(now);
		timeline.record(lawCase, "PROPERTY_SEIZED", officer.officerId(), seizedAt, Label.code(command.kind()),
				item.getDescription() + " × " + item.getQuantity() + item.getUnitOfMeasure());
		events.publishEvent(AuditEvent.success("PROPERTY_SEIZED", "CASE", caseId, "property " + item.getId()));
		return item;
	}

	/** Records the custody register number 入库登记号 the property room gave the item. */
	public SeizedProperty register(long caseId, long propertyId, long expectedVersion, String registerNumber,
			SignedInOfficer officer) {
		LawCase lawCase = managing(caseId, officer);
		SeizedProperty item = item(caseId, propertyId, expectedVersion);
		String number = CaseWork.blankToNull(registerNumber);
		InvalidInputException.requireStorable("registerNumber", number);
		FieldProblems problems = new FieldProblems();
		problems.addIf(number == null, "registerNumber", "validation.required");
		problems.addIf(number != null && number.length() > 40, "registerNumber", "validation.tooLong", 40);
		problems.addIf(number != null && property.existsByRegisterNumber(number), "registerNumber", "property.registerNumber.taken");
		problems.throwIfAny();
		item.register(number, clock.instant());
		timeline.record(lawCase, "PROPERTY_REGISTERED", officer.officerId(), clock.instant(), null,
				item.getDescription() + " " + number);
		events.publishEvent(AuditEvent.success("PROPERTY_REGISTERED", "CASE", caseId, "property " + propertyId + " " + number));
		return item;
	}

	public SeizedProperty dispose(long caseId, long propertyId, long expectedVersion, SeizedProperty.Disposal disposal,
			Instant at, String note, SignedInOfficer officer) {
		LawCase lawCase = managing(caseId, officer);
		SeizedProperty item = item(caseId, propertyId, expectedVersion);
		Instant when = at == null ? clock.instant() : at;
		InvalidInputException.requireStorable("note", note);
		FieldProblems problems = new FieldProblems();
		problems.addIf(disposal == null, "disposal", "validation.required");
		problems.addIf(CaseWork.tooLong(note, CaseWork.MAX_STEP_NOTE), "note", "validation.tooLong", CaseWork.MAX_STEP_NOTE);
		problems.addIf(when.isBefore(item.getSeizedAt()), "disposedAt", "measure.endedAt.beforeStart");
		problems.addIf(when.isAfter(clock.instant().plus(CLOCK_TOLERANCE)), "disposedAt", "validation.notFuture");
		problems.throwIfAny();
		item.dispose(disposal, when, CaseWork.blankToNull(note));
		// Returned, confiscated or destroyed: the case file is not what a pending request showed.
		lawCase.touch(clock.instant());
		timeline.record(lawCase, "PROPERTY_DISPOSED", officer.officerId(), when, Label.code(disposal), item.getDescription());
		events.publishEvent(AuditEvent.success("PROPERTY_DISPOSED", "CASE", caseId, "property " + propertyId + " " + disposal));
		return item;
	}

	@Transactional(readOnly = true)
	public List<SeizedProperty> of(long caseId, SignedInOfficer officer) {
		access.visible(caseId, officer);
		return property.findByCaseIdOrderByIdAsc(caseId);
	}

	private LawCase workable(long caseId, SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		return lawCase;
	}

	private LawCase managing(long caseId, SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		if (!permissions.mayManageProperty(lawCase, officer)) {
			throw new ForbiddenException("property.forbidden");
		}
		permissions.requireQualified(officer);
		return lawCase;
	}

	private SeizedProperty item(long caseId, long propertyId, long expectedVersion) {
		SeizedProperty item = property.findByIdAndCaseId(propertyId, caseId)
			.orElseThrow(() -> new NotFoundException("property.notFound", propertyId));
		if (item.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(item.getDescription());
		}
		return item;
	}
}
