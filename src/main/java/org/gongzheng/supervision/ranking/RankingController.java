package org.gongzheng.supervision.ranking;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.supervision.fault.OfficerRecords;
import org.gongzheng.supervision.quality.Months;

/**
 * The published monthly rankings, open to everyone signed in at the bureau; the summary card the
 * supervision desk loads; a unit's page with its yellow cards.
 */
@Controller
class RankingController {

	private final Rankings rankings;

	private final RankingQueries queries;

	private final Months months;

	private final Organization organization;

	private final Messages messages;

	private final OfficerRecords records;

	RankingController(Rankings rankings, RankingQueries queries, Months months, Organization organization,
			Messages messages, OfficerRecords records) {
		this.rankings = rankings;
		this.queries = queries;
		this.months = months;
		this.organization = organization;
		this.messages = messages;
		this.records = records;
	}

	@GetMapping("/supervision/rankings")
	String rankings(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer,
			Model model) {
		String bureau = officer.bureauPath();
		Optional<RankingTables.Snapshot> snapshot = month == null || month.isBlank() ? rankings.latest(bureau)
				: rankings.snapshot(bureau, months.parse("month", month, null));
		RankingTables tables = snapshot.map(queries::tables).orElse(null);
		model.addAttribute("tables", tables);
		model.addAttribute("readableRecords", tables == null ? Set.of() : records.readable(officersIn(tables), officer));
		model.addAttribute("month", snapshot.map(RankingTables.Snapshot::monthLabel).orElse(month));
		model.addAttribute("available", rankings.months(bureau));
		model.addAttribute("computeMonth", months.previous().toString());
		model.addAttribute("yellowCards", queries.yellowCards(bureau, true));
		return "supervision/ranking";
	}

	@PostMapping("/supervision/rankings/compute")
	String compute(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer,
			RedirectAttributes redirect) {
		YearMonth selected = months.parse("month", month, months.previous());
		RankingTables.Snapshot snapshot = rankings.compute(selected, officer);
		redirect.addFlashAttribute("notice", messages.get("ranking.computed", snapshot.monthLabel()));
		return "redirect:/supervision/rankings?month=" + snapshot.monthLabel();
	}

	/** The latest month's best and worst, as a Bootstrap card for htmx to drop into the desk. */
	@GetMapping("/supervision/rankings/summary")
	String summary(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Optional<RankingTables> tables = rankings.latest(officer.bureauPath()).map(queries::tables);
		model.addAttribute("tables", tables.orElse(null));
		tables.ifPresent(t -> {
			model.addAttribute("topOfficers", t.officers().stream().limit(3).toList());
			model.addAttribute("bottomReviewers", t.reviewers().stream().filter(RankingTables.ReviewerEntry::bottom).toList());
			List<RankingTables.UnitEntry> units = t.units().stream().filter(u -> "STATION".equals(u.peerGroup())).toList();
			model.addAttribute("topUnits", units.stream().limit(3).toList());
			model.addAttribute("bottomUnits", units.stream().sorted(Comparator.comparingInt(RankingTables.UnitEntry::place)
				.reversed()).limit(3).filter(u -> u.alerts() > 0 || u.overdue() > 0).toList());
		});
		return "supervision/ranking-summary :: summary";
	}

	@GetMapping("/supervision/units/{unitId}")
	String unit(@PathVariable long unitId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		UnitSummary unit = organization.unit(unitId).filter(u -> u.path().startsWith(officer.bureauPath()))
			.orElseThrow(() -> new NotFoundException("unit.notFound", unitId));
		model.addAttribute("unit", unit);
		model.addAttribute("cards", queries.yellowCards(unit.path(), false).stream().filter(c -> c.unitId() == unitId).toList());
		model.addAttribute("cardsBelow", queries.yellowCards(unit.path(), true).stream().filter(c -> c.unitId() != unitId).toList());
		model.addAttribute("placements", queries.unitPlacements(unitId));
		return "supervision/ranking-unit";
	}

	private static Set<Long> officersIn(RankingTables tables) {
		return Stream.concat(tables.reviewers().stream().map(RankingTables.ReviewerEntry::officerId),
				tables.officers().stream().map(RankingTables.OfficerEntry::officerId))
			.collect(Collectors.toSet());
	}
}
