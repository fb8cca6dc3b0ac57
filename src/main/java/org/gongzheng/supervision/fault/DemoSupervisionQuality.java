package org.gongzheng.supervision.fault;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.demo.DemoLogin;
import org.gongzheng.shared.demo.DemoMode;
import org.gongzheng.supervision.quality.ChecklistItem;
import org.gongzheng.supervision.quality.Evaluation;
import org.gongzheng.supervision.quality.Evaluations;
import org.gongzheng.supervision.quality.Months;
import org.gongzheng.supervision.quality.Scoring;
import org.gongzheng.supervision.ranking.Rankings;
import org.gongzheng.supervision.ranking.Sanctions;

/**
 * Demo case-quality evaluations, rankings and a fault, by the legal department's 陈法明 (110001).
 * The demo cases span only the last three months or so, and supervision finds their defects when
 * they are seeded, so no real ranking can show a reviewer at the bottom three times this year. The
 * three months before the demo data therefore get ranking snapshots seeded here, marked as demo in
 * the table and on the page, with 杨帆 (410101, 北关派出所) at the bottom of the station heads each
 * time and his station last among the stations (another head if a change in the demo cases leaves
 * no filing waiting for 杨帆 to sign, so the refusal can always be seen); the real sanction logic
 * then suspends his approval rights and gives the station a yellow card. Later months are computed
 * for real.
 */
