package org.gongzheng.traffic.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.discretion.Assessment;
import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.document.DocumentRequest;
import org.gongzheng.document.DocumentType;
import org.gongzheng.document.Documents;
import org.gongzheng.document.IssuedDocument;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.shared.identity.TypedNumbers;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.traffic.OnSiteDecisionIssued;

/**
 * On-site (simple procedure) traffic decisions. Everything that can refuse is checked first —
 * input formats, the procedure rules and the discretion standard — and only then is the document
 * numbered and issued, the decision stored and the points recorded, all in one transaction: a
 * refusal issues nothing and consumes no number.
 *
 * <p>One violation is penalised once (一事不再罚, Administrative Penalty Law 2021 art. 29): a
 * decision on the same driver's licence, violation code and moment as one already made is refused,
 * naming the first. A driver's decisions take turns on a lock of the licence number, so a decision
 * sent twice at once (a phone retrying on a bad connection) finds the first once it is committed.
 */
@Service
@Transactional
public class OnSiteDecisions {

	static final String SUBJECT_TYPE = "ONSITE_DECISION";

	/** The first key of every licence lock, so they never meet other advisory locks. */
	private static final int LICENCE_LOCKS = 0x4C494345;

	/** The result: the decision, its document and the driver's points in the current cycle. */
	public record Result(OnSiteDecision decision, IssuedDocument document, ScoringCycle cycle, int cycleTotal) {
	}

	private final OnSiteDecisionRepository decisions;

	private final PointRecordRepository points;

	private final DriverLicenceRepository licences;

	private final Discretion discretion;

	private final Documents documents;

	private final Organization organization;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final OnSiteChecks checks;

	OnSiteDecisions(OnSiteDecisionRepository decisions, PointRecordRepository points, DriverLicenceRepository licences,
			Discretion discretion, Documents documents, Organization organization, Messages messages,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock, OnSiteChecks checks) {
		this.decisions = decisions;
		this.points = points;
		this.licences = licences;
		this.discretion = discretion;
		this.documents = documents;
		this.organization = organization;
		this.messages = messages;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.checks = checks;
	}

	/**
	 * For a form that bean validation already refused, the other problems issuing would find, so
	 * they are shown together; nothing is issued.
	 */
	@Transactional(readOnly = true)
	public List<InvalidInputException.FieldProblem> problemsBeside(OnSiteCommand command, SignedInOfficer officer) {
		return checks.problemsBeside(command, clock.instant(), officer);
	}

	/** Whether the officer may issue on-site traffic decisions: a qualified officer of a traffic police unit. */
	@Transactional(readOnly = true)
	public boolean mayIssue(SignedInOfficer officer) {
		if (!officer.hasAny(Role.OFFICER, Role.REVIEWER)) {
			return false;
		}
		List<Long> ancestry = new ArrayList<>();
		for (String part : officer.unitPath().split("/")) {
			if (!part.isEmpty()) {
				ancestry.add(Long.valueOf(part));
			}
		}
		boolean traffic = organization.units(ancestry).values().stream()
			.anyMatch(u -> u.kind() == UnitKind.TRAFFIC_BRIGADE);
		return traffic && organization.qualified(officer.officerId(), LocalDate.now(clock.withZone(officer.zone())),
				QualificationLevel.BASIC);
	}

	/** The recommendation the form shows for a code and the ticked circumstances. */
	@Transactional(readOnly = true)
	public Recommendation recommend(String violationCode, java.util.Collection<String> circumstances, Instant occurredAt,
			SignedInOfficer officer) {
		ViolationView violation = trafficViolation(violationCode);
		Instant at = occurredAt == null ? clock.instant() : occurredAt;
		return discretion.recommend(violation.code(), circumstances, officer.unitId(), at.atZone(officer.zone()).toLocalDate());
	}

	public Result issue(OnSiteCommand command, SignedInOfficer officer) {
		if (!mayIssue(officer)) {
			events.publishEvent(AuditEvent.denied("TRAFFIC_ONSITE_DECISION", "UNIT", officer.unitId(), null));
			throw new ForbiddenException("traffic.onsite.forbidden");
		}
		Instant now = clock.instant();
		ZoneId zone = officer.zone();
		String licence = TypedNumbers.code(command.licenceNumber());
		String plate = PlateType.normalize(command.plateNumber());
		OnSiteChecks.Checked checked = checks.all(command, now, officer);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInputException(checked.problems());
		}
		if (checked.violation() == null || checked.assessment() == null) {
			throw InvalidInputException.of("violationCode", "validation.required");
		}
		ViolationView violation = checked.violation();
		refuseIfAlreadyDecided(licence, violation.code(), command.occurredAt());

