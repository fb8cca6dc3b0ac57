package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Where in the bureau a chain cannot be staffed. Editing a chain refuses one that nobody in the
 * bureau could sign, but a link's level is judged from the case's unit: a station whose only chief
 * is needed for its first link leaves a second station link to nobody, and its requests would stall
 * there. This looks at the chain from each unit that handles cases (stations and traffic squadrons,
 * and any other unit where someone handles cases, a team inside a station aside) and names the
 * links such a case would meet without a signer, so the legal department can staff them or change
 * the chain before a request stalls. Nobody signs a case they handle, so a chief who handles cases
 * as well leaves his own cases to the others there: where there are none, that is a gap too.
 */
@Service
@Transactional(readOnly = true)
public class ChainStaffing {

	private final Organization organization;

	private final Clock clock;

	private final DefaultZone zone;

	ChainStaffing(Organization organization, Clock clock, DefaultZone zone) {
		this.organization = organization;
		this.clock = clock;
		this.zone = zone;
	}

	/** Why a link would find no signer for the cases of a unit. */
	public enum Shortage {
		/** Nobody holds the link's role, level and qualification for these cases. */
		NOBODY,
		/** Those who could sign it are all needed for other links of the same round. */
		SAME_SIGNERS,
		/** A legal review, and no unit of the bureau is marked as its legal-affairs department. */
		NO_LEGAL_AFFAIRS,
		/**
		 * Only for the cases its {@code handler}, one of the unit's signers who also handles cases,
		 * handles: without them, nobody else can take the link.
		 */
		OWN_CASES
	}

	/**
	 * A link (1-based {@code position}) the cases of {@code unit} would meet without a signer; for
	 * {@link Shortage#OWN_CASES} only those {@code handler} handles, otherwise {@code handler} is null.
	 */
	public record Gap(UnitSummary unit, int position, String linkNameZh, String linkNameEn, Shortage shortage,
			OfficerSummary handler) {

		public String linkName(Locale locale) {
			return Languages.pick(locale, linkNameZh, linkNameEn);
		}

		/** The handler's name and police number as the reader's language writes them; blank without one. */
		public String handlerLabel(Locale locale) {
			return handler == null ? "" : handler.label(locale);
		}
	}

	/** The gaps of the chain in the viewer's bureau, by unit path; empty when every unit can staff it. */
	public List<Gap> gaps(ApprovalChain chain, SignedInOfficer viewer) {
		return gaps(List.of(chain), viewer).get(chain.getId());
	}

	/** The gaps of each chain (by id) in the viewer's bureau, its officers read once for all. */
	public Map<Long, List<Gap>> gaps(List<ApprovalChain> chains, SignedInOfficer viewer) {
		BureauStaff bureau = bureau(viewer);
		Map<Long, List<Gap>> gaps = new HashMap<>();
		for (ApprovalChain chain : chains) {
			gaps.put(chain.getId(), bureau.gaps(specs(chain)));
		}
		return gaps;
	}

	/** A chain in force that some units could not staff: how many units, and how many links in all. */
	public record Shortfall(ApprovalAction action, int units, int gaps) {
	}

	/** The chains in force that some units could not staff, and those units, by path. */
	public record Shortfalls(List<Shortfall> chains, List<UnitSummary> units) {

		public boolean none() {
			return chains.isEmpty();
		}

		public int gaps() {
			return chains.stream().mapToInt(Shortfall::gaps).sum();
		}
	}

	/**
	 * The chains in force in the viewer's bureau that some unit could not staff, in the order given,
	 * with the units concerned, for a notice that sends the legal department to them; the bureau
	 * read once for all.
	 */
	public Shortfalls shortfalls(List<ApprovalChain> chains, SignedInOfficer viewer) {
		Map<Long, List<Gap>> gaps = gaps(chains, viewer);
		List<Shortfall> shortChains = chains.stream()
			.filter(chain -> !gaps.get(chain.getId()).isEmpty())
			.map(chain -> {
				List<Gap> chainGaps = gaps.get(chain.getId());
				int units = (int) chainGaps.stream().map(gap -> gap.unit().id()).distinct().count();
				return new Shortfall(chain.getAction(), units, chainGaps.size());
			})
			.toList();
		Map<Long, UnitSummary> units = new HashMap<>();
		gaps.values().forEach(chainGaps -> chainGaps.forEach(gap -> units.putIfAbsent(gap.unit().id(), gap.unit())));
		return new Shortfalls(shortChains, units.values().stream().sorted(Comparator.comparing(UnitSummary::path)).toList());
	}

	/**
	 * Links not yet saved, looked at before saving: refused per field as an edit would refuse them,
	 * else the gaps they would have in the editor's bureau.
	 */
	public List<Gap> check(List<LinkSpec> links, SignedInOfficer editor) {
		return check(links, Optional.empty(), editor).proposed();
	}

	/**
	 * The same, with the gaps of the version in force beside them for the page that shows both, the
	 * bureau read once for the check and both lists.
	 */
	public Preview check(List<LinkSpec> links, Optional<ApprovalChain> inForce, SignedInOfficer editor) {
		if (!editor.hasAny(Role.LEGAL, Role.ADMIN)) {
			throw new ForbiddenException("approval.chain.forbidden");
		}
		BureauStaff bureau = bureau(editor);
		bureau.check(links);
		return new Preview(bureau.gaps(links), inForce.map(chain -> bureau.gaps(specs(chain))).orElse(List.of()));
	}

	/** The gaps of links as typed, and those of the version in force. */
	public record Preview(List<Gap> proposed, List<Gap> inForce) {
	}

	private BureauStaff bureau(SignedInOfficer viewer) {
		return BureauStaff.of(organization, viewer, LocalDate.now(clock.withZone(zone.zoneId())));
	}

	private static List<LinkSpec> specs(ApprovalChain chain) {
		return chain.getLinks().stream().map(ChainLink::spec).toList();
	}
}
