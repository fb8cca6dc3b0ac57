package org.gongzheng.supervision.fault;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.ListFilters;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** Fault accountability and officers' law-enforcement records over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision: fault accountability", description = "Faults, proposed responsible people, decisions, officer records")
class FaultApiController {

	private final Faults faults;

	private final OfficerRecords records;

	FaultApiController(Faults faults, OfficerRecords records) {
		this.faults = faults;
		this.records = records;
	}

	record DecisionRequest(Long version, List<Faults.PersonDecision> people) {
	}

	@GetMapping("/fault-kinds")
	List<Faults.Choice> kinds() {
		return faults.kinds();
	}

	@GetMapping("/fault-outcomes")
	List<Faults.Choice> outcomes() {
		return faults.outcomes();
	}

	@GetMapping("/faults")
	@Operation(summary = "Faults recorded in the caller's bureau")
	PageDto<Faults.Listed> list(@RequestParam(required = false) FaultStatus status,
			@Parameter(description = "A code from GET /fault-kinds") @RequestParam(required = false) String kind,
			@RequestParam(required = false) String caseNumber, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		// A kind nobody records would list no faults, as if none of that kind were found.
		String knownKind = ListFilters.oneOf("kind", kind, faults.kinds().stream().map(Faults.Choice::code).toList());
		return PageDto.of(faults.search(status == null ? null : status.name(), knownKind, caseNumber,
				Paging.within(page, size, 100), officer), f -> f);
	}

	@PostMapping("/faults")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a fault on a case; the responsible people are proposed per link")
	Fault record(@RequestBody(required = false) Faults.RecordCommand command, @AuthenticationPrincipal SignedInOfficer officer) {
		return faults.record(command == null ? new Faults.RecordCommand(null, null, null, null) : command, officer);
	}

	@GetMapping("/faults/{id}")
	Fault detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return faults.visible(id, officer);
	}

	@PostMapping("/faults/{id}/decision")
	@Operation(summary = "Decide for every proposed person: responsible or not, kind of responsibility, outcome")
	Fault decide(@PathVariable long id, @RequestBody(required = false) DecisionRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		if (request == null || request.version() == null) {
			throw InvalidInputException.of("version", "validation.required");
		}
		return faults.decide(id, request.version(), request.people(), officer);
	}

	@GetMapping("/officers/{officerId}/record")
	@Operation(summary = "An officer's law-enforcement record: evaluations, alerts, faults (each finding with who decided "
			+ "it and when), rankings, sanctions")
	OfficerRecords.OfficerRecord officerRecord(@PathVariable long officerId, @AuthenticationPrincipal SignedInOfficer officer) {
		return records.of(officerId, officer);
	}
}