		LocalDate day = command.occurredAt().atZone(zone).toLocalDate();
		Assessment assessment = checked.assessment();
		Recommendation recommendation = assessment.recommendation();

		// Nothing below refuses: the decision is stored, numbered and its points recorded.
		OnSiteDecision decision = decisions.saveAndFlush(new OnSiteDecision(officer.unitId(), officer.unitPath(),
				officer.officerId(), command.driverName().strip(), licence, plate, command.plateType(), violation.id(),
				violation.code(), command.place().strip(), command.occurredAt(), command.bodycamClip().strip(),
				recommendation.standardId(), recommendation.grade(),
				new LinkedHashSet<>(recommendation.ticked().stream().map(c -> c.code()).toList()), command.warning(),
				command.fineFen(), command.points(), assessment.outOfRange(), blankToNull(command.deviationReason()),
				blankToNull(command.omissionReason()), now));
		IssuedDocument document = documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION_SIMPLE,
				officer.unitId(), null, SUBJECT_TYPE, decision.getId().toString(), decision.getDriverName(),
				fields(decision, command, recommendation, officer), officer.officerId(), now));
		decision.documented(document.id(), document.number());
		decisions.saveAndFlush(decision);

		DriverLicence known = licences.findById(licence).orElse(null);
		if (known == null) {
			known = licences.save(new DriverLicence(licence, command.licenceFirstIssuedOn(), now));
		}
		else if (command.licenceFirstIssuedOn() != null && !command.licenceFirstIssuedOn().equals(known.getFirstIssuedOn())) {
			known.firstIssuedOn(command.licenceFirstIssuedOn(), now);
		}
		if (command.points() > 0) {
			points.save(new PointRecord(licence, decision.getId(), violation.code(), command.points(),
					command.occurredAt(), now));
		}
		points.flush();
		ScoringCycle cycle = ScoringCycle.containing(day, known.getFirstIssuedOn());
		int total = cycleTotal(licence, cycle, zone);
		events.publishEvent(AuditEvent.success("TRAFFIC_ONSITE_DECISION_ISSUED", "ONSITE_DECISION", decision.getId(),
				document.number() + " " + violation.code() + " fine " + command.fineFen() + " points " + command.points()
						+ (decision.isOutOfRange() ? " OUT_OF_RANGE" : "")));
		events.publishEvent(new OnSiteDecisionIssued(decision.getId(), officer.unitId(), officer.officerId(),
				violation.code(), decision.getFineFen(), decision.getPoints(), decision.isOutOfRange(), document.id(),
				document.number(), now));
		return new Result(decision, document, cycle, total);
	}

	@Transactional(readOnly = true)
	public Result result(long decisionId, SignedInOfficer officer) {
		OnSiteDecision decision = visible(decisionId, officer);
		IssuedDocument document = documents.find(decision.getDocumentId()).orElseThrow();
		LocalDate day = decision.getOccurredAt().atZone(officer.zone()).toLocalDate();
		ScoringCycle cycle = ScoringCycle.containing(day,
				licences.findById(decision.getLicenceNumber()).map(DriverLicence::getFirstIssuedOn).orElse(null));
		return new Result(decision, document, cycle, cycleTotal(decision.getLicenceNumber(), cycle, officer.zone()));
	}

	@Transactional(readOnly = true)
	public OnSiteDecision visible(long decisionId, SignedInOfficer officer) {
		OnSiteDecision decision = decisions.findById(decisionId)
			.filter(d -> officer.scope().includes(d.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("traffic.onsite.notFound", decisionId));
		events.publishEvent(AuditEvent.read("TRAFFIC_ONSITE_DECISION_VIEWED", "ONSITE_DECISION", decisionId, null));
		return decision;
	}

	@Transactional(readOnly = true)
	public Page<OnSiteDecision> search(boolean mine, Boolean outOfRange, Pageable pageable, SignedInOfficer officer) {
		return decisions.search(officer.scope().likePattern(), mine ? officer.officerId() : null, outOfRange, pageable);
	}

	/** The points on a licence in the cycle containing {@code day}. */
	@Transactional(readOnly = true)
	public Result pointsOf(String licenceNumber, LocalDate day, ZoneId zone) {
		String licence = licenceNumber == null ? "" : TypedNumbers.code(licenceNumber);
		if (!ResidentIdentityNumber.isValid(licence)) {
			throw InvalidInputException.of("licenceNumber", "traffic.licence.invalid");
		}
		events.publishEvent(AuditEvent.read("DRIVER_POINTS_VIEWED", "DRIVER_LICENCE", null, null));
		ScoringCycle cycle = ScoringCycle.containing(day,
				licences.findById(licence).map(DriverLicence::getFirstIssuedOn).orElse(null));
		return new Result(null, null, cycle, cycleTotal(licence, cycle, zone));
	}

	@Transactional(readOnly = true)
	public List<PointRecord> records(String licence, ScoringCycle cycle, ZoneId zone) {
		return points.findByLicenceNumberAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtAsc(licence,
				cycle.from().atStartOfDay(zone).toInstant(), cycle.until().atStartOfDay(zone).toInstant());
	}

	/**
	 * Refuses a second decision on one violation: the same licence and code in the same minute,
	 * which no driver commits twice. The minute, not the instant: the page takes the time to the
	 * minute and a phone may send seconds, and one stop entered both ways is still one violation.
	 * Holds the licence's lock to the end of the transaction first, so that of two such decisions
	 * sent at once the second waits and then finds the first; the unique index of V97 backs exact
	 * copies should any other writer forget.
	 */
	private void refuseIfAlreadyDecided(String licence, String violationCode, Instant occurredAt) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LICENCE_LOCKS, licence.hashCode());
		Instant minute = occurredAt.truncatedTo(ChronoUnit.MINUTES);
		decisions.findFirstByLicenceNumberAndViolationCodeAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByIdAsc(
				licence, violationCode, minute, minute.plus(1, ChronoUnit.MINUTES))
			.ifPresent(earlier -> {
				events.publishEvent(AuditEvent.denied("TRAFFIC_ONSITE_DECISION", "ONSITE_DECISION", earlier.getId(),
						"already decided " + earlier.getDocumentNumber()));
				throw new ConflictException("traffic.onsite.alreadyDecided", earlier.getDocumentNumber(), violationCode);
			});
	}

	private int cycleTotal(String licence, ScoringCycle cycle, ZoneId zone) {
		return points.total(licence, cycle.from().atStartOfDay(zone).toInstant(), cycle.until().atStartOfDay(zone).toInstant());
	}

	private Map<String, String> fields(OnSiteDecision decision, OnSiteCommand command, Recommendation recommendation,
			SignedInOfficer officer) {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		OfficerSummary summary = organization.officer(officer.officerId()).orElseThrow();
		Map<String, String> f = new LinkedHashMap<>();
		f.put("partyName", decision.getDriverName());
		f.put("licenceNumber", decision.getLicenceNumber());
		f.put("plateNumber", decision.getPlateNumber());
		f.put("plateTypeLabel", messages.get(zh, "enum.PlateType." + command.plateType()));
		f.put("occurredAt", decision.getOccurredAt().toString());
		f.put("place", decision.getPlace());
		f.put("violationCode", decision.getViolationCode());
		f.put("violationName", recommendation.violation().name().zh());
		f.put("breachCitation", recommendation.violation().breachCitation().zh());
		f.put("penaltyCitation", recommendation.violation().penaltyCitation().zh());
		f.put("pointsCitation", recommendation.violation().pointsCitation() == null ? ""
				: recommendation.violation().pointsCitation().zh());
		f.put("standard", "《" + recommendation.basis().zh().replaceAll("^《|》$", "") + "》");
		f.put("warning", String.valueOf(decision.isWarning()));
		f.put("fineFen", decision.getFineFen() == null ? "" : decision.getFineFen().toString());
		f.put("points", String.valueOf(decision.getPoints()));
		f.put("deviationReason", decision.getDeviationReason() == null ? "" : decision.getDeviationReason());
		f.put("omissionReason", decision.getOmissionReason() == null ? "" : decision.getOmissionReason());
		f.put("bodycamClip", decision.getBodycamClip());
		f.put("officerName", summary.name());
		f.put("officerNumber", summary.policeNumber());
		return f;
	}

	private ViolationView trafficViolation(String code) {
		ViolationView violation = discretion.violation(code).orElse(null);
		if (violation == null) {
			FieldProblems problems = new FieldProblems();
			OnSiteChecks.unknownViolation(problems, code);
			problems.throwIfAny();
		}
		if (violation.domain() != ViolationDomain.TRAFFIC) {
			throw InvalidInputException.of("violationCode", "traffic.violation.notTraffic",
					violation.code());
		}
		return violation;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
