package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Where in the bureau a chain cannot be staffed. Editing a chain refuses one that nobody in the
 * bureau could sign, but a link's level is judged from the case's unit: a station whose only chief
 * is needed for its first link leaves a second station link to nobody, and its requests would stall
 * there. This looks at the chain from each unit that handles cases (stations and traffic squadrons)
 * and names the links such a case would meet without a signer, so the legal department can staff
 * them or change the chain before a request stalls.
 */
@Service
@Transactional(readOnly = true)
public class ChainStaffing {

	private static final Set<UnitKind> HANDLING_UNITS = EnumSet.of(UnitKind.STATION, UnitKind.SQUADRON);

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
		SAME_SIGNERS
	}

	/** A link (1-based {@code position}) the cases of {@code unit} would meet without a signer. */
	public record Gap(UnitSummary unit, int position, String linkNameZh, String linkNameEn, Shortage shortage) {

		public String linkName(Locale locale) {
			return Languages.pick(locale, linkNameZh, linkNameEn);
		}
	}

	/** The gaps of the chain in the viewer's bureau, by unit path; empty when every unit can staff it. */
	public List<Gap> gaps(ApprovalChain chain, SignedInOfficer viewer) {
		return gaps(List.of(chain), viewer).get(chain.getId());
	}

	/** The gaps of each chain (by id) in the viewer's bureau, its officers read once for all. */
	public Map<Long, List<Gap>> gaps(List<ApprovalChain> chains, SignedInOfficer viewer) {
		Bureau bureau = bureau(viewer);
		Map<Long, List<Gap>> gaps = new HashMap<>();
		for (ApprovalChain chain : chains) {
			gaps.put(chain.getId(), bureau.gaps(chain.getLinks().stream().map(ChainLink::spec).toList()));
		}
		return gaps;
	}

	/** The gaps links not yet saved would have in the viewer's bureau, so an editor can look before saving. */
	public List<Gap> proposed(List<LinkSpec> links, SignedInOfficer viewer) {
		return bureau(viewer).gaps(links);
	}

	private Bureau bureau(SignedInOfficer viewer) {
		DataScope scope = new DataScope(viewer.bureauPath());
		List<UnitSummary> units = organization.unitsIn(scope);
		Map<Long, UnitSummary> byId = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		return new Bureau(units.stream().filter(u -> HANDLING_UNITS.contains(u.kind())).toList(),
				new LinkCandidates(organization.officersIn(scope), byId, LocalDate.now(clock.withZone(zone.zoneId()))));
	}

	/** A bureau's units that handle cases, and who could sign what there. */
	private record Bureau(List<UnitSummary> handling, LinkCandidates candidates) {

		List<Gap> gaps(List<LinkSpec> links) {
			return handling.stream().flatMap(unit -> gapsOf(unit, links, candidates).stream()).toList();
		}
	}

	private static List<Gap> gapsOf(UnitSummary unit, List<LinkSpec> links, LinkCandidates candidates) {
		List<Set<Long>> signers = links.stream().map(link -> candidates.forCasesOf(link, unit)).toList();
		List<Gap> gaps = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			if (signers.get(i).isEmpty()) {
				gaps.add(gap(unit, links, i, Shortage.NOBODY));
			}
		}
		if (gaps.isEmpty()) {
			Optional<Integer> left = DistinctSigners.firstWithoutOwnSigner(signers);
			left.ifPresent(i -> gaps.add(gap(unit, links, i, Shortage.SAME_SIGNERS)));
		}
		return gaps;
	}

	private static Gap gap(UnitSummary unit, List<LinkSpec> links, int index, Shortage shortage) {
		LinkSpec link = links.get(index);
		return new Gap(unit, index + 1, link.nameZh(), link.nameEn(), shortage);
	}
}
