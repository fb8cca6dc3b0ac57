package org.gongzheng.supervision.ranking;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.supervision.quality.Months;

/** Rankings, sanctions and yellow cards over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision: rankings and sanctions", description = "Monthly rankings, suspended approval rights, yellow cards")
class RankingApiController {

	private final Rankings rankings;

	private final RankingQueries queries;

	private final Sanctions sanctions;

	private final Months months;

	RankingApiController(Rankings rankings, RankingQueries queries, Sanctions sanctions, Months months) {
		this.rankings = rankings;
		this.queries = queries;
		this.sanctions = sanctions;
		this.months = months;
	}

	/** {@code version}: the yellow card's for a lift, the officer's for a restore. */
	record Reason(String reason, @NotNull(message = "{validation.required}") Long version) {
	}

	@GetMapping("/rankings")
	@Operation(summary = "A month's published ranking of the caller's bureau (latest when no month is given)")
	RankingTables ranking(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer) {
		var snapshot = month == null || month.isBlank() ? rankings.latest(officer.bureauPath())
				: rankings.snapshot(officer.bureauPath(), months.parse("month", month, null));
		return snapshot.map(queries::tables).orElseThrow(() -> new NotFoundException("ranking.notFound", month == null ? "" : month));
	}

	@GetMapping("/rankings/months")
	@Operation(summary = "Months with a published ranking, newest first")
	List<String> rankingMonths(@AuthenticationPrincipal SignedInOfficer officer) {
		return rankings.months(officer.bureauPath());
	}

	@PostMapping("/rankings")
	@Operation(summary = "Compute and publish a month's ranking (legal department; idempotent)")
	RankingTables compute(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer) {
		return queries.tables(rankings.compute(months.parse("month", month, months.previous()), officer));
	}

	@GetMapping("/sanctions")
	@Operation(summary = "Automatic suspensions of approval rights in the caller's bureau")
	List<RankingQueries.SanctionRecord> sanctionList(@AuthenticationPrincipal SignedInOfficer officer) {
		return queries.sanctions(officer.bureauPath(), null);
	}

	/** An officer's approval rights after a restore, with the version the next change must name. */
	record ApprovalRightsDto(long officerId, boolean approvalRightsSuspended, long version,
			List<RankingQueries.SanctionRecord> sanctions) {
	}

	@PostMapping("/sanctions/officers/{officerId}/restore")
	@Operation(summary = "Restore an officer's approval rights with a reason (legal department)",
			description = "`version` is the officer's, as GET /api/v1/officers/{id} gives it; an officer changed since "
					+ "answers 409.")
	ApprovalRightsDto restore(@PathVariable long officerId, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal SignedInOfficer officer) {
		if (body == null || body.version() == null) {
			throw InvalidInputException.of("version", "validation.required");
		}
		long version = sanctions.restore(officerId, body.version(), body.reason(), officer);
		return new ApprovalRightsDto(officerId, false, version, queries.sanctions(officer.bureauPath(), officerId));
	}

	@GetMapping("/yellow-cards")
	@Operation(summary = "Yellow cards in the caller's bureau")
	List<RankingQueries.YellowCard> yellowCards(@RequestParam(defaultValue = "false") boolean activeOnly,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return queries.yellowCards(officer.bureauPath(), activeOnly);
	}

	@PostMapping("/yellow-cards/{cardId}/lift")
	@Operation(summary = "Lift a yellow card with a reason (legal department)")
	RankingQueries.YellowCard lift(@PathVariable long cardId, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal SignedInOfficer officer) {
		if (body == null || body.version() == null) {
			throw InvalidInputException.of("version", "validation.required");
		}
		sanctions.lift(cardId, body.version(), body.reason(), officer);
		return queries.yellowCard(cardId).orElseThrow();
	}
}
