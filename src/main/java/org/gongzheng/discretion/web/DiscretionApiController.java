package org.gongzheng.discretion.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.discretion.Assessment;
import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.discretion.PenaltyProposal;
import org.gongzheng.discretion.Procedure;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.RuleReference;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.discretion.internal.DiscretionStandard;
import org.gongzheng.discretion.internal.Library;
import org.gongzheng.discretion.internal.PenaltyDecision;
import org.gongzheng.discretion.internal.PenaltyDecisions;
import org.gongzheng.discretion.internal.PenaltyStatus;
import org.gongzheng.discretion.internal.ProposalCommand;
import org.gongzheng.discretion.internal.StandardVersionCommand;
import org.gongzheng.discretion.internal.Standards;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** The statute library, violation catalogue, standards, procedure rules and penalty decisions over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Discretion", description = "Violation catalogue, discretion standards, procedure rules, penalty decisions")
class DiscretionApiController {

	private final Discretion discretion;

	private final Library library;

	private final Standards standards;

	private final PenaltyDecisions decisions;

	private final Messages messages;

	DiscretionApiController(Discretion discretion, Library library, Standards standards, PenaltyDecisions decisions,
			Messages messages) {
		this.discretion = discretion;
		this.library = library;
		this.standards = standards;
		this.decisions = decisions;
		this.messages = messages;
	}

	record StandardDto(long id, String jurisdictionCode, String jurisdictionZh, String jurisdictionEn, int version,
			LocalDate effectiveFrom, String basisZh, String basisEn, String changeNote, Long createdBy, Instant createdAt,
			List<GradeRange> grades, List<String> circumstances) {

		static StandardDto of(DiscretionStandard s, int points) {
			return new StandardDto(s.getId(), s.getJurisdictionCode(), s.jurisdictionName().zh(), s.jurisdictionName().en(),
					s.getVersionNo(), s.getEffectiveFrom(), s.basis().zh(), s.basis().en(), s.getChangeNote(),
					s.getCreatedBy(), s.getCreatedAt(), s.gradesInOrder().stream().map(g -> g.range(points)).toList(),
					s.circumstancesInOrder().stream().map(c -> c.getCode()).toList());
		}
	}

