package org.gongzheng.supervision.fault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.supervision.quality.Months;

/**
 * Fault accountability (执法过错责任追究). LEGAL records a fault on a case; the people who answer
 * for it are proposed from the case (handler, co-handler) and from its accountability record (each
 * signature: link, round, decision, opinion); LEGAL decides for each and the outcome lands in the
 * person's law-enforcement record.
 */
@Service
@Transactional
public class Faults {

	static final Set<String> RESPONSIBILITY_KINDS = Set.of("DIRECT", "PRIMARY", "SECONDARY", "LEADERSHIP");

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Months months;

	Faults(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, Months months) {
		this.jdbc = jdbc;
		this.months = months;
		this.events = events;
		this.clock = clock;
	}

	public record Choice(String code, String nameZh, String nameEn, String citation) {

		public String name(Locale locale) {
			return Languages.pick(locale, nameZh, nameEn);
		}
	}

	public record RecordCommand(Long caseId, String kind, String description, LocalDate foundOn) {
	}

	public record PersonDecision(Long responsibilityId, Boolean responsible, String responsibilityKind, String outcome,
			String note) {
	}

	public record Listed(long id, long caseId, String caseNumber, String caseTitle, String kind, LocalDate foundOn,
			String status, int people, int responsible) {
	}

	@Transactional(readOnly = true)
	public List<Choice> kinds() {
		return jdbc.query("select code, name_zh, name_en, citation from fault_kinds order by code",
				(rs, i) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

	@Transactional(readOnly = true)
	public List<Choice> outcomes() {
		return jdbc.query("select code, name_zh, name_en, citation from fault_outcomes order by sort_order",
				(rs, i) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

	/**
	 * The case a legal officer typed, by its case number (as it is printed on every document) or its
	 * id; empty when nothing was typed or no case in their scope has it.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> caseOf(String typed, SignedInOfficer legal) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = typed.strip();
		List<Map<String, Object>> rows = text.matches("\\d{1,18}")
				? jdbc.queryForList("select id, unit_path from cases where id = ?", Long.valueOf(text))
				: jdbc.queryForList("select id, unit_path from cases where case_number = ?", text);
		return rows.stream()
			.filter(row -> legal.scope().includes((String) row.get("unit_path")))
			.map(row -> ((Number) row.get("id")).longValue())
			.findFirst();
	}

	/** The case number of a case in the officer's scope, to show in a form opened from the case. */
	@Transactional(readOnly = true)
	public Optional<String> caseNumberOf(long caseId, SignedInOfficer legal) {
		return jdbc.queryForList("select case_number, unit_path from cases where id = ?", caseId).stream()
			.filter(row -> legal.scope().includes((String) row.get("unit_path")))
			.map(row -> (String) row.get("case_number"))
			.findFirst();
	}

	public Fault record(RecordCommand command, SignedInOfficer legal) {
		requireLegal(legal);
		List<InvalidInputException.FieldProblem> problems = problems(command);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, Object> c = jdbc.queryForList("""
				select id, case_number, title, unit_id, unit_path, handler_id, co_handler_id from cases where id = ?""",
				command.caseId()).stream().filter(row -> legal.scope().includes((String) row.get("unit_path"))).findFirst()
			.orElseThrow(() -> InvalidInputException.of("caseId", "fault.case.unknown", String.valueOf(command.caseId())));
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc.queryForObject("""
				insert into enforcement_faults (case_id, case_number, case_title, unit_id, unit_path, kind, description, found_on,
				    status, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""", Long.class, c.get("id"), c.get("case_number"),
				c.get("title"), c.get("unit_id"), c.get("unit_path"), command.kind(), command.description().strip(),
				command.foundOn(), legal.officerId(), now);
		propose(id, command.caseId());
		events.publishEvent(AuditEvent.success("FAULT_RECORDED", "CASE", command.caseId(), c.get("case_number") + " " + command.kind()));
		return find(id);
	}

	/** What is wrong with a fault as entered, per field, before its case is looked up. */
	public List<InvalidInputException.FieldProblem> problems(RecordCommand command) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (command.caseId() == null) {
			problems.add(problem("caseId", "validation.required"));
		}
		if (command.kind() == null || command.kind().isBlank()) {
			problems.add(problem("kind", "validation.required"));
		}
		else if (kinds().stream().noneMatch(k -> k.code().equals(command.kind()))) {
			problems.add(problem("kind", "validation.choice"));
		}
		if (command.description() == null || command.description().isBlank()) {
			problems.add(problem("description", "validation.required"));
		}
		else if (command.description().strip().length() > 4000) {
			problems.add(new InvalidInputException.FieldProblem("description", "validation.tooLong", new Object[] { 4000 }));
		}
		if (command.foundOn() == null) {
			problems.add(problem("foundOn", "validation.required"));
		}
		else if (command.foundOn().isAfter(months.today())) {
			problems.add(problem("foundOn", "validation.notFuture"));
		}
		return problems;
	}

	/** Handler and co-handler for the handling; each signature on the case for the link it signed. */
	private void propose(long faultId, long caseId) {
		jdbc.update("""
				insert into fault_responsibilities (fault_id, officer_id, link_kind)
				select ?, h.officer_id, h.link_kind from cases c
				cross join lateral (values (c.handler_id, 'HANDLER'), (c.co_handler_id, 'CO_HANDLER')) as h(officer_id, link_kind)
				where c.id = ? and h.officer_id is not null""", faultId, caseId);
		jdbc.update("""
				insert into fault_responsibilities (fault_id, officer_id, link_kind, signature_id, link_name, link_name_en, round,
				    decision, opinion)
				select ?, s.signer_id, 'SIGNATURE', s.id, s.link_name, l.name_en, s.round, s.decision, s.opinion
				from approval_signatures s
				join approval_requests q on q.id = s.request_id
				left join approval_chain_links l on l.chain_id = q.chain_id and l.link_order = s.link_order
				where s.case_id = ? order by s.signed_at, s.id""", faultId, caseId);
	}

	/** Whether the officer is among the people proposed as responsible for the fault. */
	public static boolean proposedFor(Fault fault, SignedInOfficer officer) {
		return fault.people().stream().anyMatch(person -> person.officerId() == officer.officerId());
	}

	/**
	 * Decides for every proposed person at once; a responsible person needs a kind and an outcome, a
	 * person cleared needs the reason written down.
	 */
	public Fault decide(long faultId, long version, List<PersonDecision> decisions, SignedInOfficer legal) {
		requireLegal(legal);
		Fault fault = visible(faultId, legal);
		if (fault.decided()) {
			throw new ConflictException("fault.alreadyDecided");
		}
		if (proposedFor(fault, legal)) {
			// Nobody rules on their own responsibility: another officer of the legal department decides.
			events.publishEvent(AuditEvent.denied("FAULT_DECIDED", "CASE", fault.caseId(), "fault " + faultId + ": own responsibility"));
			throw new ForbiddenException("fault.decide.ownFault");
		}
		List<InvalidInputException.FieldProblem> problems = FaultDecisionCheck.problems(fault, decisions,
				outcomes().stream().map(Choice::code).collect(java.util.stream.Collectors.toSet()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.update("""
				update enforcement_faults set status = 'DECIDED', decided_at = ?, decided_by = ?, version = version + 1
				where id = ? and version = ? and status = 'OPEN'""", now, legal.officerId(), faultId, version);
		if (updated == 0) {
			throw ConflictException.staleVersion(fault.caseNumber());
		}
		int responsible = 0;
		for (Fault.Responsibility person : fault.people()) {
			PersonDecision d = decisions.stream().filter(x -> x != null && Long.valueOf(person.id()).equals(x.responsibilityId()))
				.findFirst().orElseThrow();
			boolean yes = d.responsible();
			responsible += yes ? 1 : 0;
			jdbc.update("""
					update fault_responsibilities set responsible = ?, responsibility_kind = ?, outcome = ?, note = ?,
					    decided_by = ?, decided_at = ?
					where id = ?""", yes, yes ? d.responsibilityKind() : null, yes ? d.outcome() : null,
					d.note() == null || d.note().isBlank() ? null : d.note().strip(), legal.officerId(), now, person.id());
		}
		events.publishEvent(AuditEvent.success("FAULT_DECIDED", "CASE", fault.caseId(),
				// Key=value like the other machine-written details, so it reads the same in either language.
				fault.caseNumber() + " responsible=" + responsible + "/" + fault.people().size()));
		return find(faultId);
	}

	@Transactional(readOnly = true)
	public Page<Listed> search(String status, String kind, String caseNumber, Pageable pageable, SignedInOfficer officer) {
		requireOverseer(officer);
		StringBuilder where = new StringBuilder(" where f.unit_path like ?");
		List<Object> args = new ArrayList<>(List.of(officer.scope().likePattern()));
		if (status != null && !status.isBlank()) {
			where.append(" and f.status = ?");
			args.add(status);
		}
		if (kind != null && !kind.isBlank()) {
			where.append(" and f.kind = ?");
			args.add(kind);
		}
		if (caseNumber != null && !caseNumber.isBlank()) {
			where.append(" and f.case_number like ?");
			args.add("%" + LikePatterns.literal(SearchTerms.folded(caseNumber).strip()) + "%");
		}
		Long total = jdbc.queryForObject("select count(*) from enforcement_faults f" + where, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<Listed> content = jdbc.query("""
				select f.id, f.case_id, f.case_number, f.case_title, f.kind, f.found_on, f.status,
				    (select count(*) from fault_responsibilities r where r.fault_id = f.id)::int,
				    (select count(*) from fault_responsibilities r where r.fault_id = f.id and r.responsible)::int
				from enforcement_faults f""" + where + " order by f.found_on desc, f.id desc limit ? offset ?",
				(rs, i) -> new Listed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getInt(9)),
				args.toArray());
		return new PageImpl<>(content, pageable, total == null ? 0 : total);
	}

	/** LEGAL, leaders and administrators of the bureau; anyone else only faults naming them. */
	@Transactional(readOnly = true)
	public Fault visible(long faultId, SignedInOfficer officer) {
		Fault fault = find(faultId);
		boolean overseer = officer.hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN) && officer.scope().includes(fault.unitPath());
		if (overseer || fault.people().stream().anyMatch(p -> p.officerId() == officer.officerId())) {
			return fault;
		}
		throw new NotFoundException("fault.notFound", faultId);
	}

	private Fault find(long id) {
		List<Fault.Responsibility> people = jdbc.query("""
				select r.id, r.officer_id, o.name, o.police_number, r.link_kind, r.signature_id, s.action, r.link_name,
				    r.link_name_en, r.round, r.decision, r.opinion, r.responsible, r.responsibility_kind, r.outcome, r.note,
				    r.decided_by, d.name, d.police_number, r.decided_at
				from fault_responsibilities r join officers o on o.id = r.officer_id
				left join approval_signatures s on s.id = r.signature_id
				left join officers d on d.id = r.decided_by
				where r.fault_id = ? order by r.id""", (rs, i) -> new Fault.Responsibility(rs.getLong(1), rs.getLong(2),
				rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
				rs.getString(9), (Integer) rs.getObject(10), rs.getString(11), rs.getString(12), (Boolean) rs.getObject(13),
				rs.getString(14), rs.getString(15), rs.getString(16), decider(rs, 17), instant(rs.getTimestamp(20))), id);
		return jdbc.query("""
				select f.id, f.case_id, f.case_number, f.case_title, f.unit_id, f.unit_path, f.kind, f.description, f.found_on,
				    f.status, f.recorded_by, f.recorded_at, f.decided_at, f.version, f.decided_by, d.name, d.police_number
				from enforcement_faults f left join officers d on d.id = f.decided_by
				where f.id = ?""", (rs, i) -> fault(rs, people), id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("fault.notFound", id));
	}

	private static Fault fault(ResultSet rs, List<Fault.Responsibility> people) throws SQLException {
		return new Fault(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getLong(11),
				rs.getTimestamp(12).toInstant(), instant(rs.getTimestamp(13)), decider(rs, 15), rs.getLong(14), people);
	}

	/** The officer whose id, name and police number start at the column; null before the decision. */
	static Fault.Decider decider(ResultSet rs, int column) throws SQLException {
		Long id = (Long) rs.getObject(column);
		return id == null ? null : new Fault.Decider(id, rs.getString(column + 1), rs.getString(column + 2));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static InvalidInputException.FieldProblem problem(String field, String code) {
		return new InvalidInputException.FieldProblem(field, code, new Object[0]);
	}

	static void requireLegal(SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}

	static void requireOverseer(SignedInOfficer officer) {
		if (!officer.hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}
}
