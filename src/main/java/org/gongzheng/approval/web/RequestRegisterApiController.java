package org.gongzheng.approval.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.RequestFilter;
import org.gongzheng.approval.internal.RequestRegister;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** The approval register over HTTP: every request in the caller's scope, filtered and paged, and the counts per status. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals")
class RequestRegisterApiController {

	private final RequestRegister register;

	private final RegisterExport export;

	RequestRegisterApiController(RequestRegister register, RegisterExport export) {
		this.register = register;
		this.export = export;
	}

	/**
	 * {@code openLink}, {@code openLinkName}, {@code openLinkNameEn}, {@code dueAt}: the link now
	 * waiting and its review's deadline, for a pending request only; {@code overdue}: pending past
	 * that deadline; {@code stale}: pending on a case that changed after submission, so it waits for
	 * its submitter to resubmit or withdraw it; {@code nobodyCanSign}: pending and current, and yet
	 * nobody could sign its open link now, so it waits for staffing or a restored right;
	 * {@code matchingParties}: the case's parties whose names hold a word of {@code q}, empty without one.
	 */
	record RegisterItemDto(long requestId, ApprovalAction action, long caseId, String caseNumber, String caseTitle,
			long caseUnitId, Approvals.Status status, int round, long submittedBy, Instant submittedAt, Instant decidedAt,
			Integer openLink, String openLinkName, String openLinkNameEn, Instant dueAt, boolean overdue,
			boolean stale, boolean nobodyCanSign, List<String> matchingParties) {

		static RegisterItemDto of(RequestRegister.Row row) {
			ApprovalRequest r = row.request();
			boolean open = row.openLink() != null;
			return new RegisterItemDto(r.getId(), r.getAction(), r.getCaseId(), r.getCaseNumber(), r.getCaseTitle(),
					r.getCaseUnitId(), r.getStatus(), r.getRound(), r.getSubmittedBy(), r.getSubmittedAt(), r.getDecidedAt(),
					open ? row.openLink().getOrder() : null, open ? row.openLink().getNameZh() : null,
					open ? row.openLink().getNameEn() : null, open ? r.getCurrentDueAt() : null, row.overdue(),
					row.stale(), row.nobodyCanSign(), row.matchingParties());
		}
	}

	@GetMapping
	@Operation(summary = "The approval register: every request on the cases in the caller's scope, newest submission "
			+ "first; filter by status, action, unit (with the units below it), case number, title or party's name (q), the days "
			+ "submitted (from, to: inclusive, in the caller's zone), overdue (pending past the review's deadline) and "
			+ "mine (submitted by the caller)")
	PageDto<RegisterItemDto> register(@ParameterObject RequestFilter filter,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "30") @PageSize(max = 200) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(register.find(filter, officer, Paging.within(page, size, 200)),
				RegisterItemDto::of);
	}

	@GetMapping("/status-counts")
	@Operation(summary = "How many requests of the register match the same filter with each status (its own status "
			+ "parameter ignored); every status is present")
	Map<Approvals.Status, Long> statusCounts(@ParameterObject RequestFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return register.countsByStatus(filter, officer);
	}

	@GetMapping("/xlsx")
	@Operation(summary = "Every request the filter selects as an Excel workbook, in the caller's language; 400 when it "
			+ "selects more than " + RegisterExport.MAX_ROWS + " (narrow it); the export is audited with the filter",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = AccountabilityExports.EXCEL_TYPE)))
	ResponseEntity<byte[]> excel(@ParameterObject RequestFilter filter, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return export.excel(filter, officer, method);
	}
}