@Component
@Order(70)
class DemoSupervisionQuality implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervisionQuality.class);

	static final String LEGAL = "110001";

	static final String SANCTIONED = "410101";

	/** The station chief the other modules' demo walks through; never the one sanctioned. */
	static final String STATION_CHIEF_LOGIN = "210101";

	static final String NOTE = "演示数据：该月早于演示案件，排名为预置，用于演示“一年三次末位暂停审批权限”和黄牌警告 / demo: seeded for a month before the demo cases";

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final Evaluations evaluations;

	private final Rankings rankings;

	private final Sanctions sanctions;

	private final Faults faults;

	private final Organization organization;

	private final Months months;

	private final TransactionTemplate transactions;

	DemoSupervisionQuality(DemoMode demo, JdbcTemplate jdbc, Evaluations evaluations, Rankings rankings,
			Sanctions sanctions, Faults faults, Organization organization, Months months, TransactionTemplate transactions) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.rankings = rankings;
		this.sanctions = sanctions;
		this.faults = faults;
		this.organization = organization;
		this.months = months;
		this.transactions = transactions;
	}

	@Bean
	static DemoLogin sanctionedReviewerLogin() {
		return new DemoLogin(90, SANCTIONED, "杨帆 · 北关派出所 所长 (REVIEWER; approval rights suspended after three bottom placements)");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		List<String> bureaus = jdbc.queryForList("select path from units where code = '990100000000'", String.class);
		if (bureaus.isEmpty() || count("select count(*) from ranking_snapshots where bureau_path = ?", bureaus.get(0)) > 0) {
			return;
		}
		String bureau = bureaus.get(0);
		try {
			SignedInOfficer legal = actingAs(LEGAL);
			YearMonth earliest = earliestCaseMonth(bureau);
			int scored = evaluate(legal, earliest);
			List<YearMonth> seeded = seededMonths(earliest);
			String sanctioned = sanctionedHead(bureau);
			for (int i = 0; i < seeded.size(); i++) {
				long snapshot = seedSnapshot(bureau, seeded.get(i), i, sanctioned);
				transactions.executeWithoutResult(status -> sanctions.apply(snapshot));
			}
			int computed = 0;
			for (YearMonth m = YearMonth.of(months.current().getYear(), 1); m.isBefore(months.current()); m = m.plusMonths(1)) {
				if (!m.isBefore(earliest) && !seeded.contains(m)) {
					rankings.compute(bureau, m);
					computed++;
				}
			}
			boolean fault = recordFault(bureau, legal);
			log.info("Demo supervision quality: {} evaluations scored, {} demo ranking months seeded, {} computed, fault {};"
					+ " reviewer {} suspended after three bottom placements", scored, seeded.size(), computed,
					fault ? "recorded" : "not recorded", sanctioned);
		}
		catch (RuntimeException ex) {
			log.warn("Demo supervision quality stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private YearMonth earliestCaseMonth(String bureau) {
		Timestamp first = jdbc.queryForObject("select min(reported_at) from cases where unit_path like ?", Timestamp.class,
				bureau + "%");
		YearMonth month = first == null ? months.current()
				: YearMonth.from(first.toInstant().atZone(ZoneId.of("Asia/Shanghai")));
		return month.isBefore(YearMonth.of(months.current().getYear(), 1)) ? YearMonth.of(months.current().getYear(), 1) : month;
	}

	/**
	 * Three months of this year, before the demo cases where possible; early in a year there are
	 * not enough such months, and the earliest months of the year are used instead.
	 */
	private List<YearMonth> seededMonths(YearMonth earliest) {
		List<YearMonth> candidates = new ArrayList<>();
		for (YearMonth m = YearMonth.of(months.current().getYear(), 1); m.isBefore(earliest); m = m.plusMonths(1)) {
			candidates.add(m);
		}
		if (candidates.size() >= 3) {
			return candidates.subList(candidates.size() - 3, candidates.size());
		}
		List<YearMonth> early = new ArrayList<>();
		for (YearMonth m = YearMonth.of(months.current().getYear(), 1); early.size() < 3; m = m.plusMonths(1)) {
			early.add(m);
		}
		return early;
	}

	/** Draws each month of the demo data and scores the drawn cases; every fourth fails. */
	private int evaluate(SignedInOfficer legal, YearMonth earliest) {
		List<ChecklistItem> items = evaluations.checklist();
		int scored = 0;
		for (YearMonth m = earliest; !m.isAfter(months.current()); m = m.plusMonths(1)) {
			evaluations.draw(m, legal);
		}
		List<Long> pending = jdbc.queryForList("""
				select id from case_evaluations where status = 'PENDING' and bureau_path = ? and month < ?
				order by month, id limit 24""", Long.class, legal.bureauPath(), Months.day(months.current()));
		for (Long id : pending) {
			Map<String, Scoring.ItemScore> scores = new LinkedHashMap<>();
			int pattern = scored % 4;
			for (ChecklistItem item : items) {
				scores.put(item.code(), score(item, pattern));
			}
			Evaluation evaluation = evaluations.detail(id, legal).evaluation();
			evaluations.score(id, evaluation.version(), scores, summary(pattern), legal);
			scored++;
		}
		return scored;
	}

	private static Scoring.ItemScore score(ChecklistItem item, int pattern) {
		return switch (pattern) {
			case 3 -> switch (item.code()) {
				case "F1" -> new Scoring.ItemScore(4, "案发时间、后果等要素缺失");
				case "E1" -> new Scoring.ItemScore(2, "关键证据（被侵害人陈述）缺失，仅有单方陈述");
				case "P3" -> new Scoring.ItemScore(0, "未见告知笔录，陈述申辩权未保障");
				case "D1" -> new Scoring.ItemScore(5, "从重处罚理由不充分");
				case "DOC1" -> new Scoring.ItemScore(2, "决定书未载明救济途径");
				default -> new Scoring.ItemScore(item.points(), null);
			};
			case 1 -> "L2".equals(item.code()) ? new Scoring.ItemScore(2, "引用条款未具体到项")
					: "DOC2".equals(item.code()) ? new Scoring.ItemScore(3, "缺少送达回证") : new Scoring.ItemScore(item.points(), null);
			case 2 -> "E2".equals(item.code()) ? new Scoring.ItemScore(4, "询问笔录未记载起止时间")
					: "P2".equals(item.code()) ? new Scoring.ItemScore(0, "超过办案期限")
					: "DOC1".equals(item.code()) ? new Scoring.ItemScore(3, "文号错误") : new Scoring.ItemScore(item.points(), null);
			default -> new Scoring.ItemScore(item.points(), null);
		};
	}

	private static String summary(int pattern) {
		return switch (pattern) {
			case 3 -> "证据不足、程序违法，评为不合格，责令整改。";
			case 2 -> "存在超期办案，需加强期限管理。";
			case 1 -> "总体规范，法律引用和卷宗装订需改进。";
			default -> "事实清楚、证据充分、程序合法。";
		};
	}

	/**
	 * The station head to show the sanction on: one with a filing waiting at their link in a case
	 * they do not handle, so the refusal can be seen on the approval page; 杨帆 (410101) preferred.
	 */
	private String sanctionedHead(String bureau) {
		List<String> heads = jdbc.queryForList("""
				select o.police_number from approval_requests r
				join cases c on c.id = r.case_id
				join units u on u.kind in ('STATION', 'SQUADRON') and r.case_unit_path like u.path || '%'
				join officers o on o.unit_id = u.id
				join accounts a on a.officer_id = o.id join account_roles ar on ar.account_id = a.id and ar.role = 'REVIEWER'
				where u.path like ? and r.status = 'PENDING' and r.current_link = 1 and r.submitted_by <> o.id
				  and c.handler_id is distinct from o.id and c.co_handler_id is distinct from o.id
				  and o.police_number <> ?
				order by (o.police_number = ?) desc, u.code desc limit 1""", String.class, bureau + "%", STATION_CHIEF_LOGIN,
				SANCTIONED);
		return heads.isEmpty() ? SANCTIONED : heads.get(0);
	}

	/**
	 * A snapshot marked as demo: the station heads (each station's first reviewer, not its deputy) and
	 * the stations, with the sanctioned head and his station last.
	 */
	private long seedSnapshot(String bureau, YearMonth month, int index, String sanctioned) {
		return transactions.execute(status -> {
			long id = jdbc.queryForObject("""
					insert into ranking_snapshots (bureau_path, month, computed_at, demo, note) values (?, ?, now(), true, ?)
					returning id""", Long.class, bureau, Months.day(month), NOTE);
			List<Map<String, Object>> heads = jdbc.queryForList("""
					select * from (
					    select distinct on (u.id) o.id, o.unit_id, o.police_number from officers o join units u on u.id = o.unit_id
					    join accounts a on a.officer_id = o.id join account_roles r on r.account_id = a.id and r.role = 'REVIEWER'
					    where u.path like ? and u.kind in ('STATION', 'SQUADRON') order by u.id, o.police_number) heads
					order by police_number""", bureau + "%");
			int size = heads.size();
			int place = 1;
			List<Map<String, Object>> ordered = new ArrayList<>(heads);
			ordered.sort((a, b) -> Boolean.compare(sanctioned.equals(a.get("police_number")), sanctioned.equals(b.get("police_number"))));
			Long lastUnit = null;
			for (Map<String, Object> head : ordered) {
				boolean last = sanctioned.equals(head.get("police_number"));
				if (last) {
					lastUnit = ((Number) head.get("unit_id")).longValue();
				}
				int alerts = last ? 3 + index : 0;
				int failed = last ? 1 : 0;
				jdbc.update("""
						insert into ranking_reviewer_entries (snapshot_id, officer_id, unit_id, peer_group, signed_cases, alerts,
						    failed_evaluations, faults, defect_points, place, group_size, bottom)
						values (?, ?, ?, 'STATION', ?, ?, ?, 0, ?, ?, ?, ?)""", id, head.get("id"), head.get("unit_id"), 6 + place,
						alerts, failed, alerts + 2 * failed, last ? size : 1, size, last);
				place++;
			}
			List<Map<String, Object>> stations = jdbc.queryForList("""
					select id, code from units where path like ? and kind in ('STATION', 'SQUADRON') order by code""", bureau + "%");
			for (Map<String, Object> station : stations) {
				boolean last = lastUnit != null && lastUnit.longValue() == ((Number) station.get("id")).longValue();
				jdbc.update("""
						insert into ranking_unit_entries (snapshot_id, unit_id, peer_group, alerts, due, rectified,
						    rectification_rate, overdue, place, group_size, bottom)
						values (?, ?, 'STATION', ?, ?, ?, ?, ?, ?, ?, ?)""", id, station.get("id"), last ? 6 : 1, last ? 5 : 1,
						last ? 2 : 1, last ? new java.math.BigDecimal("40.0") : new java.math.BigDecimal("100.0"), last ? 3 : 0,
						last ? stations.size() : 1, stations.size(), last);
			}
			return id;
		});
	}

	/** A procedural fault on a decided case with signatures: the handler and one signer answer for it. */
	private boolean recordFault(String bureau, SignedInOfficer legal) {
		List<Long> candidates = jdbc.queryForList("""
				select c.id from cases c where c.unit_path like ? and c.state in ('DECIDED', 'CLOSED') and c.handler_id is not null
				  and (select count(*) from approval_signatures s where s.case_id = c.id) >= 2
				order by c.decided_at limit 1""", Long.class, bureau + "%");
		if (candidates.isEmpty()) {
			return false;
		}
		Fault fault = faults.record(new Faults.RecordCommand(candidates.get(0), "PROCEDURE",
				"案件质量评查发现：作出处罚决定前未告知当事人陈述、申辩权利，审核环节未予发现。", months.today()), legal);
		List<Faults.PersonDecision> decisions = new ArrayList<>();
		boolean signerTaken = false;
		for (Fault.Responsibility person : fault.people()) {
			if ("HANDLER".equals(person.linkKind())) {
				decisions.add(new Faults.PersonDecision(person.id(), true, "DIRECT", "CRITICISM", "主办民警未履行告知义务"));
			}
			else if ("SIGNATURE".equals(person.linkKind()) && !signerTaken) {
				signerTaken = true;
				decisions.add(new Faults.PersonDecision(person.id(), true, "SECONDARY", "NOTICE", "审核时未发现告知笔录缺失"));
			}
			else {
				decisions.add(new Faults.PersonDecision(person.id(), false, null, null, "该环节不涉及告知程序"));
			}
		}
		faults.decide(fault.id(), fault.version(), decisions, legal);
		return true;
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private SignedInOfficer actingAs(String policeNumber) {
		Long id = jdbc.queryForObject("select id from officers where police_number = ?", Long.class, policeNumber);
		OfficerSummary officer = organization.officer(id).orElseThrow();
		UnitSummary unit = organization.unit(officer.unitId()).orElseThrow();
		SignedInOfficer signedIn = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(), ZoneId.of(unit.zoneId()), officer.roles(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		return signedIn;
	}
}
