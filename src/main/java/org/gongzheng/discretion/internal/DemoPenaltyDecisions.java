package org.gongzheng.discretion.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransitioned;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.Cases;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.demo.DemoMode;

/**
 * Demo ordinary-procedure penalty decisions on public-order cases the casework demo left under
 * investigation, both waiting in the approval queues: an assault decision outside the province's
 * range with the handler's reason (PENALTY_MAJOR: station head, then legal review by 陈法明 110001
 * or colleagues, then the bureau leaders), and one within the standard (PENALTY_ORDINARY). The candidate cases are learnt from casework's {@link CaseTransitioned} events while
 * its demo data is seeded.
 */
@Component
@Order(40)
class DemoPenaltyDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPenaltyDecisions.class);

	/** Title keyword of the casework demo's administrative cases → violation code. */
	private static final Map<String, String> CODES = new LinkedHashMap<>();

	static {
		CODES.put("殴打", "PO01");
		CODES.put("盗窃", "PO02");
		CODES.put("故意损毁", "PO04");
		CODES.put("寻衅滋事", "PO06");
		CODES.put("扰乱单位秩序", "PO07");
		CODES.put("醉酒滋事", "PO08");
		CODES.put("赌博", "PO11");
	}

	private final DemoMode demo;

	private final PenaltyDecisionRepository decisions;

	private final PenaltyDecisions service;

	private final Cases cases;

	private final Organization organization;

	private final List<Long> investigated = Collections.synchronizedList(new ArrayList<>());

	DemoPenaltyDecisions(DemoMode demo, PenaltyDecisionRepository decisions, PenaltyDecisions service, Cases cases,
			Organization organization) {
		this.demo = demo;
		this.decisions = decisions;
		this.service = service;
		this.cases = cases;
		this.organization = organization;
	}

	@EventListener
	void on(CaseTransitioned event) {
		if (demo.enabled() && event.to() == CaseState.INVESTIGATING && investigated.size() < 500) {
			investigated.add(event.caseId());
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || decisions.count() > 0) {
			investigated.clear();
			return;
		}
		List<CaseFacts> candidates = new ArrayList<>();
		for (Long id : List.copyOf(investigated)) {
			cases.facts(id)
				.filter(c -> c.type() == CaseType.ADMINISTRATIVE && c.state() == CaseState.INVESTIGATING)
				.filter(c -> c.handlerId() != null && !PenaltyDecisions.punishable(c).isEmpty())
				.filter(c -> code(c).isPresent())
				.ifPresent(candidates::add);
		}
		investigated.clear();
		int made = 0;
		try {
			CaseFacts assault = candidates.stream().filter(c -> c.title().contains("殴打")).findFirst().orElse(null);
			if (assault != null) {
				// Outside the province's ordinary range (5-7 days, 200-300 yuan): goes through the chain with legal review.
				propose(assault, "PO01", Set.of("SERIOUS_CONSEQUENCES", "ELIMINATED_CONSEQUENCES"), "300", 8,
						"被侵害人面部多处软组织挫伤，违法行为人事后虽赔偿医疗费，但殴打持续时间较长、情节较恶劣，拟在一般档之上从重拘留八日。");
				candidates.remove(assault);
				made++;
			}
			CaseFacts inRange = candidates.stream().findFirst().orElse(null);
			if (inRange != null) {
				String code = code(inRange).orElseThrow();
				OfficerSummary handler = organization.officer(inRange.handlerId()).orElseThrow();
				GradeRange range = service.recommend(inRange.id(), code, Set.of(), actingAs(handler)).range();
				Long fine = range.fineMaxFen() == null ? null
						: range.fineMinFen() != null ? range.fineMinFen() : Math.min(20000L, range.fineMaxFen());
				Integer days = range.detentionRequired() ? range.detentionMinDays() : null;
				propose(inRange, code, Set.of(), fine == null ? null : GradeRange.yuan(fine), days, null);
				made++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo penalty decisions stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo penalty decisions created: {}", made);
	}

	private PenaltyDecision propose(CaseFacts c, String code, Set<String> circumstances, String fine, Integer detention,
			String reason) {
		OfficerSummary handler = organization.officer(c.handlerId()).orElseThrow();
		CaseFacts.PartyFact party = PenaltyDecisions.punishable(c).get(0);
		return service.propose(c.id(), new ProposalCommand(party.id(), code, circumstances,
				c.summary() + "经调查，" + party.name() + "的违法事实有询问笔录、现场执法记录仪视频等证据证实。", false,
				fine == null ? null : new BigDecimal(fine), detention, LicenceAction.NONE, null, false, reason, null, false), actingAs(handler));
	}

	private static Optional<String> code(CaseFacts c) {
		return CODES.entrySet().stream().filter(e -> c.title().contains(e.getKey())).map(Map.Entry::getValue).findFirst();
	}

	private SignedInOfficer actingAs(OfficerSummary officer) {
		UnitSummary unit = organization.unit(officer.unitId()).orElseThrow();
		SignedInOfficer signedIn = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(), ZoneId.of(unit.zoneId()), officer.roles(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		return signedIn;
	}
}
