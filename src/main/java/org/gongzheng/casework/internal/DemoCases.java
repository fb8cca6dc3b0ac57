package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.demo.DemoMode;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.shared.time.SeedingClock;

/**
 * About two hundred demo cases over every state and deadline situation: fresh and ageing
 * intakes, cases on track, due soon and overdue, running questionings and detentions, and
 * concluded ones. They are made through the same services officers use, acting as the demo
 * officers, with the times of each step set in the past. The generator is seeded, so every
 * fresh start produces the same cases relative to the day it runs.
 */
@Component
@Order(20)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
			"秀英", "建国", "志强", "海燕", "晓东" };

	private static final String[] PLACES = { "东湖路", "城南小区", "西街菜市场", "滨江公园", "北关商场", "新港码头", "青岚大道", "人民广场" };

	private static final String[] ADMIN_CASES = { "%s殴打他人案", "%s盗窃案", "%s寻衅滋事案", "%s醉酒滋事案", "%s赌博案", "%s故意损毁财物案",
			"%s扰乱单位秩序案" };

	private static final String[] CRIMINAL_CASES = { "%s诈骗案", "%s故意伤害案", "%s抢夺案", "%s入室盗窃案", "%s电动车盗窃案" };

	private final DemoMode demo;

	private final LawCaseRepository cases;

	private final Organization organization;

	private final CaseWork work;

	private final Parties parties;

	private final Materials materials;

	private final Measures measures;

	private final SeizedProperties property;

	private final DemoSignatures signatures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Present in demo mode: the seeding thread's clock follows each case's story. */
	private final Optional<SeedingClock> story;

	DemoCases(DemoMode demo, LawCaseRepository cases, Organization organization, CaseWork work, Parties parties,
			Materials materials, Measures measures, SeizedProperties property, DemoSignatures signatures,
			TransactionTemplate transactions, Clock clock) {
		this.signatures = signatures;
		this.demo = demo;
		this.cases = cases;
		this.organization = organization;
		this.work = work;
		this.parties = parties;
		this.materials = materials;
		this.measures = measures;
		this.property = property;
		this.transactions = transactions;
		this.clock = clock;
		this.story = SeedingClock.of(clock);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || cases.count() > 0) {
			return;
		}
		List<UnitSummary> stations = organization.unitsIn(new DataScope("/")).stream()
			.filter(u -> u.kind() == UnitKind.STATION || u.kind() == UnitKind.SQUADRON)
			.toList();
		if (stations.isEmpty()) {
			return;
		}
		Random random = new Random(20261122L);
		int created = 0;
		try {
			for (int i = 0; i < 200; i++) {
				UnitSummary station = stations.get(i % stations.size());
				Scenario scenario = Scenario.pick(random, station.kind() == UnitKind.SQUADRON);
				long seed = random.nextLong();
				transactions.executeWithoutResult(status -> {
					try {
						seedCase(station, scenario, new Random(seed));
					}
					finally {
						// Before the commit, so that what listens after it runs at the real time.
						story.ifPresent(SeedingClock::release);
					}
				});
				created++;
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo cases created: {}", created);
	}

	/** Where a demo case ends up. */
	private enum Scenario {
		REGISTERED_FRESH, REGISTERED_AGEING, ACCEPTED, FILED, INVESTIGATING, QUESTIONING_RUNNING, DETENTION_RUNNING,
		DECIDED, CLOSED, NOT_FILED, REVOKED;

		static Scenario pick(Random random, boolean traffic) {
			int roll = random.nextInt(100);
			if (traffic) {
				return roll < 15 ? REGISTERED_FRESH : roll < 45 ? ACCEPTED : roll < 70 ? DECIDED : CLOSED;
			}
			if (roll < 7) {
				return REGISTERED_FRESH;
			}
			if (roll < 12) {
				return REGISTERED_AGEING;
			}
			if (roll < 26) {
				return ACCEPTED;
			}
			if (roll < 32) {
				return FILED;
			}
			if (roll < 48) {
				return INVESTIGATING;
			}
			if (roll < 52) {
				return QUESTIONING_RUNNING;
			}
			if (roll < 58) {
				return DETENTION_RUNNING;
			}
			if (roll < 66) {
				return DECIDED;
			}
			if (roll < 86) {
				return CLOSED;
			}
			return roll < 95 ? NOT_FILED : REVOKED;
		}
	}

	private void seedCase(UnitSummary station, Scenario scenario, Random random) {
		Instant now = clock.instant();
		List<OfficerSummary> staff = organization.officersIn(new DataScope(station.path())).stream()
			.filter(o -> o.roles().contains(Role.OFFICER) && !o.roles().contains(Role.REVIEWER)
					&& o.qualifiedOn(LocalDate.now(clock), QualificationLevel.BASIC))
			.toList();
		OfficerSummary handler = staff.get(random.nextInt(staff.size()));
		OfficerSummary coHandler = staff.stream().filter(o -> o.id() != handler.id()).findFirst().orElse(null);
		SignedInOfficer actor = actingAs(handler, station);

		boolean criminal = station.kind() != UnitKind.SQUADRON
				&& (scenario == Scenario.DETENTION_RUNNING || (scenario != Scenario.QUESTIONING_RUNNING && random.nextInt(10) < 3));
		CaseType type = criminal ? CaseType.CRIMINAL : CaseType.ADMINISTRATIVE;
		String offender = name(random);
		String victim = name(random);
		String place = PLACES[random.nextInt(PLACES.length)];
		String pattern = station.kind() == UnitKind.SQUADRON ? "%s无证驾驶案"
				: criminal ? CRIMINAL_CASES[random.nextInt(CRIMINAL_CASES.length)]
						: ADMIN_CASES[random.nextInt(ADMIN_CASES.length)];
		String title = pattern.formatted(offender.charAt(0) + "某");

		Duration age = switch (scenario) {
			case REGISTERED_FRESH -> Duration.ofMinutes(20 + random.nextInt(600));
			case REGISTERED_AGEING -> Duration.ofHours(30 + random.nextInt(120));
			case QUESTIONING_RUNNING -> Duration.ofHours(8 + random.nextInt(3));
			case DETENTION_RUNNING -> Duration.ofHours(30 + random.nextInt(80));
			case ACCEPTED, FILED, INVESTIGATING -> Duration.ofHours(24 * (2 + random.nextInt(38)) + random.nextInt(24));
			default -> Duration.ofDays(20 + random.nextInt(70));
		};
		Instant reportedAt = now.minus(age);
		Instant occurredAt = reportedAt.minus(Duration.ofMinutes(10 + random.nextInt(180)));
		story.ifPresent(clock -> clock.set(reportedAt));
		LawCase lawCase = work.register(new IntakeCommand(type, title,
				"%s，报警人称在%s附近发生纠纷，%s涉嫌违法，现场有目击群众。".formatted(reportedAtText(reportedAt), place, offender),
				random.nextBoolean() ? ReportSource.CALL_110 : ReportSource.WALK_IN, victim, phone(random), occurredAt,
				place, reportedAt, null), actor);
		if (scenario == Scenario.REGISTERED_FRESH || scenario == Scenario.REGISTERED_AGEING) {
			return;
		}
		StepClock steps = new StepClock(reportedAt, now, random,
				story.<Consumer<Instant>>map(clock -> clock::advanceTo).orElse(at -> { }));
		transition(lawCase, CaseTransition.ACCEPT, null, null, handler.id(), coHandler == null ? null : coHandler.id(),
				steps, steps.next(Duration.ofMinutes(30), Duration.ofHours(3)), actor);
		Party offenderParty = parties.add(lawCase.getId(), person(offender, criminal ? PartyRole.SUSPECT : PartyRole.OFFENDER,
				random), actor);
		parties.add(lawCase.getId(), person(victim, PartyRole.VICTIM, random), actor);
		materials.add(lawCase.getId(), new MaterialCommand(MaterialType.INQUIRY_RECORD, "对" + victim + "的询问笔录",
				"问：请讲一下事情经过。\n答：" + "我在" + place + "遇到" + offender + "，双方发生争执。\n问：有无受伤？\n答：有轻微擦伤。",
				station.nameZh() + "询问室", steps.peek(Duration.ofMinutes(20)), steps.peek(Duration.ofMinutes(55)), null, null),
				null, null, null, actor);
		if (random.nextInt(3) > 0) {
			Instant from = occurredAt.plus(Duration.ofMinutes(15));
			materials.add(lawCase.getId(), new MaterialCommand(MaterialType.BODYCAM_CLIP, "现场执法记录仪视频", null, place, from,
					from.plus(Duration.ofMinutes(12 + random.nextInt(20))), null, "DSJ-" + (1000 + random.nextInt(9000))),
					null, null, null, actor);
		}
		if (scenario == Scenario.NOT_FILED) {
			transition(lawCase, CaseTransition.DECLINE_FILING, "经审查，没有违法犯罪事实，不予立案。", null, null, null,
					steps, steps.next(Duration.ofHours(4), Duration.ofDays(2)), actor);
			return;
		}
		if (scenario == Scenario.QUESTIONING_RUNNING) {
			measures.start(lawCase.getId(), new MeasureCommand(offenderParty.getId(), MeasureType.SUMMONS, random.nextBoolean(),
					steps.next(Duration.ofMinutes(10), Duration.ofMinutes(60))), actor);
			return;
		}
		if (!criminal && scenario != Scenario.ACCEPTED) {
			questioning(lawCase, offenderParty, steps, actor, random);
		}
		if (scenario == Scenario.ACCEPTED) {
			return;
		}
		if (scenario == Scenario.FILED && random.nextInt(10) < 5) {
			// Submitted within the last day, so the queues show it as a fresh review. One draw for the
			// time, then the stage, as before the seeding clock: which reviews wait where stays put.
			Instant submittedAt = now.minus(Duration.ofHours(2))
				.minus(Duration.ofMinutes((long) (random.nextDouble() * 1200)));
			signatures.leaveFilingUnderReview(lawCase, steps.atLeast(submittedAt), actor, random.nextInt(3));
			return;
		}
		transition(lawCase, CaseTransition.FILE, null, null, null, null, steps,
				steps.next(Duration.ofHours(2), Duration.ofDays(1)), actor);
		SeizedProperty seized = title.contains("盗窃") || title.contains("赌博") || random.nextInt(4) == 0
				? seize(lawCase, offenderParty, steps, actor, random) : null;
		if (criminal && scenario != Scenario.FILED) {
			Instant detainedAt = steps.next(Duration.ofHours(1), Duration.ofHours(6));
			Measures.MeasureOutcome taken = measures.start(lawCase.getId(),
					new MeasureCommand(offenderParty.getId(), MeasureType.CRIMINAL_DETENTION, false, detainedAt), actor);
			if (taken.awaitingApproval()) {
				steps.atLeast(signatures.approve(taken.approval().id(), lawCase.getId(), detainedAt, actor));
			}
			CompulsoryMeasure detention = measures.of(lawCase.getId(), actor).stream()
				.filter(m -> m.getType() == MeasureType.CRIMINAL_DETENTION).findFirst().orElseThrow();
			if (scenario != Scenario.DETENTION_RUNNING) {
				Instant requestedAt = steps.next(Duration.ofHours(20), Duration.ofHours(60));
				Measures.MeasureOutcome request = measures.arrestRequestSubmitted(lawCase.getId(), detention.getId(),
						detention.getVersion(), requestedAt, actor);
				if (request.awaitingApproval()) {
					steps.atLeast(signatures.approve(request.approval().id(), lawCase.getId(), requestedAt, actor));
				}
			}
		}
		if (scenario == Scenario.FILED) {
			return;
		}
		transition(lawCase, CaseTransition.START_INVESTIGATION, null, null, null, null,
				steps, steps.next(Duration.ofMinutes(30), Duration.ofHours(12)), actor);
		if (scenario == Scenario.INVESTIGATING || scenario == Scenario.DETENTION_RUNNING) {
			return;
		}
		if (scenario == Scenario.REVOKED) {
			transition(lawCase, CaseTransition.REVOKE, "经侦查，不应追究违法犯罪责任，撤销案件。", null, null, null,
					steps, steps.next(Duration.ofDays(1), Duration.ofDays(5)), actor);
			return;
		}
		DecisionKind decision = criminal ? DecisionKind.TRANSFER_FOR_PROSECUTION
				: random.nextInt(5) == 0 ? DecisionKind.NO_PENALTY : DecisionKind.ADMINISTRATIVE_PENALTY;
		String content = switch (decision) {
			case TRANSFER_FOR_PROSECUTION -> "犯罪事实清楚，证据确实充分，移送人民检察院审查起诉。";
			case NO_PENALTY -> "违法行为轻微并及时纠正，没有造成危害后果，不予行政处罚。";
			default -> "对" + offender + "处罚款" + (200 + random.nextInt(4) * 100) + "元。";
		};
		transition(lawCase, CaseTransition.DECIDE, content, decision, null, null,
				steps, steps.next(Duration.ofDays(2), Duration.ofDays(criminal ? 12 : 20)), actor);
		if (seized != null && seized.getRegisterNumber() != null && random.nextBoolean()) {
			property.dispose(lawCase.getId(), seized.getId(), seized.getVersion(),
					random.nextBoolean() ? SeizedProperty.Disposal.RETURNED : SeizedProperty.Disposal.CONFISCATED,
					steps.next(Duration.ofHours(2), Duration.ofDays(3)), null, actor);
		}
		if (scenario == Scenario.CLOSED) {
			transition(lawCase, CaseTransition.CLOSE, null, null, null, null, steps,
					steps.next(Duration.ofHours(6), Duration.ofDays(3)), actor);
		}
	}

	/** Most items reach the custody register; a few are left out, for supervision to find. */
	private SeizedProperty seize(LawCase lawCase, Party owner, StepClock steps, SignedInOfficer actor, Random random) {
		String[][] items = { { "电动自行车", "VEHICLE", "辆" }, { "现金", "CASH", "笔" }, { "手机", "ELECTRONICS", "部" },
				{ "撬棍", "TOOL", "根" }, { "赌具", "CONTRABAND", "套" } };
		String[] item = items[random.nextInt(items.length)];
		SeizedProperty seized = property.seize(lawCase.getId(), new SeizedPropertyCommand(item[0],
				SeizedProperty.Category.valueOf(item[1]), 1, item[2], (long) (50 + random.nextInt(3000)) * 100,
				SeizedProperty.Kind.SEIZURE, owner.getId(), steps.next(Duration.ofMinutes(20), Duration.ofHours(4)), null,
				"涉案财物管理中心"), actor);
		if (random.nextInt(10) < 8) {
			seized = property.register(lawCase.getId(), seized.getId(), seized.getVersion(),
					"RK-" + lawCase.getCaseNumber(), actor);
		}
		return seized;
	}

	private void questioning(LawCase lawCase, Party offender, StepClock steps, SignedInOfficer actor, Random random) {
		Instant start = steps.next(Duration.ofMinutes(30), Duration.ofHours(3));
		CompulsoryMeasure summons = measures.start(lawCase.getId(),
				new MeasureCommand(offender.getId(), MeasureType.SUMMONS, false, start), actor).measure();
		Instant end = start.plus(Duration.ofMinutes(120 + random.nextInt(330)));
		measures.end(lawCase.getId(), summons.getId(), summons.getVersion(), steps.atLeast(end), "询问查证完毕，已离开", actor);
	}

	private void transition(LawCase lawCase, CaseTransition transition, String reason, DecisionKind decision, Long handler,
			Long coHandler, StepClock steps, Instant at, SignedInOfficer actor) {
		LawCase current = cases.findById(lawCase.getId()).orElseThrow();
		TransitionOutcome outcome = work.transition(lawCase.getId(), new TransitionCommand(transition, current.getVersion(),
				reason, handler, coHandler, decision, at), actor, true);
		if (outcome.awaitingApproval()) {
			steps.atLeast(signatures.approve(outcome.approval().id(), lawCase.getId(), at, actor));
		}
	}

	private SignedInOfficer actingAs(OfficerSummary officer, UnitSummary unit) {
		SignedInOfficer signedIn = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(), ZoneId.of(unit.zoneId()), officer.roles(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		return signedIn;
	}

	private static PartyCommand person(String name, PartyRole role, Random random) {
		LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
		int sequence = random.nextInt(1000);
		String body = "990102" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
		String idNumber = body + ResidentIdentityNumber.checkCharacterFor(body);
		return new PartyCommand(PartyKind.PERSON, role, name, idNumber, null, null, phone(random),
				"青岚市" + PLACES[random.nextInt(PLACES.length)] + (1 + random.nextInt(200)) + "号", null, null);
	}

	private static String name(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	private static String phone(Random random) {
		return "13" + (100000000 + random.nextInt(899999999));
	}

	private static String reportedAtText(Instant at) {
		var local = at.atZone(ZoneId.of("Asia/Shanghai"));
		return "%d月%d日%d时许".formatted(local.getMonthValue(), local.getDayOfMonth(), local.getHour());
	}

	/**
	 * Hands out the times of a case's steps in order, never later than now, and moves the seeding
	 * clock along to each time it hands out.
	 */
	private static final class StepClock {

		private final Instant now;

		private final Random random;

		private final Consumer<Instant> story;

		private Instant last;

		StepClock(Instant start, Instant now, Random random, Consumer<Instant> story) {
			this.last = start;
			this.now = now;
			this.random = random;
			this.story = story;
		}

		Instant next(Duration min, Duration max) {
			long span = Math.max(1, max.minus(min).toMinutes());
			Instant candidate = last.plus(min).plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
			return advanceTo(candidate);
		}

		Instant peek(Duration offset) {
			Instant candidate = last.plus(offset);
			Instant chosen = candidate.isAfter(now) ? now.minusSeconds(60) : candidate;
			story.accept(chosen);
			return chosen;
		}

		Instant atLeast(Instant candidate) {
			return advanceTo(candidate);
		}

		private Instant advanceTo(Instant candidate) {
			Instant limit = now.minusSeconds(60);
			Instant chosen = candidate.isAfter(limit) ? limit : candidate;
			if (chosen.isBefore(last)) {
				chosen = last;
			}
			last = chosen;
			story.accept(chosen);
			return chosen;
		}
	}
}
