package org.gongzheng.approval.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.approval.internal.CountersignRelease;
import org.gongzheng.approval.internal.PinnedMaterial;
import org.gongzheng.approval.internal.RecordQueries;
import org.gongzheng.approval.internal.ReleaseCause;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SignatureFilter;
import org.gongzheng.approval.internal.SubmissionRound;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** The two accountability views over HTTP, with the same access rules as their pages. */
@RestController
@RequestMapping("/api/v1/approvals/records")
@Tag(name = "Approvals", description = "Review and approval with lifelong accountability")
class AccountabilityApiController {

	private final RecordQueries queries;

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final RecordAccess access;

	private final SignatureFindings findings;

	private final AccountabilityExports exports;

	private final Messages messages;

	AccountabilityApiController(RecordQueries queries, ApprovalCaseFiles files, Organization organization,
			RecordAccess access, SignatureFindings findings, AccountabilityExports exports, Messages messages) {
		this.messages = messages;
		this.queries = queries;
		this.files = files;
		this.organization = organization;
		this.access = access;
		this.findings = findings;
		this.exports = exports;
	}

	record SignerDto(long id, String policeNumber, String name) {
	}

	record SeenMaterialDto(Long materialId, String title, String contentHash) {
	}

	/**
	 * {@code signer}: the signer as they are now; {@code signedAs}: the name and police number they
	 * signed with (null on signatures given before these were kept);
	 * {@code materialsSeen}: what the signer read, each pinned material with its title and hash;
	 * {@code digest}: SHA-256 of the signature's content, the same as in its APPROVAL_SIGNED audit entry.
	 */
	record CaseSignatureDto(long id, int round, int link, String linkName, String linkNameEn, SignerDto signer,
			SignerLabels.SignedAs signedAs, Approvals.Decision decision, String opinion, Instant signedAt, long caseVersion,
			List<SeenMaterialDto> materialsSeen, Instant materialsReadAt, String digest) {
	}

	/**
	 * A countersigner released from a link because a rule about themselves stopped them signing
	 * ({@code reason}: the rule's code; {@code cause}: which of its causes applied, null on releases
	 * recorded before causes were kept; {@code reasonMessage}: in the caller's language; for the
	 * qualification causes, the officer's qualification then and the link's minimum).
	 */
	record CaseReleaseDto(int round, int link, String linkName, String linkNameEn, SignerDto officer, String reason,
			ReleaseCause cause, String reasonMessage, QualificationLevel qualification, LocalDate qualificationValidUntil,
			QualificationLevel minQualification, Instant releasedAt) {
	}

	/**
	 * {@code releasedSigners}: countersigners released from its links, in the order released;
	 * {@code rounds}: what each round asked, who submitted it and the note on what they corrected,
	 * with the digest its audit entry names (rounds before per-round records began are missing);
	 * {@code withdrawnBy}: who took it back by hand (null where the system did, its reason then in
	 * both languages, or before this was kept).
	 */
	record CaseRequestDto(long requestId, ApprovalAction action, Approvals.Status status, int round,
			Instant submittedAt, Instant decidedAt, List<CaseSignatureDto> signatures,
			List<CaseReleaseDto> releasedSigners, List<RoundDto> rounds, Long withdrawnBy, String withdrawalReason,
			String withdrawalReasonEn) {
	}

	record CaseRecordDto(long caseId, String caseNumber, String caseTitle, String caseState, String caseOutcome,
			List<CaseRequestDto> requests) {
	}

	/**
	 * One link the officer signed, with where the case stands now, what became of it and any fault
	 * found against it; {@code signedAs}: the name and police number they signed with (null on
	 * signatures given before these were kept); {@code materialsSeen}: the materials behind
	 * {@code materialHashes}, with their titles, as the case's record lists them.
	 */
	record OfficerRecordItemDto(long signatureId, long requestId, ApprovalAction action, int round, int link,
			String linkName, String linkNameEn, SignerLabels.SignedAs signedAs, Approvals.Decision decision, String opinion, Instant signedAt, long caseVersion,
			List<String> materialHashes, Instant materialsReadAt, long caseId, String caseNumber, String caseTitle,
			String caseState, String caseOutcome, List<SignatureFindings.Finding> findings,
			List<SeenMaterialDto> materialsSeen) {
	}

