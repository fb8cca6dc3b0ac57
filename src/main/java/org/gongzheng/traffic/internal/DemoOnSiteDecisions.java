package org.gongzheng.traffic.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.demo.DemoMode;
import org.gongzheng.shared.identity.ResidentIdentityNumber;

/**
 * Demo on-site decisions by traffic officer 韩路平 (510102, 交警一中队) earlier today: red lights,
 * a crosswalk and a phone call, one driver twice so the cycle total shows. Made through the same
 * service the phone page uses. His camera's clips of the first three stops are registered; the
 * last stop's clip is not, so the supervision desk shows an ONSITE_WITHOUT_BODYCAM alert.
 */
@Component
@Order(35)
class DemoOnSiteDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOnSiteDecisions.class);

	private final DemoMode demo;

	private final OnSiteDecisionRepository decisions;

	private final OnSiteDecisions service;

	private final BodycamClips clips;

	private final Organization organization;

	private final Clock clock;

	DemoOnSiteDecisions(DemoMode demo, OnSiteDecisionRepository decisions, OnSiteDecisions service,
			BodycamClips clips, Organization organization, Clock clock) {
		this.demo = demo;
		this.decisions = decisions;
		this.service = service;
		this.clips = clips;
		this.organization = organization;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || decisions.count() > 0) {
			return;
		}
		OfficerSummary officer = organization.officersIn(new DataScope("/")).stream()
			.filter(o -> "510102".equals(o.policeNumber())).findFirst().orElse(null);
		if (officer == null) {
			return;
		}
		UnitSummary unit = organization.unit(officer.unitId()).orElseThrow();
		SignedInOfficer actor = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(), ZoneId.of(unit.zoneId()), officer.roles(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities()));
		try {
			Instant now = clock.instant();
			String liMing = licence("19850312", "031");
			issue(actor, "李明", liMing, LocalDate.of(2012, 5, 8), "青B12345", PlateType.SMALL, "1625", "青岚大道与人民路交叉口",
					now.minus(Duration.ofHours(5)), "DSJ-5101/0815-01", "200", 6);
			issue(actor, "王丽", licence("19920627", "046"), null, "青BD12345", PlateType.SMALL_NEW_ENERGY, "1625", "滨江路与新港路交叉口",
					now.minus(Duration.ofHours(4)), "DSJ-5101/0932-02", "200", 6);
			issue(actor, "李明", liMing, LocalDate.of(2012, 5, 8), "青B12345", PlateType.SMALL, "1357", "人民广场南侧人行横道",
					now.minus(Duration.ofHours(2)), "DSJ-5101/1124-03", "200", 3);
			issue(actor, "赵强", licence("19780105", "017"), null, "青A8K2N6", PlateType.SMALL, "1223", "北关大街",
					now.minus(Duration.ofMinutes(40)), "DSJ-5101/1310-04", "100", 3);
			// Docked after the shift: every stop but the last (赵强, 40 minutes ago) is on a registered clip.
			Instant fiveHoursAgo = now.minus(Duration.ofHours(5));
			clip(actor, fiveHoursAgo.minus(Duration.ofMinutes(3)), fiveHoursAgo.plus(Duration.ofMinutes(15)), "0815-01");
			Instant fourHoursAgo = now.minus(Duration.ofHours(4));
			clip(actor, fourHoursAgo.minus(Duration.ofMinutes(5)), fourHoursAgo.plus(Duration.ofMinutes(10)), "0932-02");
			Instant twoHoursAgo = now.minus(Duration.ofHours(2));
			clip(actor, twoHoursAgo.minus(Duration.ofMinutes(5)), twoHoursAgo.plus(Duration.ofMinutes(12)), "1124-03");
			log.info("Demo on-site traffic decisions created by officer {}", officer.policeNumber());
		}
		catch (RuntimeException ex) {
			log.warn("Demo on-site decisions stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void issue(SignedInOfficer actor, String name, String licence, LocalDate firstIssued, String plate,
			PlateType plateType, String code, String place, Instant at, String clip, String fine, int points) {
		service.issue(new OnSiteCommand(name, licence, firstIssued, plate, plateType, code, place, at, clip,
				Set.of(), false, new BigDecimal(fine), points, false, null, null), actor);
	}

	private void clip(SignedInOfficer actor, Instant from, Instant to, String file) {
		clips.register(new ClipCommand("DSJ-5101", from, to, actor.officerId(), "采集站导入 " + file), actor);
	}

	private static String licence(String birth, String sequence) {
		String body = "990103" + birth + sequence;
		return body + ResidentIdentityNumber.checkCharacterFor(body);
	}
}
