package org.gongzheng.supervision.desk;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.demo.DemoMode;
import org.gongzheng.supervision.RunSummary;
import org.gongzheng.supervision.SupervisionEngine;
import org.gongzheng.supervision.alerts.Alert;
import org.gongzheng.supervision.alerts.AlertCommands;
import org.gongzheng.supervision.alerts.AlertQueries;
import org.gongzheng.supervision.alerts.AlertWorkflow;
import org.gongzheng.supervision.alerts.Escalations;

/**
 * Demo supervision: after the other modules seeded their data, adds the few anomalies the demo
 * does not produce by itself (so every rule has something to find), runs the engine, and walks
 * some alerts of 东湖派出所 through their lifecycle: assigned to 张伟 (210102), rectified and waiting
 * for 陈法明 (110001), closed, rejected and reopened, escalated to the station head 李所安 (210101)
 * and on to the legal department.
 *
 * <p>The anomalies are written in SQL, as they are exactly what the services refuse to produce: a
 * case file without its inquiry record, property held past its disposal date, on-site decisions
 * altered after issue (fine above the simple-procedure limit, points dropped, outside the range),
 * and one penalty decision whose approval record shows a signature given seconds after the
 * materials were opened and whose fine changed after the approval. That signature, never given
 * through the application, has no audit entry vouching for it, and audit verification says so: the
 * demo's one unvouched signature.
 */