	@GetMapping("/cases/{caseId}")
	@Operation(summary = "Every request on a case, newest first, each with its links' signers, opinions and what they read")
	CaseRecordDto caseRecord(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		List<Signature> signatures = queries.signaturesOnCase(caseId);
		Map<Long, OfficerSummary> signers = organization
			.officers(SignatureSets.signerIds(signatures));
		Map<Long, List<PinnedMaterial>> seen = queries.materialsSeen(caseId, signatures);
		Map<Long, String> english = queries.linkNames(signatures, Locale.ENGLISH);
		Map<Long, List<Signature>> byRequest = signatures.stream()
			.collect(Collectors.groupingBy(Signature::getRequestId));
		Map<Long, List<CaseReleaseDto>> releases = releasesByRequest(caseId);
		Map<Long, List<SubmissionRound>> rounds = queries.roundsOnCase(caseId);
		List<CaseRequestDto> requests = queries.requestsOnCase(caseId).stream()
			.map(r -> new CaseRequestDto(r.getId(), r.getAction(), r.getStatus(), r.getRound(), r.getSubmittedAt(),
					r.getDecidedAt(), byRequest.getOrDefault(r.getId(), List.of()).stream()
						.map(s -> caseSignature(s, english.get(s.getId()), signers.get(s.getSignerId()),
								seen.get(s.getId())))
						.toList(), releases.getOrDefault(r.getId(), List.of()),
					RoundDto.of(r.getId(), rounds.getOrDefault(r.getId(), List.of())), r.getWithdrawnBy(),
					r.getWithdrawalReason(), r.getWithdrawalReasonEn()))
			.toList();
		return new CaseRecordDto(file.id(), file.number(), file.title(), file.state(), file.outcome(), requests);
	}

	/** The countersigners released on the case's requests, by request, link names in both languages. */
	private Map<Long, List<CaseReleaseDto>> releasesByRequest(long caseId) {
		List<RecordQueries.ReleaseOnCase> releases = queries.releasesOnCase(caseId);
		Map<Long, OfficerSummary> people = organization.officers(
				releases.stream().map(x -> x.release().officerId()).collect(Collectors.toSet()));
		Map<Long, List<CaseReleaseDto>> byRequest = new HashMap<>();
		for (RecordQueries.ReleaseOnCase line : releases) {
			CountersignRelease x = line.release();
			OfficerSummary person = people.get(x.officerId());
			byRequest.computeIfAbsent(x.requestId(), k -> new ArrayList<>())
				.add(new CaseReleaseDto(x.round(), x.linkOrder(), line.linkName(Locale.SIMPLIFIED_CHINESE),
						line.linkName(Locale.ENGLISH),
						person == null ? null : new SignerDto(person.id(), person.policeNumber(), person.name()),
						x.because(), x.cause(), messages.of(x.reason()), x.qualification(), x.qualificationValidUntil(),
						x.minQualification(), x.at()));
		}
		return byRequest;
	}

