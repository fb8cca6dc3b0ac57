package org.gongzheng.traffic.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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

import org.gongzheng.discretion.Recommendation;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.traffic.internal.BodycamClip;
import org.gongzheng.traffic.internal.BodycamClips;
import org.gongzheng.traffic.internal.ClipCommand;
import org.gongzheng.traffic.internal.OnSiteCommand;
import org.gongzheng.traffic.internal.OnSiteDecision;
import org.gongzheng.traffic.internal.OnSiteDecisions;

/** On-site traffic decisions for the mobile terminal. */
@RestController
@RequestMapping("/api/v1/traffic")
@Tag(name = "Traffic", description = "On-site (simple procedure) decisions and driver points")
class TrafficApiController {

	private final OnSiteDecisions decisions;

	private final BodycamClips clips;

	private final Clock clock;

	TrafficApiController(OnSiteDecisions decisions, BodycamClips clips, Clock clock) {
		this.decisions = decisions;
		this.clips = clips;
		this.clock = clock;
	}

	record OnSiteDecisionDto(long id, String documentNumber, long documentId, String pdfUrl, String driverName,
			String plateNumber, String plateType, String violationCode, String place, Instant occurredAt,
			String bodycamClip, boolean clipRegistered, boolean warning, Long fineFen, int points, String grade, long standardId,
			boolean outOfRange, String deviationReason, String omissionReason, Instant issuedAt, CycleDto cycle) {

		static OnSiteDecisionDto of(OnSiteDecisions.Result r, boolean clipRegistered) {
			OnSiteDecision d = r.decision();
			return new OnSiteDecisionDto(d.getId(), d.getDocumentNumber(), d.getDocumentId(),
					"/api/v1/documents/" + d.getDocumentId() + "/pdf", d.getDriverName(), d.getPlateNumber(),
					d.plateTypeEnum().name(), d.getViolationCode(), d.getPlace(), d.getOccurredAt(), d.getBodycamClip(),
					clipRegistered,
					d.isWarning(), d.getFineFen(), d.getPoints(), d.getGrade().name(), d.getStandardId(),
					d.isOutOfRange(), d.getDeviationReason(), d.getOmissionReason(), d.getIssuedAt(), CycleDto.of(r));
		}
	}

	record CycleDto(LocalDate from, LocalDate to, boolean fromLicenceDate, int total, int fullScore) {

		static CycleDto of(OnSiteDecisions.Result r) {
			return new CycleDto(r.cycle().from(), r.cycle().lastDay(), r.cycle().known(), r.cycleTotal(), 12);
		}
	}

	record OnSiteSummaryDto(long id, String documentNumber, String violationCode, String plateNumber, Long fineFen,
			int points, boolean outOfRange, Instant occurredAt) {

		static OnSiteSummaryDto of(OnSiteDecision d) {
			return new OnSiteSummaryDto(d.getId(), d.getDocumentNumber(), d.getViolationCode(), d.getPlateNumber(),
					d.getFineFen(), d.getPoints(), d.isOutOfRange(), d.getOccurredAt());
		}
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/onsite-decisions")
	@Operation(summary = "Issue an on-site decision; refused (400, each field naming the rule and article) when it breaks a procedure rule or the standard, "
			+ "and (409, naming the earlier decision) when the same violation (licence, code and time) was already decided; issuing nothing either way")
	ResponseEntity<OnSiteDecisionDto> issue(@Valid @RequestBody OnSiteCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		OnSiteDecisions.Result result = decisions.issue(command, officer);
		return ResponseEntity.created(URI.create("/api/v1/traffic/onsite-decisions/" + result.decision().getId()))
			.body(OnSiteDecisionDto.of(result, clips.covers(result.decision().getBodycamClip(),
					result.decision().getOccurredAt())));
	}

	@GetMapping("/onsite-decisions/{id}")
	OnSiteDecisionDto get(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		OnSiteDecisions.Result result = decisions.result(id, officer);
		return OnSiteDecisionDto.of(result, clips.covers(result.decision().getBodycamClip(),
				result.decision().getOccurredAt()));
	}

	@GetMapping("/onsite-decisions")
	@Operation(summary = "On-site decisions in the caller's data scope, newest first")
	PageDto<OnSiteSummaryDto> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Boolean outOfRange, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(decisions.search(mine, outOfRange,
				Paging.within(page, size, 100), officer), OnSiteSummaryDto::of);
	}

	record ClipDto(long id, String deviceCode, Instant recordedFrom, Instant recordedTo, Long officerId,
			long registeredBy, Instant registeredAt, String note) {

		static ClipDto of(BodycamClip c) {
			return new ClipDto(c.getId(), c.getDeviceCode(), c.getRecordedFrom(), c.getRecordedTo(), c.getOfficerId(),
					c.getRegisteredBy(), c.getRegisteredAt(), c.getNote());
		}
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/bodycam-clips")
	@Operation(summary = "Register a body-worn camera clip read off a camera dock; 409 when the camera already has a clip starting then")
	ResponseEntity<ClipDto> register(@Valid @RequestBody ClipCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		BodycamClip clip = clips.register(command, officer);
		return ResponseEntity.created(URI.create("/api/v1/traffic/bodycam-clips?device=" + clip.getDeviceCode()))
			.body(ClipDto.of(clip));
	}

	@GetMapping("/bodycam-clips")
	@Operation(summary = "Registered clips in the caller's data scope, newest first, by camera and day (in the caller's zone)")
	PageDto<ClipDto> clips(@RequestParam(required = false) String device,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(clips.search(device, day, officer.zone(),
				Paging.within(page, size, 100), officer), ClipDto::of);
	}

	@GetMapping("/recommendation")
	@Operation(summary = "The discretion standard's recommendation for a traffic code at the caller's unit")
	Recommendation recommendation(@RequestParam String violationCode,
			@RequestParam(required = false) List<String> circumstances, @AuthenticationPrincipal SignedInOfficer officer) {
		return decisions.recommend(violationCode, circumstances == null ? Set.of() : circumstances, null, officer);
	}

	@GetMapping("/drivers/{licenceNumber}/points")
	@Operation(summary = "The points on a licence in its current 12-month scoring cycle")
	CycleDto points(@PathVariable String licenceNumber, @AuthenticationPrincipal SignedInOfficer officer) {
		return CycleDto.of(decisions.pointsOf(licenceNumber, LocalDate.now(clock.withZone(officer.zone())),
				officer.zone()));
	}
}
