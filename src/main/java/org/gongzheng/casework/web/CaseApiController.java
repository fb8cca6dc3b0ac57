package org.gongzheng.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseFilter;
import org.gongzheng.casework.internal.CaseQueries;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.Deadlines;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.Intakes;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialVoidCommand;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.MeasureCommand;
import org.gongzheng.casework.internal.Measures;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.TransitionOutcome;
import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.web.CaseDtos.ApprovalPendingDto;
import org.gongzheng.casework.web.CaseDtos.ArrestRequestRecord;
import org.gongzheng.casework.web.CaseDtos.CaseDto;
import org.gongzheng.casework.web.CaseDtos.CaseSummaryDto;
import org.gongzheng.casework.web.CaseDtos.DeadlineDto;
import org.gongzheng.casework.web.CaseDtos.ExtensionRequest;
import org.gongzheng.casework.web.CaseDtos.MaterialDto;
import org.gongzheng.casework.web.CaseDtos.MeasureDto;
import org.gongzheng.casework.web.CaseDtos.MeasureEndRequest;
import org.gongzheng.casework.web.CaseDtos.OpenedMaterialDto;
import org.gongzheng.casework.web.CaseDtos.PartyDto;
import org.gongzheng.casework.web.CaseDtos.TimelineDto;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/**
 * Cases over HTTP for integrations and the mobile terminal. Authenticate with HTTP Basic using a
 * normal account; the same data scope and rules apply as on the pages.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Intake, transitions, parties, materials, measures and deadlines")
class CaseApiController {

	private final CaseQueries queries;

	private final CaseWork work;

	private final CaseAccess access;

	private final Parties parties;

	private final Materials materials;

	private final Measures measures;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Intakes intakes;

	CaseApiController(CaseQueries queries, CaseWork work, Intakes intakes, CaseAccess access, Parties parties,
			Materials materials, Measures measures, Deadlines deadlines, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.work = work;
		this.intakes = intakes;
		this.access = access;
		this.parties = parties;
		this.materials = materials;
		this.measures = measures;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Search cases in the caller's data scope, newest report first")
	PageDto<CaseSummaryDto> search(@RequestParam(required = false) CaseState state,
			@RequestParam(required = false) CaseType type, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId,
			@Parameter(description = "Words, all of which must be found in the case number, the title or a party's name") @RequestParam(required = false) String q,
			@RequestParam(required = false) CaseFilter.DeadlineFilter deadline,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		CaseFilter filter = new CaseFilter(state, type, unitId, from, to, handlerId, q, deadline);
		PageRequest pageable = Paging.within(page, size, 100,
				Sort.by(Sort.Order.desc("reportedAt")));
		return PageDto.of(queries.search(filter, pageable, officer), CaseSummaryDto::of);
	}

	@PostMapping
	@Operation(summary = "Register an intake (接报); the case number is issued here",
			description = "Send an Idempotency-Key (a UUID made for this intake) to retry safely: the same key with the "
					+ "same intake answers 200 with the case registered the first time and Idempotent-Replayed: true; "
					+ "the same key with a different intake answers 409.")
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "200", description = "Registered before with this Idempotency-Key")
	ResponseEntity<CaseDto> register(@Valid @RequestBody IntakeCommand command,
			@Parameter(description = "A UUID made by the client for this one intake")
			@RequestHeader(name = Intakes.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@AuthenticationPrincipal SignedInOfficer officer) {
		Intakes.Registration registration = intakes.registerOnce(command, idempotencyKey, officer);
		long id = registration.lawCase().getId();
		CaseDto body = CaseDto.of(queries.detail(id, officer), clock.instant());
		URI location = URI.create("/api/v1/cases/" + id);
		return registration.earlier()
				? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
				: ResponseEntity.created(location).body(body);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case with its parties (masked), materials, measures, deadlines and the transitions open to the caller")
	CaseDto get(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		CaseDto dto = CaseDto.of(queries.detail(id, officer), clock.instant());
		events.publishEvent(AuditEvent.read("CASE_VIEWED", "CASE", id, dto.caseNumber()));
		return dto;
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Move the case along a transition; send the version you read, or get 409. "
			+ "When the transition needs approval the answer is 202 with the approval request; the case changes "
			+ "when the last link signs.")
	ResponseEntity<CaseDto> transition(@PathVariable long id, @Valid @RequestBody TransitionCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		TransitionOutcome outcome = work.transition(id, command, officer);
		CaseDto dto = CaseDto.of(queries.detail(id, officer), clock.instant());
		return outcome.awaitingApproval()
				? ResponseEntity.accepted().location(URI.create("/api/v1/approvals/" + outcome.approval().id())).body(dto)
				: ResponseEntity.ok(dto);
	}

	@GetMapping("/{id}/timeline")
	List<TimelineDto> timeline(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return queries.detail(id, officer).timeline().stream().map(TimelineDto::of).toList();
	}

	@GetMapping("/{id}/parties")
	@Operation(summary = "Parties with identity numbers and phones masked")
	List<PartyDto> parties(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return parties.of(id, officer).stream().map(PartyDto::masked).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/parties")
	@Operation(summary = "Add a person (GB 11643 identity number) or organization (GB 32100 credit code); "
			+ "400 on the number when a party of the case already holds it")
	ResponseEntity<PartyDto> addParty(@PathVariable long id, @Valid @RequestBody PartyCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		var party = parties.add(id, command, officer);
		return ResponseEntity.status(201).body(PartyDto.masked(party));
	}

	@GetMapping("/{id}/parties/{partyId}/personal-data")
	@Operation(summary = "A party's personal data in full; audited, and only for handlers, reviewers, leaders and legal staff")
	PartyDto personalData(@PathVariable long id, @PathVariable long partyId,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PartyDto.full(parties.reveal(id, partyId, officer));
	}

	@GetMapping("/{id}/materials")
	List<MaterialDto> materials(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return materials.of(id, officer).stream().map(MaterialDto::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/{id}/materials", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a typed record or a body-worn camera clip reference (no file)")
	ResponseEntity<MaterialDto> addRecord(@PathVariable long id, @Valid @RequestBody MaterialCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		Material material = materials.add(id, command, null, null, null, officer);
		return ResponseEntity.status(201).body(MaterialDto.of(material));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a file material: part 'material' (JSON) and part 'file'")
	ResponseEntity<MaterialDto> upload(@PathVariable long id, @Valid @RequestPart("material") MaterialCommand command,
			@RequestPart("file") MultipartFile file, @AuthenticationPrincipal SignedInOfficer officer) throws IOException {
		try (InputStream content = file.getInputStream()) {
			Material material = materials.add(id, command, content, file.getOriginalFilename(), file.getContentType(),
					officer);
			return ResponseEntity.status(201).body(MaterialDto.of(material));
		}
	}

	@PostMapping("/{id}/materials/{materialId}/void")
	@Operation(summary = "Void a material added by mistake, with a reason; it is kept and stays readable",
			description = "For those who may add materials to the case, while it is open. The material, its file, its "
					+ "view receipts and the signatures that pinned it are kept; new approval rounds no longer submit it. "
					+ "Like adding a material, it changes the case file, so a request waiting for approval becomes stale.")
	@ApiResponse(responseCode = "200", description = "Voided; the material with voided, voidedAt, voidedBy and voidReason")
	@ApiResponse(responseCode = "400", description = "No reason, or one longer than 500 characters; nothing was changed",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Not a handler or reviewer of this case, or the case has ended",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Already voided (code material.void.already); nothing was changed",
			content = @Content(mediaType = "application/problem+json"))
	MaterialDto voidMaterial(@PathVariable long id, @PathVariable long materialId,
			@RequestBody MaterialVoidCommand command, @AuthenticationPrincipal SignedInOfficer officer) {
		return MaterialDto.of(materials.voidMaterial(id, materialId, command, officer));
	}

	@GetMapping("/{id}/materials/{materialId}")
	@Operation(summary = "Open a material; records the caller's view receipt for a text-only material (a HEAD does "
			+ "not); a material with a file is read, and its receipt recorded, at contentHref")
	OpenedMaterialDto open(@PathVariable long id, @PathVariable long materialId,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method) {
		// Its file is what a signer must read: describing it is not reading it.
		Material material = materials.continueReading(id, materialId, officer);
		if (!material.hasFile()) {
			MaterialReadings.read(materials, material, method, officer);
		}
		return new OpenedMaterialDto(MaterialDto.of(material), material.getBody(),
				material.hasFile() ? "/api/v1/cases/" + id + "/materials/" + materialId + "/content" : null);
	}

	@GetMapping("/{id}/materials/{materialId}/content")
	@Operation(summary = "The material's file; records the caller's view receipt",
			responses = { @ApiResponse(responseCode = "200", description = "The file, with the type it was uploaded with",
					content = @Content(mediaType = "application/octet-stream")),
					@ApiResponse(responseCode = "206", description = "The part of the file the Range header asked for",
							content = @Content(mediaType = "application/octet-stream")),
					@ApiResponse(responseCode = "416", description = "A Range the file cannot satisfy") })
	ResponseEntity<Resource> content(@PathVariable long id, @PathVariable long materialId,
			@Parameter(description = "Part of the file, e.g. bytes=0-1023; only a GET from byte 0 records a view receipt; HEAD never does")
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, HttpMethod method,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return MaterialFileResponses.serve(materials, id, materialId, method, range, officer);
	}

	@GetMapping("/{id}/measures")
	List<MeasureDto> measures(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return measures.of(id, officer).stream().map(MeasureDto::of).toList();
	}

	@PostMapping("/{id}/measures")
	@Operation(summary = "Apply a summons or compulsory measure; starts its statutory deadline. A measure that "
			+ "needs approval answers 202 with the approval request and starts when the last link signs.")
	ResponseEntity<?> startMeasure(@PathVariable long id, @Valid @RequestBody MeasureCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return measureResult(measures.start(id, command, officer), 201);
	}

	@PostMapping("/{id}/measures/{measureId}/end")
	ResponseEntity<?> endMeasure(@PathVariable long id, @PathVariable long measureId,
			@Valid @RequestBody MeasureEndRequest request, @AuthenticationPrincipal SignedInOfficer officer) {
		return measureResult(measures.end(id, measureId, request.version(), request.endedAt(), request.reason(), officer),
				200);
	}

	@PostMapping("/{id}/measures/{measureId}/arrest-request")
	@Operation(summary = "Record that the arrest-approval request went to the procuratorate (after internal approval)")
	ResponseEntity<?> arrestRequest(@PathVariable long id, @PathVariable long measureId,
			@Valid @RequestBody ArrestRequestRecord request, @AuthenticationPrincipal SignedInOfficer officer) {
		return measureResult(measures.arrestRequestSubmitted(id, measureId, request.version(), request.submittedAt(),
				officer), 200);
	}

	private static ResponseEntity<?> measureResult(Measures.MeasureOutcome outcome, int doneStatus) {
		if (outcome.awaitingApproval()) {
			return ResponseEntity.accepted().body(ApprovalPendingDto.of(outcome.approval()));
		}
		return ResponseEntity.status(doneStatus).body(MeasureDto.of(outcome.measure()));
	}

	@PostMapping("/{id}/deadlines/{deadlineId}/extension")
	@Operation(summary = "Extend a deadline within its rule; with an approval chain in force the answer is 202 "
			+ "and the extension applies when the last link signs")
	ResponseEntity<?> extend(@PathVariable long id, @PathVariable long deadlineId,
			@Valid @RequestBody ExtensionRequest request, @AuthenticationPrincipal SignedInOfficer officer) {
		LawCase lawCase = access.visible(id, officer);
		Deadlines.ExtensionOutcome outcome = deadlines.extend(lawCase, deadlineId, request.version(), request.amount(),
				request.serious(), request.reason(), officer);
		if (outcome.awaitingApproval()) {
			return ResponseEntity.accepted().body(ApprovalPendingDto.of(outcome.approval()));
		}
		return ResponseEntity.ok(DeadlineDto.of(outcome.deadline(), deadlines.rule(outcome.deadline().getRuleCode()),
				clock.instant()));
	}
}
