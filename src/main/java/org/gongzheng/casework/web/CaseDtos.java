package org.gongzheng.casework.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.casework.internal.CaseDeadline;
import org.gongzheng.casework.internal.CaseDetail;
import org.gongzheng.casework.internal.CaseListItem;
import org.gongzheng.casework.internal.CompulsoryMeasure;
import org.gongzheng.casework.internal.DeadlineRule;
import org.gongzheng.casework.internal.DeadlineStatus;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.MeasureType;
import org.gongzheng.casework.internal.Party;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TimelineEntry;

/** What the case API returns. Entities never leave the module as JSON. */
final class CaseDtos {

	private CaseDtos() {
	}

	/** {@code matchingParties}: the parties whose names hold a word of the search, empty without one. */
	record CaseSummaryDto(long id, String caseNumber, CaseType type, CaseState state, String title, Instant reportedAt,
			long unitId, Long handlerId, String handlerName, Instant nextDeadlineAt, DeadlineStatus deadlineStatus,
			List<String> matchingParties, long version) {

		static CaseSummaryDto of(CaseListItem item) {
			return new CaseSummaryDto(item.id(), item.caseNumber(), item.type(), item.state(), item.title(),
					item.reportedAt(), item.unitId(), item.handlerId(), item.handlerName(), item.nextDeadlineAt(),
					item.deadlineStatus(), item.matchingParties(), item.version());
		}
	}

	record CaseDto(long id, String caseNumber, CaseType type, CaseState state, String title, String summary,
			ReportSource reportSource, Instant reportedAt, Instant occurredAt, String occurredPlace, long unitId,
			Long handlerId, Long coHandlerId, Instant acceptedAt, Instant filedAt, Instant decidedAt, Instant closedAt,
			DecisionKind decisionKind, String decisionSummary, String nonFilingReason, String revocationReason,
			Instant nextDeadlineAt, long version, List<CaseTransition> availableTransitions, List<PartyDto> parties,
			List<MaterialDto> materials, List<MeasureDto> measures, List<DeadlineDto> deadlines) {

		static CaseDto of(CaseDetail detail, Instant now) {
			LawCase c = detail.lawCase();
			return new CaseDto(c.getId(), c.getCaseNumber(), c.getType(), c.getState(), c.getTitle(), c.getSummary(),
					c.getReportSource(), c.getReportedAt(), c.getOccurredAt(), c.getOccurredPlace(), c.getUnitId(),
					c.getHandlerId(), c.getCoHandlerId(), c.getAcceptedAt(), c.getFiledAt(), c.getDecidedAt(),
					c.getClosedAt(), c.getDecisionKind(), c.getDecisionSummary(), c.getNonFilingReason(),
					c.getRevocationReason(), c.getNextDeadlineAt(), c.getVersion(), detail.availableTransitions(),
					detail.parties().stream().map(PartyDto::masked).toList(),
					detail.materials().stream().map(MaterialDto::of).toList(),
					detail.measures().stream().map(MeasureDto::of).toList(),
					detail.deadlines().stream().map(d -> DeadlineDto.of(d, detail.rules().get(d.getRuleCode()), now)).toList());
		}
	}

	/** Identity numbers and phones are masked here; the personal-data endpoint returns them whole. */
	record PartyDto(long id, PartyKind kind, PartyRole role, String name, String idNumber, String gender,
			LocalDate birthDate, String phone, String address, String creditCode, String legalRepresentative,
			boolean masked) {

		static PartyDto masked(Party p) {
			return new PartyDto(p.getId(), p.getKind(), p.getRole(), p.getName(), p.maskedIdNumber(), p.getGender(), null,
					p.maskedPhone(), null, p.getCreditCode(), p.getLegalRepresentative(), true);
		}

		static PartyDto full(Party p) {
			return new PartyDto(p.getId(), p.getKind(), p.getRole(), p.getName(), p.getIdNumber(), p.getGender(),
					p.getBirthDate(), p.getPhone(), p.getAddress(), p.getCreditCode(), p.getLegalRepresentative(), false);
		}
	}

