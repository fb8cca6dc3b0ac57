package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.shared.identity.UnifiedSocialCreditCode;

/** The parties of a case, with their personal data shown whole only to those who need it, and audited. */
@Service
@Transactional
public class Parties {

	private final PartyRepository parties;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Parties(PartyRepository parties, CaseAccess access, CasePermissions permissions, Timeline timeline,
			ApplicationEventPublisher events, Clock clock) {
		this.parties = parties;
		this.access = access;
		this.permissions = permissions;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a party. One person or organization is one party of a case: a second copy would be a
	 * second person to penalise for the same act. So an identity number or credit code already
	 * held by a party of the case is refused beside its field; parties without one (unknown yet)
	 * stay allowed. The case lock, taken first, makes two such additions at once take turns, so the
	 * second finds the first; V98's unique indexes back this.
	 */
	public Party add(long caseId, PartyCommand command, SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		FieldProblems problems = new FieldProblems();
		String idNumber = CaseWork.blankToNull(command.idNumber());
		String creditCode = CaseWork.blankToNull(command.creditCode());
		LocalDate birthDate = command.birthDate();
		String gender = CaseWork.blankToNull(command.gender());
		if (command.kind() == PartyKind.PERSON) {
			problems.addIf(creditCode != null, "creditCode", "party.creditCode.personHasNone");
			if (idNumber != null) {
				var parsed = ResidentIdentityNumber.parse(idNumber);
				problems.addIf(parsed.isEmpty(), "idNumber", "party.idNumber.invalid");
				if (parsed.isPresent()) {
					idNumber = parsed.get().value();
					// The number states birth date and sex; a form that contradicts it is a typing error.
					problems.addIf(birthDate != null && !birthDate.equals(parsed.get().birthDate()), "birthDate",
							"party.birthDate.mismatch");
					problems.addIf(gender != null && !gender.equals(parsed.get().male() ? "MALE" : "FEMALE"), "gender",
							"party.gender.mismatch");
					birthDate = parsed.get().birthDate();
					gender = parsed.get().male() ? "MALE" : "FEMALE";
					parties.findFirstByCaseIdAndIdNumberOrderByIdAsc(caseId, idNumber).ifPresent(same -> problems
						.add("idNumber", "party.idNumber.alreadyParty", same.getName()));
				}
			}
			problems.addIf(birthDate != null && birthDate.isAfter(LocalDate.now(clock)), "birthDate", "validation.notFuture");
		}
		else {
			problems.addIf(idNumber != null, "idNumber", "party.idNumber.organizationHasNone");
			if (creditCode != null) {
				var parsed = UnifiedSocialCreditCode.parse(creditCode);
				problems.addIf(parsed.isEmpty(), "creditCode", "party.creditCode.invalid");
				creditCode = parsed.map(UnifiedSocialCreditCode::value).orElse(creditCode);
				if (parsed.isPresent()) {
					parties.findFirstByCaseIdAndCreditCodeOrderByIdAsc(caseId, creditCode).ifPresent(same -> problems
						.add("creditCode", "party.creditCode.alreadyParty", same.getName()));
				}
			}
		}
		problems.throwIfAny();
		Party party = command.kind() == PartyKind.PERSON
				? Party.person(caseId, command.role(), command.name().strip(), idNumber, gender, birthDate,
						CaseWork.blankToNull(command.phone()), CaseWork.blankToNull(command.address()),
						officer.officerId(), clock.instant())
				: Party.organization(caseId, command.role(), command.name().strip(), creditCode,
						CaseWork.blankToNull(command.legalRepresentative()), CaseWork.blankToNull(command.phone()),
						CaseWork.blankToNull(command.address()), officer.officerId(), clock.instant());
		parties.save(party);
		lawCase.partyAdded(party.getName());
		lawCase.touch(clock.instant());
		timeline.record(lawCase, "PARTY_ADDED", officer.officerId(), clock.instant(), Label.code(command.role()),
				party.getName());
		events.publishEvent(AuditEvent.success("PARTY_ADDED", "CASE", caseId, "party " + party.getId() + " " + command.role()));
		return party;
	}

	@Transactional(readOnly = true)
	public List<Party> of(long caseId, SignedInOfficer officer) {
		access.visible(caseId, officer);
		return parties.findByCaseIdOrderByIdAsc(caseId);
	}

	/**
	 * The party with personal data in full, for handlers, reviewers, leaders and legal staff. Every
	 * call is audited; everyone else is refused (and that refusal is audited too).
	 */
	public Party reveal(long caseId, long partyId, SignedInOfficer officer) {
		LawCase lawCase = access.visible(caseId, officer);
		Party party = parties.findByIdAndCaseId(partyId, caseId)
			.orElseThrow(() -> new NotFoundException("party.notFound", partyId));
		if (!permissions.mayReadPersonalData(lawCase, officer)) {
			events.publishEvent(AuditEvent.denied("PERSONAL_DATA_VIEWED", "PARTY", partyId, "case " + caseId));
			throw new ForbiddenException("party.personalData.forbidden");
		}
		events.publishEvent(AuditEvent.read("PERSONAL_DATA_VIEWED", "PARTY", partyId, "case " + caseId));
		return party;
	}
}