	record AssessmentRequest(@NotNull(message = "{validation.required}") Procedure procedure,
			@NotNull(message = "{validation.required}") String violationCode, OffenderKind offender,
			@Parameter(description = "Defaults to the caller's unit") Long unitId, LocalDate day, Set<String> circumstances,
			boolean warning,
			@DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 9, fraction = 2, message = "{penalty.fine.format}") BigDecimal fine,
			Integer detentionDays, int points, LicenceAction licenceAction,
			Integer licenceMonths, boolean vehicleSeizure, String deviationReason, String omissionReason,
			boolean hearingNoticeGiven) {
	}

	record AssessmentDto(Recommendation recommendation, boolean outOfRange, List<String> deviations,
			List<RefusalDto> refusals, List<RuleReference> legalReview, boolean hearingApplies) {
	}

	record RefusalDto(String field, String rule, String message) {
	}

	record PenaltyDecisionDto(long id, long caseId, String caseNumber, long partyId, String partyName,
			OffenderKind offender, String violationCode, long standardId, Grade grade, List<String> circumstances,
			String facts, PenaltyComponents components, boolean outOfRange, String deviationReason, String omissionReason,
			boolean hearingNoticeGiven, boolean legalReviewRequired, List<String> reviewRules, PenaltyStatus status,
			ApprovalAction approvalAction, Long approvalRequestId, long proposedBy, Instant proposedAt, Long reviewedBy,
			Instant reviewedAt, String reviewOpinion, Long documentId, String documentNumber, Instant issuedAt,
			long version) {

		static PenaltyDecisionDto of(PenaltyDecision d) {
			return new PenaltyDecisionDto(d.getId(), d.getCaseId(), d.getCaseNumber(), d.getPartyId(), d.getPartyName(),
					d.getOffenderKind(), d.getViolationCode(), d.getStandardId(), d.getGrade(),
					List.copyOf(d.circumstanceCodes()), d.getFacts(), d.components(), d.isOutOfRange(),
					d.getDeviationReason(), d.getOmissionReason(), d.isHearingNoticeGiven(), d.isLegalReviewRequired(),
					d.reviewRuleCodes(), d.getStatus(), d.getApprovalAction(), d.getApprovalRequestId(), d.getProposedBy(),
					d.getProposedAt(), d.getReviewedBy(),
					d.getReviewedAt(), d.getReviewOpinion(), d.getDocumentId(), d.getDocumentNumber(), d.getIssuedAt(),
					d.getVersion());
		}
	}

	@GetMapping("/violations")
	@Operation(summary = "The violation catalogue, with the articles broken and punishing and the points each code carries")
	List<ViolationView> violations(@RequestParam(required = false) ViolationDomain domain) {
		return domain == null ? library.violations() : discretion.violations(domain);
	}

	@GetMapping("/violations/{code}")
	ViolationView violation(@PathVariable String code) {
		return discretion.violation(code).orElseThrow(() -> new NotFoundException("discretion.violation.notFound", code));
	}

	@GetMapping("/violations/{code}/recommendation")
	@Operation(summary = "Grade, range and citations for the circumstances given, from the standard in force for the unit on the day")
	Recommendation recommendation(@PathVariable String code, @RequestParam(required = false) List<String> circumstances,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return discretion.recommend(code, circumstances == null ? Set.of() : circumstances,
				unitId == null ? officer.unitId() : unitId, day == null ? LocalDate.now(officer.zone()) : day);
	}

	@GetMapping("/violations/{code}/standards")
	@Operation(summary = "Every version of the violation's standards in every jurisdiction")
	List<StandardDto> standards(@PathVariable String code) {
		int points = violation(code).points();
		return standards.history(code).stream().map(s -> StandardDto.of(s, points)).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/violations/{code}/standards")
	@Operation(summary = "LEGAL: a new version of the standard for the caller's city; send latestVersion as seen, or get 409")
	ResponseEntity<StandardDto> newVersion(@PathVariable String code, @Valid @RequestBody StandardVersionCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		DiscretionStandard saved = standards.newVersion(code, command, officer);
		DiscretionStandard loaded = standards.standard(saved.getId());
		return ResponseEntity.created(URI.create("/api/v1/discretion-standards/" + saved.getId()))
			.body(StandardDto.of(loaded, violation(code).points()));
	}

	@GetMapping("/discretion-standards/{id}")
	StandardDto standard(@PathVariable long id) {
		DiscretionStandard s = standards.standard(id);
		return StandardDto.of(s, s.getViolation().getPoints());
	}

	@GetMapping("/procedure-rules")
	@Operation(summary = "The procedure rules with their limits and citations")
	List<Library.RuleView> rules() {
		return library.rules();
	}

	@PostMapping("/penalty-assessments")
	@Operation(summary = "Measure a proposed penalty against the standard and the procedure rules without issuing anything")
	AssessmentDto assess(@Valid @RequestBody AssessmentRequest request, @AuthenticationPrincipal SignedInOfficer officer) {
		Assessment a = discretion.assess(new PenaltyProposal(request.procedure(), request.violationCode(),
				request.offender() == null ? OffenderKind.CITIZEN : request.offender(),
				request.unitId() == null ? officer.unitId() : request.unitId(),
				request.day() == null ? LocalDate.now(officer.zone()) : request.day(),
				request.circumstances() == null ? Set.of() : request.circumstances(),
				new PenaltyComponents(request.warning(),
						request.fine() == null ? null : request.fine().movePointRight(2).longValueExact(),
						request.detentionDays(), request.points(), request.licenceAction(), request.licenceMonths(),
						request.vehicleSeizure()),
				request.deviationReason(), request.omissionReason(), request.hearingNoticeGiven()));
		return new AssessmentDto(a.recommendation(), a.outOfRange(),
				a.deviations().stream().map(d -> messages.get(d.messageCode(), d.arguments())).toList(),
				a.refusals().stream().map(r -> new RefusalDto(r.field(), r.rule().code(),
						messages.get(org.gongzheng.discretion.RuleRefusal.MESSAGE_CODE, r.messageArguments()))).toList(),
				a.reviewRules(), a.hearingApplies());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cases/{caseId}/penalty-decisions")
	@Operation(summary = "Propose an ordinary-procedure penalty for a party of a case under investigation; it is submitted for approval (PENALTY_MAJOR with legal review when outside the range or open to a hearing, PENALTY_ORDINARY otherwise) and issued when the last link signs")
	ResponseEntity<PenaltyDecisionDto> propose(@PathVariable long caseId, @Valid @RequestBody ProposalCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		PenaltyDecision decision = decisions.propose(caseId, command, officer);
		return ResponseEntity.created(URI.create("/api/v1/penalty-decisions/" + decision.getId()))
			.body(PenaltyDecisionDto.of(decision));
	}

	@GetMapping("/penalty-decisions")
	@Operation(summary = "Penalty decisions in the caller's data scope; outOfRange=true lists those marked for supervision")
	PageDto<PenaltyDecisionDto> penaltyDecisions(@RequestParam(required = false) PenaltyStatus status,
			@RequestParam(required = false) Boolean outOfRange, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(decisions.search(status, outOfRange,
				Paging.within(page, size, 100), officer), PenaltyDecisionDto::of);
	}

	@GetMapping("/penalty-decisions/{id}")
	PenaltyDecisionDto penaltyDecision(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return PenaltyDecisionDto.of(decisions.visible(id, officer));
	}
}