	@GetMapping("/officers/{officerId}")
	@Operation(summary = "An officer's lifelong record: every link they signed, newest first, with the case's later outcome; "
			+ "filter by action, decision and signing days (from/to, inclusive)")
	PageDto<OfficerRecordItemDto> officerRecord(@PathVariable long officerId, @ParameterObject SignatureFilter filter,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "30") @PageSize(max = 200) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		access.officer(officerId, officer);
		Page<Signature> signatures = queries.signaturesBy(officerId, filter,
				officer.zone(), Paging.within(page, size, 200));
		Map<Long, ApprovalCaseFiles.CaseFile> cases = files.findAll(
				SignatureSets.caseIds(signatures.getContent()));
		Map<Long, String> english = queries.linkNames(signatures.getContent(), Locale.ENGLISH);
		Map<Long, List<SignatureFindings.Finding>> found = findings
			.forSignatures(SignatureSets.ids(signatures.getContent()));
		Map<Long, List<PinnedMaterial>> seen = queries.materialsSeen(signatures.getContent());
		return PageDto.of(signatures, s -> officerRecordItem(s, english.get(s.getId()), cases.get(s.getCaseId()),
				found.getOrDefault(s.getId(), List.of()), seen.getOrDefault(s.getId(), List.of())));
	}

	/**
	 * A countersign link the officer was named on and released from, because a rule about
	 * themselves stopped them signing it ({@code reason}: the rule's code; {@code cause}: which of
	 * its causes applied, null on releases recorded before causes were kept; {@code reasonMessage}:
	 * in the caller's language; for the qualification causes, the officer's qualification then and
	 * the link's minimum), with where the case stands now.
	 */
	record OfficerReleaseDto(long requestId, ApprovalAction action, int round, int link, String linkName,
			String linkNameEn, String reason, ReleaseCause cause, String reasonMessage, QualificationLevel qualification,
			LocalDate qualificationValidUntil, QualificationLevel minQualification, Instant releasedAt, long caseId,
			String caseNumber, String caseTitle, String caseState, String caseOutcome) {
	}

	@GetMapping("/officers/{officerId}/releases")
	@Operation(summary = "The countersign links the officer was named on and released from (免签), newest first, "
			+ "with the reason, a page at a time; filter by action and days released (a decision or findings filter "
			+ "selects none)")
	PageDto<OfficerReleaseDto> officerReleases(@PathVariable long officerId, @ParameterObject SignatureFilter filter,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "30") @PageSize(max = 200) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		access.officer(officerId, officer);
		Page<RecordQueries.ReleaseOnCase> releases = queries.releasesOf(officerId, filter, officer.zone(),
				Paging.within(page, size, 200));
		Map<Long, ApprovalCaseFiles.CaseFile> cases = files.findAll(
				releases.stream().map(RecordQueries.ReleaseOnCase::caseId).collect(Collectors.toSet()));
		return PageDto.of(releases, line -> {
			CountersignRelease x = line.release();
			ApprovalCaseFiles.CaseFile file = cases.get(line.caseId());
			return new OfficerReleaseDto(x.requestId(), line.action(), x.round(), x.linkOrder(),
					line.linkName(Locale.SIMPLIFIED_CHINESE), line.linkName(Locale.ENGLISH), x.because(), x.cause(),
					messages.of(x.reason()), x.qualification(), x.qualificationValidUntil(), x.minQualification(), x.at(),
					line.caseId(), file == null ? null : file.number(),
					file == null ? null : file.title(), file == null ? null : file.state(),
					file == null ? null : file.outcome());
		});
	}

	@GetMapping("/officers/{officerId}/summary")
	@Operation(summary = "An officer's whole lifelong record in numbers: signatures by decision, how many a fault "
			+ "finding later named (withFindings) and how many of those were held against the signer (heldResponsible), "
			+ "and how many countersign links they were released from")
	RecordQueries.LifelongSummary officerSummary(@PathVariable long officerId,
			@AuthenticationPrincipal SignedInOfficer officer) {
		access.officer(officerId, officer);
		return queries.summaryOf(officerId);
	}

	@GetMapping("/cases/{caseId}/xlsx")
	@Operation(summary = "The case's record as an Excel workbook, as the page exports it; the export is audited",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = AccountabilityExports.EXCEL_TYPE)))
	ResponseEntity<byte[]> caseRecordExcel(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return exports.caseExcel(caseId, officer, method);
	}

	@GetMapping("/cases/{caseId}/pdf")
	@Operation(summary = "The case's record printed as PDF (landscape A4, who printed it and when); the export is audited",
			responses = { @ApiResponse(responseCode = "200", description = "The PDF file",
					content = @Content(mediaType = "application/pdf")),
					@ApiResponse(responseCode = "503", description = "The server has no font with Chinese glyphs",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<byte[]> caseRecordPdf(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return exports.casePdf(caseId, officer, method);
	}

	@GetMapping("/officers/{officerId}/xlsx")
	@Operation(summary = "Everything the filter selects of an officer's lifelong record as an Excel workbook; "
			+ "the export is audited with the filter",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = AccountabilityExports.EXCEL_TYPE)))
	void officerRecordExcel(@PathVariable long officerId, @ParameterObject SignatureFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method, HttpServletResponse response)
			throws IOException {
		exports.officerExcel(officerId, filter, officer, method, response);
	}

	@GetMapping("/officers/{officerId}/pdf")
	@Operation(summary = "An officer's lifelong record (as filtered) printed as PDF; 400 when the filter selects more than "
			+ AccountabilityPdf.MAX_ROWS + " signatures (narrow it, or take the Excel workbook)",
			responses = { @ApiResponse(responseCode = "200", description = "The PDF file",
					content = @Content(mediaType = "application/pdf")),
					@ApiResponse(responseCode = "503", description = "The server has no font with Chinese glyphs",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<byte[]> officerRecordPdf(@PathVariable long officerId, @ParameterObject SignatureFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method) {
		return exports.officerPdf(officerId, filter, officer, method);
	}

	private static CaseSignatureDto caseSignature(Signature s, String linkNameEn, OfficerSummary signer,
			List<PinnedMaterial> seen) {
		return new CaseSignatureDto(s.getId(), s.getRound(), s.getLinkOrder(), s.getLinkName(), linkNameEn,
				new SignerDto(s.getSignerId(), signer == null ? null : signer.policeNumber(),
						signer == null ? null : signer.name()),
				SignerLabels.SignedAs.of(s), s.getDecision(), s.getOpinion(), s.getSignedAt(), s.getCaseVersion(),
				seenDtos(seen), s.getMaterialsFirstOpenedAt(), s.digest());
	}

	private static List<SeenMaterialDto> seenDtos(List<PinnedMaterial> seen) {
		return seen.stream().map(m -> new SeenMaterialDto(m.id() == 0 ? null : m.id(), m.title(), m.contentHash())).toList();
	}

	private static OfficerRecordItemDto officerRecordItem(Signature s, String linkNameEn,
			ApprovalCaseFiles.CaseFile file, List<SignatureFindings.Finding> findings, List<PinnedMaterial> seen) {
		return new OfficerRecordItemDto(s.getId(), s.getRequestId(), s.getAction(), s.getRound(), s.getLinkOrder(),
				s.getLinkName(), linkNameEn, SignerLabels.SignedAs.of(s), s.getDecision(), s.getOpinion(), s.getSignedAt(), s.getCaseVersion(), s.hashes(),
				s.getMaterialsFirstOpenedAt(), s.getCaseId(), file == null ? null : file.number(),
				file == null ? null : file.title(), file == null ? null : file.state(),
				file == null ? null : file.outcome(), findings, seenDtos(seen));
	}
}
