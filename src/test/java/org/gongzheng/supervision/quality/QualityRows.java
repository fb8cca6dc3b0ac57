package org.gongzheng.supervision.quality;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.internal.Unit;

/**
 * Inserts the rows rankings and evaluations read (cases, signatures, alerts) straight into the
 * tables, so tests can place them in any month without driving whole case flows.
 */
@Component
public class QualityRows {

	public static final String RULE = "TEST_QUALITY";

	private final JdbcTemplate jdbc;

	QualityRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("create sequence if not exists test_quality_seq start with 1");
	}

	public long caseIn(Unit unit, Long handlerId, String state, Instant decidedAt) {
		long n = next();
		Timestamp at = Timestamp.from(decidedAt);
		return jdbc.queryForObject("""
				insert into cases (case_number, case_type, state, title, summary, report_source, reported_at, unit_id, unit_path,
				    handler_id, registered_by, decided_at, closed_at, created_at, updated_at)
				values (?, 'ADMINISTRATIVE', ?, ?, '测试案情', 'CALL_110', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
				"TQ" + n, state, "测试案件" + n, at, unit.getId(), unit.getPath(), handlerId, handlerId == null ? 1L : handlerId,
				"DECIDED".equals(state) || "CLOSED".equals(state) ? at : null, "CLOSED".equals(state) ? at : null, at, at);
	}

	/** A signature on a link of a request of its own. */
	public void signature(long caseId, Unit caseUnit, long signerId, String linkName, Instant signedAt) {
		Timestamp at = Timestamp.from(signedAt);
		long request = jdbc.queryForObject("""
				insert into approval_requests (action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path,
				    summary, status, round, case_version, submitted_by, submitted_at)
				select 'FILING', id, ?, 'TQ', '测试', ?, ?, '测试', 'APPROVED', 1, 0, ?, ? from approval_chains
				where action = 'FILING' and active and bureau_id is null returning id""", Long.class, caseId, caseUnit.getId(), caseUnit.getPath(),
				signerId, at);
		jdbc.update("""
				insert into approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id, decision,
				    signed_at, case_version, material_hashes)
				values (?, 1, 1, ?, 'FILING', ?, ?, 'APPROVE', ?, 0, '')""", request, linkName, caseId, signerId, at);
	}

	public long alert(Long caseId, Unit unit, Long officerId, Instant raisedAt, Instant dueAt, String status, Instant closedAt) {
		ensureRule();
		return jdbc.queryForObject("""
				insert into supervision_alerts (rule_code, subject_key, case_id, unit_id, unit_path, officer_id, severity, reason,
				    status, raised_at, due_at, last_seen_at, closed_at)
				values (?, ?, ?, ?, ?, ?, 'MEDIUM', '测试预警', ?, ?, ?, ?, ?) returning id""", Long.class, RULE,
				"test:" + next(), caseId, unit.getId(), unit.getPath(), officerId, status, Timestamp.from(raisedAt),
				Timestamp.from(dueAt), Timestamp.from(raisedAt), closedAt == null ? null : Timestamp.from(closedAt));
	}

	private long next() {
		return jdbc.queryForObject("select nextval('test_quality_seq')", Long.class);
	}

	/**
	 * The rule test alerts point to, created when the first alert is: this bean lives in every test
	 * context (the demo's too), and only tests that insert alerts should leave a rule behind.
	 */
	private void ensureRule() {
		jdbc.update("""
				-- Switched off: the engine's runs in other tests then leave this rule and its alerts alone.
				insert into supervision_rules (code, category, enabled, severity, rectification_days, citation, name_zh, name_en,
				    description_zh, description_en)
				values (?, 'TEST', false, 'MEDIUM', 5, '测试', '测试规则', 'Test rule', '测试', 'Test')
				on conflict (code) do update set enabled = false""", RULE);
	}
}