@Component
@Order(60)
class DemoSupervision implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final SupervisionEngine engine;

	private final AlertQueries alerts;

	private final AlertWorkflow workflow;

	private final Escalations escalations;

	private final Organization organization;

	DemoSupervision(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transactions, SupervisionEngine engine,
			AlertQueries alerts, AlertWorkflow workflow, Escalations escalations, Organization organization) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.engine = engine;
		this.alerts = alerts;
		this.workflow = workflow;
		this.escalations = escalations;
		this.organization = organization;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer cases = jdbc.queryForObject("SELECT count(*) FROM cases", Integer.class);
		Integer seeded = jdbc.queryForObject("SELECT count(*) FROM supervision_runs WHERE trigger = 'DEMO'", Integer.class);
		if (!demo.enabled() || cases == null || cases == 0 || (seeded != null && seeded > 0)) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> anomalies());
			RunSummary summary = engine.run("DEMO");
			log.info("Demo supervision run: {} alerts raised; open by rule {}", summary.raised(), summary.openByRule());
			lifecycle();
		}
		catch (RuntimeException ex) {
			log.warn("Demo supervision stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void anomalies() {
		// A case under investigation whose inquiry record was filed as "other material".
		jdbc.update("""
				UPDATE case_materials SET material_type = 'OTHER'
				WHERE material_type = 'INQUIRY_RECORD' AND case_id = (
				    SELECT min(c.id) FROM cases c WHERE c.state = 'INVESTIGATING' AND c.case_type = 'ADMINISTRATIVE'
				      AND c.filed_at < now() - interval '2 days')""");
		// Registered property still held past its disposal date.
		jdbc.update("""
				UPDATE seized_property SET disposal_due = current_date - 5
				WHERE id = (SELECT min(id) FROM seized_property WHERE disposed_at IS NULL AND register_number IS NOT NULL)
				  AND NOT EXISTS (SELECT 1 FROM seized_property WHERE disposed_at IS NULL AND disposal_due < current_date - 1)""");
		// Property never registered, if the casework demo happened to register everything.
		jdbc.update("""
				UPDATE seized_property SET register_number = NULL, registered_at = NULL
				WHERE id = (SELECT max(id) FROM seized_property WHERE disposed_at IS NULL AND register_number IS NOT NULL)
				  AND NOT EXISTS (SELECT 1 FROM seized_property WHERE disposed_at IS NULL AND register_number IS NULL)""");
		// Property recorded as confiscated on a case that has no decision: a register entry without a basis.
		jdbc.update("""
				UPDATE seized_property SET disposal = 'CONFISCATED', disposed_at = now() - interval '1 day',
				       disposal_note = '已没收（演示：案件尚无处罚决定）'
				WHERE id = (SELECT min(p.id) FROM seized_property p JOIN cases c ON c.id = p.case_id
				            WHERE p.disposed_at IS NULL AND p.register_number IS NOT NULL AND c.decided_at IS NULL
				              AND c.state = 'INVESTIGATING')""");
		// On-site decisions altered after issue.
		List<Long> onsite = jdbc.queryForList("SELECT id FROM onsite_decisions ORDER BY id", Long.class);
		if (onsite.size() >= 3) {
			jdbc.update("UPDATE onsite_decisions SET fine_fen = 25000 WHERE id = ?", onsite.get(0));
			jdbc.update("""
					UPDATE onsite_decisions SET points = 0, out_of_range = TRUE, omission_reason = '驾驶人称已在外地记分（未核实）'
					WHERE id = ?""", onsite.get(1));
			jdbc.update("""
					UPDATE onsite_decisions SET fine_fen = 5000, out_of_range = TRUE, deviation_reason = '驾驶人系初次违法，酌情从轻'
					WHERE id = ?""", onsite.get(2));
		}
		approvedPenaltyChangedAfterwards();
	}

	/**
	 * An issued ordinary-procedure decision on a decided case: approved through PENALTY_ORDINARY,
	 * the first link signed twelve seconds after its signer opened the materials, and the fine
	 * raised from 200 to 300 yuan after the approval.
	 */
	private void approvedPenaltyChangedAfterwards() {
		// Prefer a case decided at 200 yuan (what was approved) whose title names a public-order
		// violation, so the case, the approved document and the decision tell one story.
		List<Long> candidates = jdbc.queryForList("""
				SELECT c.id FROM cases c
				WHERE c.state IN ('DECIDED', 'CLOSED') AND c.decision_kind = 'ADMINISTRATIVE_PENALTY' AND c.handler_id IS NOT NULL
				  AND EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND p.role IN ('OFFENDER', 'SUSPECT'))
				  AND NOT EXISTS (SELECT 1 FROM penalty_decisions d WHERE d.case_id = c.id)
				ORDER BY c.decision_summary LIKE '%处罚款200元%' DESC,
				    EXISTS (SELECT 1 FROM violations v WHERE v.code LIKE 'PO%' AND c.title LIKE '%' || v.name_zh || '%') DESC, c.id
				LIMIT 1""", Long.class);
		Optional<Long> chain = jdbc.queryForList(
				"SELECT id FROM approval_chains WHERE action = 'PENALTY_ORDINARY' AND active AND bureau_id IS NULL", Long.class)
			.stream().findFirst();
		if (candidates.isEmpty() || chain.isEmpty()) {
			return;
		}
		long caseId = candidates.get(0);
		Long document = jdbc.queryForObject("""
				INSERT INTO legal_documents (type, authority_unit_id, authority_name, issuing_unit_id, unit_path, case_id,
				       subject_type, title, recipient, fields, html, content_hash, issued_by, issued_at)
				SELECT 'PENALTY_DECISION_ORDINARY', split_part(c.unit_path, '/', 2)::bigint, '青岚市公安局', c.unit_id, c.unit_path,
				       c.id, 'PENALTY_DECISION', '行政处罚决定书', p.name,
				       '{"fineFen": "20000", "detentionDays": "", "points": "0"}',
				       '<p>对' || p.name || '处罚款贰佰元。</p>', md5(p.name || c.id)::text || md5(c.case_number), c.handler_id,
				       c.decided_at
				FROM cases c JOIN case_parties p ON p.case_id = c.id AND p.role IN ('OFFENDER', 'SUSPECT')
				WHERE c.id = ? ORDER BY p.id LIMIT 1 RETURNING id""", Long.class, caseId);
		Long request = jdbc.queryForObject("""
				INSERT INTO approval_requests (action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path,
				       subject_type, summary, status, round, case_version, submitted_by, submitted_at, decided_at)
				SELECT 'PENALTY_ORDINARY', ?, c.id, c.case_number, c.title, c.unit_id, c.unit_path, 'PENALTY_DECISION',
				       '拟处罚款贰佰元', 'APPROVED', 1, c.version, c.handler_id, c.decided_at - interval '2 hours',
				       c.decided_at - interval '30 minutes'
				FROM cases c WHERE c.id = ? RETURNING id""", Long.class, chain.get(), caseId);
		Long penalty = jdbc.queryForObject("""
				INSERT INTO penalty_decisions (case_id, case_number, unit_id, unit_path, party_id, party_name, offender_kind,
				       violation_id, violation_code, standard_id, grade, facts, warning, fine_fen, out_of_range,
				       legal_review_required, status, approval_action, approval_request_id, proposed_by, proposed_at,
				       reviewed_by, reviewed_at, document_id, document_number, issued_at)
				SELECT c.id, c.case_number, c.unit_id, c.unit_path, p.id, p.name, 'CITIZEN', v.id, v.code,
				       (SELECT max(s.id) FROM discretion_standards s WHERE s.violation_id = v.id), 'MITIGATED',
				       COALESCE(c.summary, c.title), FALSE, 30000, FALSE, FALSE, 'ISSUED', 'PENALTY_ORDINARY', ?, c.handler_id,
				       c.decided_at - interval '2 hours', NULL, c.decided_at - interval '30 minutes', ?, NULL, c.decided_at
				FROM cases c JOIN case_parties p ON p.case_id = c.id AND p.role IN ('OFFENDER', 'SUSPECT')
				JOIN violations v ON v.code = COALESCE((SELECT min(n.code) FROM violations n
				    WHERE n.code LIKE 'PO%' AND c.title LIKE '%' || n.name_zh || '%'), 'PO04')
				WHERE c.id = ? ORDER BY p.id LIMIT 1 RETURNING id""", Long.class, request, document, caseId);
		jdbc.update("UPDATE approval_requests SET subject_id = ? WHERE id = ?", String.valueOf(penalty), request);
		jdbc.update("""
				INSERT INTO approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id, decision,
				       opinion, signed_at, case_version, material_hashes, materials_first_opened_at)
				SELECT r.id, 1, 1, '所队审核', r.action, r.case_id, reviewer.id, 'APPROVE', '同意', r.submitted_at + interval '40 minutes',
				       r.case_version, '', r.submitted_at + interval '40 minutes' - interval '12 seconds'
				FROM approval_requests r
				JOIN LATERAL (SELECT o.id FROM officers o JOIN account_roles ar ON ar.account_id = (SELECT a.id FROM accounts a WHERE a.officer_id = o.id)
				              JOIN units u ON u.id = o.unit_id
				              WHERE ar.role = 'REVIEWER' AND r.case_unit_path LIKE u.path || '%' AND o.id <> r.submitted_by
				              ORDER BY length(u.path) DESC, o.id LIMIT 1) reviewer ON TRUE
				WHERE r.id = ?""", request);
	}

	/** Walks alerts of one station through every state of the lifecycle. */
	private void lifecycle() {
		OfficerSummary officer = byPoliceNumber("210102");
		OfficerSummary legalOfficer = byPoliceNumber("110001");
		if (officer == null || legalOfficer == null) {
			return;
		}
		SignedInOfficer handler = signedIn(officer);
		SignedInOfficer legal = signedIn(legalOfficer);
		String station = officer.unitPath();
		List<Long> ids = jdbc.queryForList("""
				SELECT id FROM supervision_alerts WHERE status = 'RAISED' AND unit_path LIKE ?
				ORDER BY (officer_id = ?) DESC, id LIMIT 6""", Long.class, station + "%", officer.id());
		if (ids.size() < 6) {
			return;
		}
		assign(ids.get(0), officer.id(), legal);
		assign(ids.get(1), officer.id(), legal);
		rectify(ids.get(1), handler, "已补录并上传相关材料，请法制部门审核。");
		assign(ids.get(2), officer.id(), legal);
		rectify(ids.get(2), handler, "已按要求补正，详见案卷。");
		act(legal);
		workflow.verify(ids.get(2), new AlertCommands.Verify("整改到位，同意销号。", version(ids.get(2))), legal);
		assign(ids.get(3), officer.id(), legal);
		rectify(ids.get(3), handler, "已说明情况。");
		act(legal);
		workflow.reopen(ids.get(3), new AlertCommands.Reopen("只作了说明，未补正材料，请补齐后重新提交。", version(ids.get(3))), legal);
		assign(ids.get(4), officer.id(), legal);
		assign(ids.get(5), officer.id(), legal);
		// The two that were never rectified fall overdue: shaped in time, escalated by the job.
		overdueBy(ids.get(4), 1);
		overdueBy(ids.get(5), 6);
		SecurityContextHolder.clearContext();
		escalations.escalate();
		jdbc.update("UPDATE supervision_alerts SET escalated_at = now() - interval '4 days' WHERE id = ?", ids.get(5));
		escalations.escalate();
	}

	/** Moves an alert's whole history back in time so that it fell due {@code days} days ago. */
	private void overdueBy(long alertId, int days) {
		String shift = "(SELECT due_at - (now() - make_interval(days => ?)) FROM supervision_alerts WHERE id = ?)";
		jdbc.update("UPDATE supervision_alert_events SET at = at - " + shift + " WHERE alert_id = ?", days, alertId, alertId);
		jdbc.update("""
				UPDATE supervision_alerts SET raised_at = raised_at - %1$s, assigned_at = assigned_at - %1$s,
				    due_at = now() - make_interval(days => ?) WHERE id = ?""".formatted(shift), days, alertId, days, alertId, days,
				alertId);
	}

	private void assign(long alertId, long officerId, SignedInOfficer legal) {
		act(legal);
		workflow.assign(alertId, new AlertCommands.Assign(officerId, version(alertId)), legal);
	}

	private void rectify(long alertId, SignedInOfficer handler, String explanation) {
		act(handler);
		workflow.rectify(alertId, new AlertCommands.Rectify(explanation, null, version(alertId)), handler);
	}

	private long version(long alertId) {
		return alerts.find(alertId).map(Alert::version).orElseThrow();
	}

	private OfficerSummary byPoliceNumber(String number) {
		return organization.officersIn(new DataScope("/")).stream().filter(o -> number.equals(o.policeNumber())).findFirst()
			.orElse(null);
	}

	private SignedInOfficer signedIn(OfficerSummary officer) {
		return new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(), officer.unitId(),
				officer.unitPath(), ZoneId.of(organization.unit(officer.unitId()).orElseThrow().zoneId()), officer.roles(), true);
	}

	private static void act(SignedInOfficer officer) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
	}
}