	/**
	 * {@code contentHash}: what a signature's proof of reading holds for the material (a file alone
	 * is its own SHA-256; typed text, with the file's SHA-256 where a record carries one, otherwise);
	 * {@code fileSha256}: the attached file's SHA-256, null without a file; {@code voided}: voided as
	 * added by mistake (still readable, no longer submitted for approval), by {@code voidedBy} at
	 * {@code voidedAt} for {@code voidReason}, all three null while it stands.
	 */
	record MaterialDto(long id, MaterialType type, String title, String place, Instant recordedFrom, Instant recordedTo,
			Long subjectPartyId, String fileName, String contentType, Long sizeBytes, String deviceCode,
			String contentHash, String fileSha256, long createdBy, Instant createdAt, boolean voided, Instant voidedAt,
			Long voidedBy, String voidReason) {

		static MaterialDto of(Material m) {
			return new MaterialDto(m.getId(), m.getType(), m.getTitle(), m.getPlace(), m.getRecordedFrom(),
					m.getRecordedTo(), m.getSubjectPartyId(), m.getFileName(), m.getContentType(), m.getSizeBytes(),
					m.getDeviceCode(), m.getContentHash(), m.getFileSha256(), m.getCreatedBy(), m.getCreatedAt(),
					m.isVoided(), m.getVoidedAt(), m.getVoidedBy(), m.getVoidReason());
		}
	}

	/**
	 * A material as opened: with its text. Fetching it records a view receipt for a material that is
	 * text only; a material with a file is read by fetching {@code contentHref}, which records it
	 * (the file is what was submitted to be read, and this answer does not carry it).
	 */
	record OpenedMaterialDto(MaterialDto material, String body, String contentHref) {
	}

	record MeasureDto(long id, long partyId, MeasureType type, boolean detentionMayApply, Instant startedAt,
			Instant endedAt, String endReason, Instant arrestRequestSubmittedAt, long version) {

		static MeasureDto of(CompulsoryMeasure m) {
			return new MeasureDto(m.getId(), m.getPartyId(), m.getType(), m.isDetentionMayApply(), m.getStartedAt(),
					m.getEndedAt(), m.getEndReason(), m.getArrestRequestSubmittedAt(), m.getVersion());
		}
	}

	record DeadlineDto(long id, String ruleCode, String nameZh, String nameEn, String citationZh, Long measureId,
			Instant startedAt, Instant dueAt, int extendedBy, int maxExtension, DeadlineStatus status,
			long secondsRemaining, long version) {

		static DeadlineDto of(CaseDeadline d, DeadlineRule rule, Instant now) {
			return new DeadlineDto(d.getId(), d.getRuleCode(), rule.name(java.util.Locale.SIMPLIFIED_CHINESE),
					rule.name(java.util.Locale.ENGLISH), rule.citation(java.util.Locale.SIMPLIFIED_CHINESE),
					d.getMeasureId(), d.getStartedAt(), d.getDueAt(), d.getExtendedBy(), d.getMaxExtension(),
					d.statusAt(now), Duration.between(now, d.getDueAt()).toSeconds(), d.getVersion());
		}
	}

	/** {@code noteEn}: the note in English where the system wrote it in both languages, else null. */
	record TimelineDto(long id, String eventType, CaseState fromState, CaseState toState, Long actorId,
			Instant effectiveAt, Instant recordedAt, String note, String noteEn) {

		static TimelineDto of(TimelineEntry e) {
			return new TimelineDto(e.getId(), e.getEventType(), e.getFromState(), e.getToState(), e.getActorId(),
					e.getEffectiveAt(), e.getRecordedAt(), e.getNote(), e.getNoteEn());
		}
	}

	/** The answer to an action that now waits for approval. */
	record ApprovalPendingDto(long approvalRequestId, String action, String status, int round) {

		static ApprovalPendingDto of(org.gongzheng.approval.Approvals.RequestSummary request) {
			return new ApprovalPendingDto(request.id(), request.action().name(), request.status().name(), request.round());
		}
	}

	// Each version is the measure's or deadline's as last read: a missing one is refused, since a
	// primitive would turn it into 0 and skip the check the version is there for.

	record MeasureEndRequest(@NotNull(message = "{validation.required}") Long version, Instant endedAt, String reason) {
	}

	record ArrestRequestRecord(@NotNull(message = "{validation.required}") Long version, Instant submittedAt) {
	}

	record ExtensionRequest(@NotNull(message = "{validation.required}") Long version, int amount, boolean serious,
			String reason) {
	}
}
